// One character with its actors, story, and every relationship to another character, with its evidence
// (one entry per supporting sentence, from the aligned provenance lists). $id: the character id.
// Each evidence entry goes out as stored ('SENTENCE:START-END CONFIDENCE STATUS RULE'); the API reads it with
// EvidenceEntry.parse, the inverse of the writer's EvidenceEntry.of.
MATCH (c:Character {id: $id})
OPTIONAL MATCH (st:Story {id: c.story})
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, c.gender AS gender,
       c.mentions AS mentions, c.story AS story, st.name AS storyName,
       [(a:Actor)-[:PLAYS]->(c) | a.name] AS actors,
       [(c)-[r]-(o:Character) WHERE o <> c | {
           type: type(r), outgoing: startNode(r) = c, otherId: o.id, otherName: o.name,
           status: r.status, confidence: r.confidence, accidental: r.accidental,
           evidence: [i IN range(0, size(coalesce(r.quotes, [])) - 1) |
               {document: r.sources[i], quote: r.quotes[i], entry: r.evidence[i]}]
       }] AS relationships
