// Unlinks a document from the characters it mentioned and the secrets it reported, returning their ids so the
// writer can delete whatever no other document supports any more.
// Parameters: $doc (document id).
MATCH (d:Document {id: $doc})
OPTIONAL MATCH (d)-[m:MENTIONS]->(c:Character)
WITH d, collect(m) AS ms, collect(c.id) AS characterIds
OPTIONAL MATCH (d)-[p:REPORTS]->(s:Secret)
WITH d, ms, characterIds, collect(p) AS ps, collect(s.id) AS secretIds
FOREACH (m IN ms | DELETE m)
FOREACH (p IN ps | DELETE p)
RETURN characterIds, secretIds, d.story AS story
