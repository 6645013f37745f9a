// Name: no-question
// Column: name - the name
MATCH (c:Character) RETURN c.name AS name
