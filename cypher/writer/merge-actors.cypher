// Casting: (:Actor)-[:PLAYS]->(:Character), appending this document's provenance entries.
// Parameters: $rows [{actorId, actorName, character, ev: {sources, sentences, starts, ends, quotes, rules,
//   confidences, statuses}}].
UNWIND $rows AS row
MATCH (c:Character {id: row.character})
MERGE (a:Actor {id: row.actorId})
  ON CREATE SET a.name = row.actorName
MERGE (a)-[r:PLAYS]->(c)
SET r.sources = coalesce(r.sources, []) + row.ev.sources,
    r.sentences = coalesce(r.sentences, []) + row.ev.sentences,
    r.starts = coalesce(r.starts, []) + row.ev.starts,
    r.ends = coalesce(r.ends, []) + row.ev.ends,
    r.quotes = coalesce(r.quotes, []) + row.ev.quotes,
    r.rules = coalesce(r.rules, []) + row.ev.rules,
    r.confidences = coalesce(r.confidences, []) + row.ev.confidences,
    r.statuses = coalesce(r.statuses, []) + row.ev.statuses
