// Name: stats-nodes-per-label
// Answers: how many nodes carry each label (a node with two labels counts once under each).
// Parameters: none.
// Used by: GET /api/stats.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label;
