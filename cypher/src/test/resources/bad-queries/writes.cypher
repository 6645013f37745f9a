// Name: writes
// Question: Tries to change the graph.
// Column: name - the name
MATCH (c:Character)
SET c.seen = true
RETURN c.name AS name
