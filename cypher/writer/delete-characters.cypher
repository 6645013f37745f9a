// Deletes characters no document mentions any more (their relationships went with the document's entries).
// Parameters: $ids (character ids).
UNWIND $ids AS id
MATCH (c:Character {id: id})
WHERE NOT ()-[:MENTIONS]->(c)
DETACH DELETE c
