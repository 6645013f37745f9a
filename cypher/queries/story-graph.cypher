// Name: story-graph
// Question: What does the web of characters look like: who did what to whom, as a picture?
// Parameter: story (optional) - the story id to draw, or null for every story. Example: "all-her-fault"
// Column: character - a character node (the Browser draws it; the API returns its properties)
// Column: relationship - a relationship between two characters, with its evidence lists
// Column: other - the character at the other end
// Returns graph elements rather than values, so Neo4j Browser shows the styled graph. Bounded to 500 rows.
MATCH (character:Character)-[relationship]->(other:Character)
WHERE $story IS NULL OR character.story = $story
RETURN character, relationship, other
ORDER BY character.id, type(relationship), other.id
LIMIT 500
