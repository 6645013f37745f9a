// One character with its actors, story, and every relationship to another character, with its evidence
// (one entry per supporting sentence, from the aligned provenance lists). $id: the character id.
// An evidence entry is stored as 'SENTENCE:START-END CONFIDENCE STATUS RULE'; [f IN [split(...)] | ...][0] names
// its fields once (Cypher has no let) and turns them back into numbers.
MATCH (c:Character {id: $id})
OPTIONAL MATCH (st:Story {id: c.story})
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, c.gender AS gender,
       c.mentions AS mentions, c.story AS story, st.name AS storyName,
       [(a:Actor)-[:PLAYS]->(c) | a.name] AS actors,
       [(c)-[r]-(o:Character) WHERE o <> c | {
           type: type(r), outgoing: startNode(r) = c, otherId: o.id, otherName: o.name,
           status: r.status, confidence: r.confidence, accidental: r.accidental,
           evidence: [i IN range(0, size(coalesce(r.quotes, [])) - 1) |
               [f IN [split(r.evidence[i], ' ')] | {
                   document: r.sources[i], sentence: toInteger(split(f[0], ':')[0]),
                   start: toInteger(split(split(f[0], ':')[1], '-')[0]), end: toInteger(split(f[0], '-')[1]),
                   quote: r.quotes[i], rule: f[3], confidence: toFloat(f[1]), status: f[2]}][0]]
       }] AS relationships
