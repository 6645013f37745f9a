// Export: every relationship between nodes with ids, or only those touching one story's nodes (the exporter keeps
// those whose two ends it exported). Read-only.
// Parameters: $story (a story id, or null for the whole graph).
MATCH (a)-[r]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL
  AND ($story IS NULL
    OR a.story = $story OR b.story = $story
    OR (a:Story AND a.id = $story) OR (b:Story AND b.id = $story))
RETURN labels(a) AS startLabels, a.id AS startId, type(r) AS type, labels(b) AS endLabels, b.id AS endId,
       properties(r) AS props
