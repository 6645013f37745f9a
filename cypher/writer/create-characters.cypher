// Creates the article's characters that are new to its story, each linked to the story and to the document that
// mentions it (the same properties merge-characters.cypher gives them). The writer uses this only for ids the
// resolver has just made up, under the story's write lock, so no such node can exist yet: CREATE skips the look-up
// MERGE would do, and the uniqueness constraint on Character.id still refuses a duplicate.
// Parameters: $story (story id), $doc (document id),
//   $rows [{id, name, aliases, names, gender, mentions, quotes, evidence}].
MATCH (s:Story {id: $story})
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
CREATE (c:Character {id: row.id, name: row.name, aliases: row.aliases, names: row.names, gender: row.gender,
                     mentions: row.mentions, story: $story})
CREATE (c)-[:IN_STORY]->(s)
CREATE (d)-[:MENTIONS {name: row.name, aliases: row.aliases, gender: row.gender, mentions: row.mentions,
                       quotes: row.quotes, evidence: row.evidence}]->(c)
