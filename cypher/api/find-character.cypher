// The characters a reference names: the character with that exact id; only when no character has that id, every
// character with that name or alias in any case (Character.names holds them in lower case).
// $ref: id, name or alias; $story: a story id, or null for every story.
// Both look-ups use an index, so the cost does not grow with the number of characters: the id constraint, then
// the full-text index 'character_names' (over name and aliases) asked for the whole reference as one phrase (its
// analyzer splits the phrase into words as it split the names; only a quote and a backslash need escaping inside
// the quotes) and filtered to exact matches.
WITH toLower(trim($ref)) AS name
OPTIONAL MATCH (byId:Character {id: $ref})
CALL {
  WITH byId
  WITH byId WHERE byId IS NOT NULL
  RETURN byId AS c
  UNION
  WITH byId, name
  WITH name WHERE byId IS NULL
  CALL db.index.fulltext.queryNodes('character_names',
                                    '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE name IN node.names
  RETURN node AS c
}
WITH c
WHERE $story IS NULL OR c.story = $story
RETURN c.id AS id, c.name AS name, c.story AS story
ORDER BY story, id
