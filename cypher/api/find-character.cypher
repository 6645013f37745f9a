// The characters a reference names: the character with that exact id; only when no character has that id, every
// character with that name or alias in any case (Character.names holds them in lower case).
// $ref: id, name or alias; $name: the reference stripped and in lower case, as Character.names keeps names;
// $phrase: a Lucene phrase query of the reference for the full-text index 'character_names' (over name and
// aliases), or null when the reference has no letter or digit; $story: a story id, or null for every story.
// Both look-ups use an index (the id constraint, then the full-text index filtered to exact matches), so the cost
// does not grow with the number of characters.
OPTIONAL MATCH (byId:Character {id: $ref})
CALL {
  WITH byId
  WITH byId WHERE byId IS NOT NULL
  RETURN byId AS c
  UNION
  WITH byId
  WITH byId WHERE byId IS NULL AND $phrase IS NOT NULL
  CALL db.index.fulltext.queryNodes('character_names', $phrase) YIELD node
  WHERE $name IN node.names
  RETURN node AS c
}
WITH c
WHERE $story IS NULL OR c.story = $story
RETURN c.id AS id, c.name AS name, c.story AS story
ORDER BY story, id
