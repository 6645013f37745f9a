// Creates the article's characters that are new to the story, links every character of the article to its story
// and to the document that mentions it. The MENTIONS relationship keeps the names this document used and the
// sentences that introduce the character; the node's name, aliases and names are recomputed from all of them.
// The writer sends here the characters the story already had; create-characters.cypher creates the new ones faster.
// Parameters: $story (story id), $doc (document id),
//   $rows [{id, name, aliases, names, gender, mentions, sentences, starts, ends, quotes, rules, confidences, statuses}].
MATCH (s:Story {id: $story})
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MERGE (c:Character {id: row.id})
  ON CREATE SET c.name = row.name, c.aliases = row.aliases, c.names = row.names, c.gender = row.gender,
                c.mentions = row.mentions, c.story = $story
MERGE (c)-[:IN_STORY]->(s)
MERGE (d)-[m:MENTIONS]->(c)
SET m.name = row.name,
    m.aliases = row.aliases,
    m.gender = row.gender,
    m.mentions = row.mentions,
    m.sentences = row.sentences,
    m.starts = row.starts,
    m.ends = row.ends,
    m.quotes = row.quotes,
    m.rules = row.rules,
    m.confidences = row.confidences,
    m.statuses = row.statuses
