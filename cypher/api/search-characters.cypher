// Characters found by name or alias through the full-text index, best match first.
// $lucene: a Lucene query built by the API; $story: a story id or null; $limit.
CALL db.index.fulltext.queryNodes('character_names', $lucene) YIELD node, score
WHERE $story IS NULL OR node.story = $story
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, node.story AS story,
       [(a:Actor)-[:PLAYS]->(node) | a.name] AS actors, score
ORDER BY score DESC, id
LIMIT $limit
