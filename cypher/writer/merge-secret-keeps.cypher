// (:Character)-[:KEEPS]->(:Secret), appending this document's provenance entries.
// Parameters: $rows [{secret, character, props: {sources, sentences, starts, ends, quotes, rules, confidences, statuses, confidence, quote, status}}].
UNWIND $rows AS row
MATCH (s:Secret {id: row.secret})
MATCH (c:Character {id: row.character})
MERGE (c)-[r:KEEPS]->(s)
  // A new relationship takes this document's lists and the summary the writer computed from them.
  ON CREATE SET r += row.props
  // An existing one gets this document's entries appended, and its summary is cleared and returned, so that
  // finalize-summaries.cypher puts the lists in order and recomputes it from every document's entries.
  ON MATCH SET r.sources = r.sources + row.props.sources,
               r.sentences = r.sentences + row.props.sentences,
               r.starts = r.starts + row.props.starts,
               r.ends = r.ends + row.props.ends,
               r.quotes = r.quotes + row.props.quotes,
               r.rules = r.rules + row.props.rules,
               r.confidences = r.confidences + row.props.confidences,
               r.statuses = r.statuses + row.props.statuses,
               r.confidence = null
WITH r
WHERE r.confidence IS NULL
RETURN elementId(r) AS id
