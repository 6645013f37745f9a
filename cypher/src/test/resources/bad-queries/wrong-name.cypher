// Name: some-other-name
// Question: Has a name that is not its file name.
// Column: name - the name
MATCH (c:Character) RETURN c.name AS name
