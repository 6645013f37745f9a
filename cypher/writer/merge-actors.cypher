// Casting: (:Actor)-[:PLAYS]->(:Character), appending this document's provenance entries.
// Parameters: $rows [{actorId, actorName, character, props: {sources, quotes, evidence, confidence, quote, status}}].
UNWIND $rows AS row
MATCH (c:Character {id: row.character})
MERGE (a:Actor {id: row.actorId})
  ON CREATE SET a.name = row.actorName
MERGE (a)-[r:PLAYS]->(c)
  // A new relationship takes this document's lists and the summary the writer computed from them.
  ON CREATE SET r += row.props
  // An existing one gets this document's entries appended, and its summary is cleared and returned, so that
  // finalize-summaries.cypher puts the lists in order and recomputes it from every document's entries.
  ON MATCH SET r.sources = r.sources + row.props.sources,
               r.quotes = r.quotes + row.props.quotes,
               r.evidence = r.evidence + row.props.evidence,
               r.confidence = null
WITH r
WHERE r.confidence IS NULL
RETURN elementId(r) AS id
