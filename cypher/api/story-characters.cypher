// The characters of one story for its picture, most mentioned first: names, actors, and the evidence entries of
// the sentences that introduce them in each article, as stored ('SENTENCE:START-END CONFIDENCE STATUS RULE'; the API
// reads each entry's sentence with EvidenceEntry.parse, to place the character in the story's order).
// $story: the story id; $limit: at most this many characters.
MATCH (c:Character)-[:IN_STORY]->(:Story {id: $story})
WITH c
ORDER BY coalesce(c.mentions, 0) DESC, c.id
LIMIT $limit
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, c.mentions AS mentions,
       [(a:Actor)-[:PLAYS]->(c) | a.name] AS actors,
       [(:Document)-[m:MENTIONS]->(c) | [e IN coalesce(m.evidence, []) | {entry: e}]] AS entries
