// Every character, by story and name. $story: a story id or null; $limit.
MATCH (c:Character)
WHERE $story IS NULL OR c.story = $story
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, c.story AS story,
       [(a:Actor)-[:PLAYS]->(c) | a.name] AS actors, null AS score
ORDER BY story, name, id
LIMIT $limit
