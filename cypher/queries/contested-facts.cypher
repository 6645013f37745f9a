// Name: contested-facts
// Question: Which facts do the sources disagree on: stated outright by one article, only alleged or implied by another?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: subject - the name (or secret statement) the fact starts from
// Column: fact - the relationship type
// Column: object - the name (or secret statement) the fact points to
// Column: statedBy - documents that state it (at least one STATED sentence)
// Column: doubtedBy - documents that support it only as ALLEGED or IMPLIED
// Column: statedQuotes - the STATED sentences
// Column: doubtingQuotes - the hedged sentences of the doubting documents, each prefixed with its status
// The model keeps one entry per supporting sentence, so disagreement is measured per document:
// a document counts as doubting when none of its sentences states the fact.
MATCH (a)-[r]->(b)
WHERE r.sources IS NOT NULL AND r.evidence IS NOT NULL
  AND ($story IS NULL OR coalesce(a.story, b.story) = $story)
// the status is the third word of each evidence entry ('SENTENCE:START-END CONFIDENCE STATUS RULE')
WITH a, r, b, range(0, size(r.sources) - 1) AS entries, [e IN r.evidence | split(e, ' ')[2]] AS statuses
WITH a, r, b, entries, statuses,
     reduce(docs = [], i IN entries |
            CASE WHEN statuses[i] = 'STATED' AND NOT r.sources[i] IN docs THEN docs + [r.sources[i]] ELSE docs END) AS statedBy,
     reduce(docs = [], i IN entries |
            CASE WHEN statuses[i] <> 'STATED' AND NOT r.sources[i] IN docs THEN docs + [r.sources[i]] ELSE docs END) AS hedgedBy
WITH a, r, b, entries, statuses, statedBy, [d IN hedgedBy WHERE NOT d IN statedBy] AS doubtedBy
WHERE size(statedBy) > 0 AND size(doubtedBy) > 0
RETURN coalesce(a.story, b.story) AS story, coalesce(a.name, a.statement) AS subject, type(r) AS fact,
       coalesce(b.name, b.statement) AS object, statedBy, doubtedBy,
       [i IN entries WHERE statuses[i] = 'STATED' | r.quotes[i]] AS statedQuotes,
       [i IN entries WHERE r.sources[i] IN doubtedBy | statuses[i] + ': ' + r.quotes[i]] AS doubtingQuotes
ORDER BY story, fact, subject, object
