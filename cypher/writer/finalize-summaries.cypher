// Puts the aligned lists of the given relationships in a canonical order (by source, then sentence, start, end and
// rule as written in each evidence entry), so the same support gives the same properties whatever order the
// documents were loaded in. Then recomputes the summary properties from the lists: confidence (the highest),
// status (the strongest: STATED, then IMPLIED, then ALLEGED), quote (of the best entry), accidental (KILLED,
// INJURED: any entry says so), and for KNOWS how and when (of the best entry) and order (the earliest).
// An evidence entry reads 'SENTENCE:START-END CONFIDENCE STATUS RULE' (see EvidenceColumns); its fields are taken
// apart with split() below.
// The writer computes the same for relationships one document alone supports (EvidenceColumns.properties), so this
// runs only on relationships that several documents support or that lost a document's entries.
// Parameters: $ids (element ids of relationships the write stripped or appended to).
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id AND size(r.sources) > 0
WITH DISTINCT r
WITH r, [e IN r.evidence | split(e, ' ')] AS fields
WITH r, fields, COLLECT { UNWIND range(0, size(r.sources) - 1) AS i
                          WITH i, fields[i] AS f
                          RETURN i ORDER BY r.sources[i], toInteger(split(f[0], ':')[0]),
                                            toInteger(split(split(f[0], ':')[1], '-')[0]),
                                            toInteger(split(f[0], '-')[1]), f[3] } AS order
SET r.sources = [i IN order | r.sources[i]],
    r.quotes = [i IN order | r.quotes[i]],
    r.evidence = [i IN order | r.evidence[i]],
    r.accidentals = CASE WHEN r.accidentals IS NULL THEN null ELSE [i IN order | r.accidentals[i]] END,
    r.hows = CASE WHEN r.hows IS NULL THEN null ELSE [i IN order | r.hows[i]] END,
    r.orders = CASE WHEN r.orders IS NULL THEN null ELSE [i IN order | r.orders[i]] END,
    r.whens = CASE WHEN r.whens IS NULL THEN null ELSE [i IN order | r.whens[i]] END
WITH r, [i IN order | toFloat(fields[i][1])] AS confidences, [i IN order | fields[i][2]] AS statuses
WITH r, confidences, statuses,
     reduce(b = 0, i IN range(0, size(confidences) - 1) | CASE WHEN confidences[i] > confidences[b] THEN i ELSE b END) AS best
SET r.confidence = confidences[best],
    r.quote = r.quotes[best],
    r.status = CASE WHEN 'STATED' IN statuses THEN 'STATED'
                    WHEN 'IMPLIED' IN statuses THEN 'IMPLIED'
                    ELSE 'ALLEGED' END,
    r.accidental = CASE WHEN r.accidentals IS NULL THEN null ELSE true IN r.accidentals END,
    r.how = CASE WHEN r.hows IS NULL THEN null ELSE r.hows[best] END,
    r.order = CASE WHEN r.orders IS NULL THEN null
                   ELSE reduce(m = r.orders[0], o IN r.orders | CASE WHEN o < m THEN o ELSE m END) END,
    r.when = CASE WHEN r.whens IS NULL OR r.whens[best] = '' THEN null ELSE r.whens[best] END
