// Every story, by name, with how much the graph holds about it: characters, relationships between them, secrets
// and the documents it was built from. $limit: at most this many stories.
MATCH (s:Story)
RETURN s.id AS id, s.name AS name,
       COUNT { (:Character)-[:IN_STORY]->(s) } AS characters,
       COUNT { (c:Character)-[:IN_STORY]->(s), (c)-[]->(:Character) } AS relationships,
       COUNT { (x:Secret) WHERE x.story = s.id } AS secrets,
       COUNT { (d:Document) WHERE d.story = s.id } AS documents
ORDER BY toLower(name), id
LIMIT $limit
