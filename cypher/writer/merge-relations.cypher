// Relationships between characters of one type, appending this document's provenance entries.
// Cypher cannot take a relationship type as a parameter: the writer replaces REL_TYPE below with the name of a
// charactergraph.model.RelationType constant (never with text from an article) and runs this once per type.
// Symmetric types arrive with from < to, so each pair is stored once.
// Parameters: $rows [{from, to, accidentals (list, or null for types without it), ev: {sources, sentences, starts,
//   ends, quotes, rules, confidences, statuses}}].
UNWIND $rows AS row
MATCH (a:Character {id: row.from})
MATCH (b:Character {id: row.to})
MERGE (a)-[r:REL_TYPE]->(b)
SET r.sources = coalesce(r.sources, []) + row.ev.sources,
    r.sentences = coalesce(r.sentences, []) + row.ev.sentences,
    r.starts = coalesce(r.starts, []) + row.ev.starts,
    r.ends = coalesce(r.ends, []) + row.ev.ends,
    r.quotes = coalesce(r.quotes, []) + row.ev.quotes,
    r.rules = coalesce(r.rules, []) + row.ev.rules,
    r.confidences = coalesce(r.confidences, []) + row.ev.confidences,
    r.statuses = coalesce(r.statuses, []) + row.ev.statuses,
    r.accidentals = CASE WHEN row.accidentals IS NULL THEN r.accidentals
                         ELSE coalesce(r.accidentals, []) + row.accidentals END
