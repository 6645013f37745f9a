// Writes back the recomputed name, aliases, look-up names, gender and mention count of characters.
// Parameters: $rows [{id, name, aliases, names, gender, mentions}].
UNWIND $rows AS row
MATCH (c:Character {id: row.id})
SET c.name = row.name,
    c.aliases = row.aliases,
    c.names = row.names,
    c.gender = row.gender,
    c.mentions = row.mentions
