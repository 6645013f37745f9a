// Reads the characters a story already has, so the writer can merge an article's characters into them.
// mentionedAs: the canonical name this same document gave the character last time it was loaded (null otherwise);
// it keeps a reload of a document mapped onto the same characters as before.
// Parameters: $story (story id), $doc (document id).
MATCH (c:Character {story: $story})
OPTIONAL MATCH (:Document {id: $doc})-[m:MENTIONS]->(c)
RETURN c.id AS id, c.name AS name, coalesce(c.names, []) AS names, m.name AS mentionedAs
