// Removes one document's entries from the aligned provenance lists of every relationship around the characters
// it mentions (relationships between characters, PLAYS, ABOUT, KEEPS, KNOWS). Relationships left with no entry
// stay until finalize-delete-unsupported.cypher removes them, so that a reload keeps what it re-adds. Returns the
// element ids of the stripped relationships, for the finalize statements.
// Parameters: $doc (document id).
MATCH (:Document {id: $doc})-[:MENTIONS]->(:Character)-[r]-()
WHERE $doc IN r.sources
WITH DISTINCT r
WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $doc] AS keep
SET r.sources = [i IN keep | r.sources[i]],
    r.quotes = [i IN keep | r.quotes[i]],
    r.evidence = [i IN keep | r.evidence[i]],
    r.accidentals = CASE WHEN r.accidentals IS NULL THEN null ELSE [i IN keep | r.accidentals[i]] END,
    r.hows = CASE WHEN r.hows IS NULL THEN null ELSE [i IN keep | r.hows[i]] END,
    r.orders = CASE WHEN r.orders IS NULL THEN null ELSE [i IN keep | r.orders[i]] END,
    r.whens = CASE WHEN r.whens IS NULL THEN null ELSE [i IN keep | r.whens[i]] END
RETURN collect(elementId(r)) AS ids
