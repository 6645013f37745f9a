// Bench targets: $n random secrets that someone knew. $stories: story ids to sample from, or null for every story. Returns id, story.
MATCH (s:Secret)
WHERE ($stories IS NULL OR s.story IN $stories)
  AND EXISTS { (:Character)-[:KNOWS]->(s) }
WITH s ORDER BY rand() LIMIT $n
RETURN s.id AS id, s.story AS story
