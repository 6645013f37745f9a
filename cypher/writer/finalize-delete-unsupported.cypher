// Deletes the relationships around the given characters that no document supports any more (empty sources),
// and actors left playing nobody.
// Parameters: $ids (character ids touched by the write).
UNWIND $ids AS id
MATCH (:Character {id: id})-[r]-()
WHERE r.sources IS NOT NULL AND size(r.sources) = 0
WITH DISTINCT r
WITH r, startNode(r) AS from
DELETE r
WITH DISTINCT from
WHERE from:Actor AND NOT (from)-[:PLAYS]->()
DELETE from
