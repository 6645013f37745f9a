// The characters a reference names: an exact id, or a name or alias in any case (Character.names is lower case).
// $ref: id, name or alias; $story: a story id, or null for every story.
MATCH (c:Character)
WHERE (c.id = $ref OR toLower(trim($ref)) IN c.names)
  AND ($story IS NULL OR c.story = $story)
RETURN c.id AS id, c.name AS name, c.story AS story
ORDER BY story, id
