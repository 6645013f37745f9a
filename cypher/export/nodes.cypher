// Export: every node with an id, or only one story's (its Story node, the characters, secrets and documents whose
// story property names it, and the actors who play one of its characters). Read-only.
// Parameters: $story (a story id, or null for the whole graph).
MATCH (n)
WHERE n.id IS NOT NULL
  AND ($story IS NULL
    OR (n:Story AND n.id = $story)
    OR n.story = $story
    OR (n:Actor AND EXISTS { (n)-[:PLAYS]->(c:Character) WHERE c.story = $story }))
RETURN labels(n) AS labels, properties(n) AS props
