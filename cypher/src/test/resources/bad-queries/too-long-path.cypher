// Name: too-long-path
// Question: Follows relationships up to ten hops.
// Column: hops - the length
MATCH p = (:Character)-[:KILLED*1..10]-(:Character)
RETURN length(p) AS hops
