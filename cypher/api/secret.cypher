// One secret: statement, subjects, keepers, knowers (how, order, when, and each supporting sentence), and the
// documents that report it. $id: the secret id.
// An evidence entry is stored as 'SENTENCE:START-END CONFIDENCE STATUS RULE'; [f IN [split(...)] | ...][0] names
// its fields once (Cypher has no let) and turns them back into numbers.
MATCH (s:Secret {id: $id})
RETURN s.id AS id, s.statement AS statement, s.kind AS kind, s.story AS story,
       [(s)-[:ABOUT]->(c:Character) | {id: c.id, name: c.name}] AS subjects,
       [(c:Character)-[k:KEEPS]->(s) | {id: c.id, name: c.name,
           evidence: [i IN range(0, size(coalesce(k.quotes, [])) - 1) |
               [f IN [split(k.evidence[i], ' ')] | {
                   document: k.sources[i], sentence: toInteger(split(f[0], ':')[0]),
                   start: toInteger(split(split(f[0], ':')[1], '-')[0]), end: toInteger(split(f[0], '-')[1]),
                   quote: k.quotes[i], rule: f[3], confidence: toFloat(f[1]), status: f[2]}][0]]}] AS keepers,
       [(c:Character)-[k:KNOWS]->(s) | {id: c.id, name: c.name, how: k.how, order: k.order, when: k.when,
           evidence: [i IN range(0, size(coalesce(k.quotes, [])) - 1) |
               [f IN [split(k.evidence[i], ' ')] | {
                   how: k.hows[i], order: k.orders[i], when: k.whens[i],
                   document: k.sources[i], sentence: toInteger(split(f[0], ':')[0]),
                   start: toInteger(split(split(f[0], ':')[1], '-')[0]), end: toInteger(split(f[0], '-')[1]),
                   quote: k.quotes[i], rule: f[3], confidence: toFloat(f[1]), status: f[2]}][0]]}] AS knowers,
       [(d:Document)-[r:REPORTS]->(s) | {document: d.id, title: d.title,
           evidence: [i IN range(0, size(coalesce(r.quotes, [])) - 1) |
               [f IN [split(r.evidence[i], ' ')] | {
                   document: d.id, sentence: toInteger(split(f[0], ':')[0]),
                   start: toInteger(split(split(f[0], ':')[1], '-')[0]), end: toInteger(split(f[0], '-')[1]),
                   quote: r.quotes[i], rule: f[3], confidence: toFloat(f[1]), status: f[2]}][0]]}] AS reports
