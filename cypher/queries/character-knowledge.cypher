// Name: character-knowledge
// Question: Which secrets did a character know or keep, how did they learn each, and from when?
// Parameter: character (required) - a character id, name or alias (any case). Example: "Detective Alcaras"
// Parameter: story (optional) - the story id, to tell apart characters of the same name; null for every story. Example: "all-her-fault"
// Column: character - the character's name
// Column: secret - the secret id
// Column: statement - what the secret is
// Column: knew - true when they knew it
// Column: how - how they knew it (TOOK_PART, CONFESSED, TOLD, DISCOVERED, DEDUCED), null if they did not
// Column: since - the order at which the article shows they knew
// Column: kept - true when they concealed it
MATCH (c:Character)
WHERE (c.id = $character OR toLower(trim($character)) IN c.names) AND ($story IS NULL OR c.story = $story)
MATCH (c)-[:KNOWS|KEEPS]->(s:Secret)
WITH DISTINCT c, s
OPTIONAL MATCH (c)-[k:KNOWS]->(s)
RETURN c.name AS character, s.id AS secret, s.statement AS statement, k IS NOT NULL AS knew, k.how AS how,
       k.order AS since, exists { (c)-[:KEEPS]->(s) } AS kept
ORDER BY character, since, secret
