// Name: unbounded-path
// Question: Follows relationships without an upper bound.
// Column: hops - the length
MATCH p = (:Character)-[*]-(:Character)
RETURN length(p) AS hops
