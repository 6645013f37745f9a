// Name: secrets-graph
// Question: Who knew and who kept each secret, as a picture?
// Parameter: story (optional) - the story id to draw, or null for every story. Example: "all-her-fault"
// Column: character - a character node
// Column: link - a KNOWS relationship (with how and order) or a KEEPS relationship
// Column: secret - the secret node
// Returns graph elements rather than values, so Neo4j Browser shows the styled graph. Bounded to 500 rows.
MATCH (character:Character)-[link:KNOWS|KEEPS]->(secret:Secret)
WHERE $story IS NULL OR secret.story = $story
RETURN character, link, secret
ORDER BY secret.id, type(link), character.id
LIMIT 500
