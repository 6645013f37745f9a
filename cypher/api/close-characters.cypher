// Characters whose names or aliases resemble some words (fuzzy full-text search), for "did you mean" answers.
// $lucene: a Lucene query built by the API from the words given; $story: a story id or null; $limit.
CALL db.index.fulltext.queryNodes('character_names', $lucene) YIELD node, score
WHERE $story IS NULL OR node.story = $story
RETURN node.id AS id, node.name AS name, node.story AS story
ORDER BY score DESC, id
LIMIT $limit
