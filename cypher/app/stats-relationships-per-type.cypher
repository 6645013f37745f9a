// Name: stats-relationships-per-type
// Answers: how many relationships there are of each type.
// Parameters: none.
// Used by: GET /api/stats.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type;
