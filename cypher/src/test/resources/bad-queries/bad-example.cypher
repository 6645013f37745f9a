// Name: bad-example
// Question: Gives an example that is not a JSON literal.
// Parameter: story (optional) - the story. Example: all-her-fault
// Column: name - the name
MATCH (c:Character) WHERE c.story = $story RETURN c.name AS name
