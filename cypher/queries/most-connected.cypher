// Name: most-connected
// Question: Who are the most connected characters (to the most other characters), and how much did they know and hide?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Parameter: limit (optional) - how many characters to return; null means 10. Example: 5
// Column: story - the story id
// Column: character - the name
// Column: connectedCharacters - how many different characters they have a relationship with, either direction
// Column: relationships - how many character-to-character relationships they are part of
// Column: secretsKnown - how many secrets they knew
// Column: secretsKept - how many secrets they concealed
MATCH (c:Character)
WHERE $story IS NULL OR c.story = $story
OPTIONAL MATCH (c)-[r]-(other:Character)
WITH c, count(r) AS relationships, count(DISTINCT other) AS connectedCharacters
RETURN c.story AS story, c.name AS character, connectedCharacters, relationships,
       COUNT { (c)-[:KNOWS]->(:Secret) } AS secretsKnown,
       COUNT { (c)-[:KEEPS]->(:Secret) } AS secretsKept
ORDER BY connectedCharacters DESC, relationships DESC, character
LIMIT toInteger(coalesce($limit, 10))
