// Bench targets: $n random characters that knew at least one secret. $stories: story ids to sample from, or null for every story. Returns id.
MATCH (c:Character)
WHERE ($stories IS NULL OR c.story IN $stories)
  AND EXISTS { (c)-[:KNOWS]->(:Secret) }
WITH c ORDER BY rand() LIMIT $n
RETURN c.id AS id
