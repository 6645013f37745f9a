// For each given character, the names, gender and mention counts every document gave it, so the writer can
// recompute the node's canonical name and aliases. A character no document mentions has no uses.
// Parameters: $ids (character ids).
UNWIND $ids AS id
MATCH (c:Character {id: id})
RETURN c.id AS id,
       [(d:Document)-[m:MENTIONS]->(c) | {doc: d.id, name: m.name, aliases: m.aliases, gender: m.gender,
                                         mentions: m.mentions}] AS uses
