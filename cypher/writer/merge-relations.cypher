// Relationships between characters of one type, appending this document's provenance entries.
// Cypher cannot take a relationship type as a parameter: the writer replaces REL_TYPE below with the name of a
// charactergraph.model.RelationType constant (never with text from an article) and runs this once per type.
// Symmetric types arrive with from < to, so each pair is stored once.
// Parameters: $rows [{from, to, props: {sources, quotes, evidence, confidence, quote, status,
//   accidentals and accidental for KILLED and INJURED}}].
UNWIND $rows AS row
MATCH (a:Character {id: row.from})
MATCH (b:Character {id: row.to})
MERGE (a)-[r:REL_TYPE]->(b)
  // A new relationship takes this document's lists and the summary the writer computed from them.
  ON CREATE SET r += row.props
  // An existing one gets this document's entries appended, and its summary is cleared and returned, so that
  // finalize-summaries.cypher puts the lists in order and recomputes it from every document's entries.
  ON MATCH SET r.sources = r.sources + row.props.sources,
               r.quotes = r.quotes + row.props.quotes,
               r.evidence = r.evidence + row.props.evidence,
               r.accidentals = CASE WHEN row.props.accidentals IS NULL THEN r.accidentals
                                    ELSE coalesce(r.accidentals, []) + row.props.accidentals END,
               r.confidence = null
WITH r
WHERE r.confidence IS NULL
RETURN elementId(r) AS id
