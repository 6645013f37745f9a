// Name: undeclared-parameter
// Question: Uses $story but declares only $character.
// Parameter: character (required) - a name. Example: "Peter"
// Column: name - the name
MATCH (c:Character)
WHERE toLower($character) IN c.names AND c.story = $story
RETURN c.name AS name
