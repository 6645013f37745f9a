// Links the article's characters that its story already has to the document that mentions them. The MENTIONS
// relationship keeps the names this document used and the sentences that introduce the character; the node's name,
// aliases and names are recomputed from all of them (update-character-names.cypher). New characters are made by
// create-characters.cypher.
// The writer read these characters under the story's write lock earlier in the same transaction, so they exist and
// are linked to the story already; it removed this document's MENTIONS (detach-document.cypher) and sends one row
// per character, so none exists yet and CREATE is enough. (MERGE here made Neo4j plan an Eager operator, which
// materializes the whole batch between two steps.) The writer checks that every row was linked.
// Parameters: $doc (document id),
//   $rows [{id, name, aliases, names, gender, mentions, quotes, evidence}].
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MATCH (c:Character {id: row.id})
CREATE (d)-[:MENTIONS {name: row.name, aliases: row.aliases, gender: row.gender, mentions: row.mentions,
                       quotes: row.quotes, evidence: row.evidence}]->(c)
RETURN count(*) AS linked
