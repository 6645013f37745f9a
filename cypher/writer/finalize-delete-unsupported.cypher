// Deletes the given relationships if no document supports them any more (empty sources), and actors left
// playing nobody.
// Parameters: $ids (element ids of relationships the write stripped or appended to).
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id AND size(r.sources) = 0
WITH DISTINCT r
WITH r, startNode(r) AS from
DELETE r
WITH DISTINCT from
WHERE from:Actor AND NOT (from)-[:PLAYS]->()
DELETE from
