// Name: single-source
// Question: Which facts rest on a single article (worth a second source before publishing)?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Parameter: fact (optional) - only facts of this relationship type (KILLED, KNOWS, PLAYS...); null for all. Example: "KILLED"
// Column: story - the story id
// Column: subject - the name (or secret statement) the fact starts from
// Column: fact - the relationship type (KILLED, KNOWS, ABOUT, PLAYS, ...)
// Column: object - the name (or secret statement) the fact points to
// Column: source - the one document id that supports it
// Column: sentences - how many sentences of that document support it
// Column: status - the firmest support: STATED, IMPLIED or ALLEGED
// Column: confidence - the highest confidence of the supporting sentences
// Column: evidence - the first supporting quote
// A fact is any relationship that carries provenance (sources); MENTIONS, REPORTS and IN_STORY do not.
MATCH (a)-[r]->(b)
WHERE r.sources IS NOT NULL
  AND ($story IS NULL OR coalesce(a.story, b.story) = $story)
  AND ($fact IS NULL OR type(r) = toUpper(trim($fact)))
WITH a, r, b, reduce(docs = [], d IN r.sources | CASE WHEN d IN docs THEN docs ELSE docs + [d] END) AS docs
WHERE size(docs) = 1
RETURN coalesce(a.story, b.story) AS story, coalesce(a.name, a.statement) AS subject, type(r) AS fact,
       coalesce(b.name, b.statement) AS object, docs[0] AS source, size(r.sources) AS sentences,
       r.status AS status, r.confidence AS confidence, r.quotes[0] AS evidence
ORDER BY story, fact, subject, object
