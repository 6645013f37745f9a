// One secret: statement, subjects, keepers, knowers (how, order, when, and each supporting sentence), and the
// documents that report it. $id: the secret id.
// Each evidence entry goes out as stored ('SENTENCE:START-END CONFIDENCE STATUS RULE'); the API reads it with
// EvidenceEntry.parse, the inverse of the writer's EvidenceEntry.of.
MATCH (s:Secret {id: $id})
RETURN s.id AS id, s.statement AS statement, s.kind AS kind, s.story AS story,
       [(s)-[:ABOUT]->(c:Character) | {id: c.id, name: c.name}] AS subjects,
       [(c:Character)-[k:KEEPS]->(s) | {id: c.id, name: c.name,
           evidence: [i IN range(0, size(coalesce(k.quotes, [])) - 1) |
               {document: k.sources[i], quote: k.quotes[i], entry: k.evidence[i]}]}] AS keepers,
       [(c:Character)-[k:KNOWS]->(s) | {id: c.id, name: c.name, how: k.how, order: k.order, when: k.when,
           evidence: [i IN range(0, size(coalesce(k.quotes, [])) - 1) |
               {how: k.hows[i], order: k.orders[i], when: k.whens[i],
                document: k.sources[i], quote: k.quotes[i], entry: k.evidence[i]}]}] AS knowers,
       [(d:Document)-[r:REPORTS]->(s) | {document: d.id, title: d.title,
           evidence: [i IN range(0, size(coalesce(r.quotes, [])) - 1) |
               {document: d.id, quote: r.quotes[i], entry: r.evidence[i]}]}] AS reports
