// Name: who-is
// Question: Who is this character: every name, the actor, and how much the articles say about them?
// Parameter: name (required) - a character id, name or alias (any case). Example: "carrie"
// Parameter: story (optional) - the story id, to tell apart characters of the same name; null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: id - the character id (usable wherever a query asks for a character)
// Column: character - the canonical name
// Column: aliases - the other names used for them
// Column: actors - who plays them
// Column: gender - MALE, FEMALE or UNKNOWN as the text suggests
// Column: relationships - how many character-to-character relationships they are part of
// Column: documents - the documents that mention them
MATCH (c:Character)
WHERE (c.id = $name OR toLower(trim($name)) IN c.names) AND ($story IS NULL OR c.story = $story)
OPTIONAL MATCH (actor:Actor)-[:PLAYS]->(c)
WITH c, collect(DISTINCT actor.name) AS actors
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(c)
WITH c, actors, d ORDER BY d.id
WITH c, actors, collect(DISTINCT d.id) AS documents
RETURN c.story AS story, c.id AS id, c.name AS character, c.aliases AS aliases, actors, c.gender AS gender,
       COUNT { (c)-[]-(:Character) } AS relationships, documents
ORDER BY story, character
