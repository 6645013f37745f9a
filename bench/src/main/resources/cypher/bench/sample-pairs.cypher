// Bench targets: $n random characters, each with a character two hops away over character-to-character
// relationships (so a shortest path and several simple paths exist). $stories: story ids to sample from, or null for every story. Returns from, to (character ids).
MATCH (a:Character)
WHERE $stories IS NULL OR a.story IN $stories
WITH a ORDER BY rand() LIMIT $n
CALL {
  WITH a
  MATCH (a)--(:Character)--(b:Character)
  WHERE b <> a
  RETURN b LIMIT 1
}
RETURN a.id AS from, b.id AS to
