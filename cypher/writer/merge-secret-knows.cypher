// (:Character)-[:KNOWS]->(:Secret), appending this document's entries: provenance plus, aligned with it, how the
// character learned it (hows), the sentence index where the text shows it (orders) and a time cue ('' for none).
// Parameters: $rows [{secret, character, hows, orders, whens, ev: {sources, sentences, starts, ends, quotes, rules,
//   confidences, statuses}}].
UNWIND $rows AS row
MATCH (s:Secret {id: row.secret})
MATCH (c:Character {id: row.character})
MERGE (c)-[r:KNOWS]->(s)
SET r.sources = coalesce(r.sources, []) + row.ev.sources,
    r.sentences = coalesce(r.sentences, []) + row.ev.sentences,
    r.starts = coalesce(r.starts, []) + row.ev.starts,
    r.ends = coalesce(r.ends, []) + row.ev.ends,
    r.quotes = coalesce(r.quotes, []) + row.ev.quotes,
    r.rules = coalesce(r.rules, []) + row.ev.rules,
    r.confidences = coalesce(r.confidences, []) + row.ev.confidences,
    r.statuses = coalesce(r.statuses, []) + row.ev.statuses,
    r.hows = coalesce(r.hows, []) + row.hows,
    r.orders = coalesce(r.orders, []) + row.orders,
    r.whens = coalesce(r.whens, []) + row.whens
