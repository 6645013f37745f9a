// Name: stats-totals
// Answers: how many nodes and relationships the database holds in all (nodes without labels included).
// Parameters: none.
// Used by: GET /api/stats.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships;
