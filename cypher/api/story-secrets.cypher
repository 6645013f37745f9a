// The secrets of one story for its timeline: statement, kind, subjects, keepers, and every knower with how, order
// and when of each supporting sentence (the aligned lists hows, orders, whens of KNOWS). $story: the story id.
MATCH (s:Secret)
WHERE s.story = $story
RETURN s.id AS id, s.statement AS statement, s.kind AS kind,
       [(s)-[:ABOUT]->(c:Character) | {id: c.id, name: c.name}] AS subjects,
       [(c:Character)-[:KEEPS]->(s) | {id: c.id, name: c.name}] AS keepers,
       [(c:Character)-[k:KNOWS]->(s) | {id: c.id, name: c.name, how: k.how, order: k.order, when: k.when,
           hows: coalesce(k.hows, []), orders: coalesce(k.orders, []), whens: coalesce(k.whens, [])}] AS knowers
ORDER BY id
