// Secrets, by story and id, with whom they concern and how many knew them.
// $story: a story id or null; $about: a character id, name or alias, or words of the statement; null for all.
MATCH (s:Secret)
WHERE ($story IS NULL OR s.story = $story)
  AND ($about IS NULL
       OR EXISTS { MATCH (s)-[:ABOUT]->(c:Character) WHERE c.id = $about OR toLower(trim($about)) IN c.names }
       OR toLower(s.statement) CONTAINS toLower(trim($about)))
RETURN s.id AS id, s.statement AS statement, s.kind AS kind, s.story AS story,
       [(s)-[:ABOUT]->(c:Character) | {id: c.id, name: c.name}] AS subjects,
       [(c:Character)-[:KEEPS]->(s) | {id: c.id, name: c.name}] AS keepers,
       COUNT { (:Character)-[:KNOWS]->(s) } AS knowers
ORDER BY story, id
