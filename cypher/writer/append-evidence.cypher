// Appends this document's entries to the aligned provenance lists of existing relationships (read-relations.cypher
// found them), of any type: between characters, PLAYS, ABOUT, KEEPS, KNOWS. The summary is cleared; the writer then
// runs finalize-summaries.cypher on these relationships, which puts the lists in order and recomputes it.
// Optional columns (accidentals; hows, orders, whens) are appended only when the row has them.
// Parameters: $rows [{rel (element id), sources, quotes, evidence, accidentals?, hows?, orders?, whens?}].
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.rel
SET r.sources = r.sources + row.sources,
    r.quotes = r.quotes + row.quotes,
    r.evidence = r.evidence + row.evidence,
    r.accidentals = CASE WHEN row.accidentals IS NULL THEN r.accidentals
                         ELSE coalesce(r.accidentals, []) + row.accidentals END,
    r.hows = CASE WHEN row.hows IS NULL THEN r.hows ELSE coalesce(r.hows, []) + row.hows END,
    r.orders = CASE WHEN row.orders IS NULL THEN r.orders ELSE coalesce(r.orders, []) + row.orders END,
    r.whens = CASE WHEN row.whens IS NULL THEN r.whens ELSE coalesce(r.whens, []) + row.whens END,
    r.confidence = null
