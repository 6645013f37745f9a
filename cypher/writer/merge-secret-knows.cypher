// (:Character)-[:KNOWS]->(:Secret), appending this document's entries: provenance plus, aligned with it, how the
// character learned it (hows), the sentence index where the text shows it (orders) and a time cue ('' for none).
// Parameters: $rows [{secret, character, props: {sources, quotes, evidence, confidence, quote, status,
//   hows, orders, whens, how, order, when}}].
UNWIND $rows AS row
MATCH (s:Secret {id: row.secret})
MATCH (c:Character {id: row.character})
MERGE (c)-[r:KNOWS]->(s)
  // A new relationship takes this document's lists and the summary the writer computed from them.
  ON CREATE SET r += row.props
  // An existing one gets this document's entries appended, and its summary is cleared and returned, so that
  // finalize-summaries.cypher puts the lists in order and recomputes it from every document's entries.
  ON MATCH SET r.sources = r.sources + row.props.sources,
               r.quotes = r.quotes + row.props.quotes,
               r.evidence = r.evidence + row.props.evidence,
               r.hows = r.hows + row.props.hows,
               r.orders = r.orders + row.props.orders,
               r.whens = r.whens + row.props.whens,
               r.confidence = null
WITH r
WHERE r.confidence IS NULL
RETURN elementId(r) AS id
