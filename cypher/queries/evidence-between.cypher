// Name: evidence-between
// Question: What links two characters directly, and exactly which sentences of which articles say so?
// Parameter: a (required) - a character id, name or alias (any case). Example: "Peter"
// Parameter: b (required) - a character id, name or alias (any case). Example: "Rob"
// Parameter: story (optional) - the story id, to tell apart characters of the same name; null for every story. Example: "all-her-fault"
// Column: subject - the character the relationship starts from
// Column: fact - the relationship type
// Column: object - the character it points to
// Column: source - the document id
// Column: sentence - the sentence index in that document
// Column: startOffset - the character offset where the quote starts in the original file
// Column: endOffset - the character offset where it ends
// Column: quote - the supporting text
// Column: rule - the extraction rule that found it
// Column: confidence - that sentence's confidence
// Column: status - STATED, IMPLIED or ALLEGED for that sentence
// One row per supporting sentence.
MATCH (x:Character)
WHERE (x.id = $a OR toLower(trim($a)) IN x.names) AND ($story IS NULL OR x.story = $story)
MATCH (y:Character)
WHERE (y.id = $b OR toLower(trim($b)) IN y.names) AND y.story = x.story AND y <> x
MATCH (x)-[r]-(y)
UNWIND range(0, size(r.sources) - 1) AS i
// each evidence entry reads 'SENTENCE:START-END CONFIDENCE STATUS RULE'
WITH r, i, split(r.evidence[i], ' ') AS f
RETURN startNode(r).name AS subject, type(r) AS fact, endNode(r).name AS object, r.sources[i] AS source,
       toInteger(split(f[0], ':')[0]) AS sentence, toInteger(split(split(f[0], ':')[1], '-')[0]) AS startOffset,
       toInteger(split(f[0], '-')[1]) AS endOffset, r.quotes[i] AS quote,
       f[3] AS rule, toFloat(f[1]) AS confidence, f[2] AS status
ORDER BY subject, fact, object, source, sentence
