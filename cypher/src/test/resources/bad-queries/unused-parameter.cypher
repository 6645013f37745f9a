// Name: unused-parameter
// Question: Declares $limit but never uses it.
// Parameter: limit (optional) - how many. Example: 5
// Column: name - the name
MATCH (c:Character)
RETURN c.name AS name
