// Settles the given secrets after a write: a secret no document reports any more is deleted; the others take
// their statement and kind from the reports (the longest statement, the most specific; ties by document id), so
// the node does not depend on the order the articles were loaded in.
// Parameters: $ids (secret ids).
UNWIND $ids AS id
MATCH (s:Secret {id: id})
WITH s, COLLECT { MATCH (d:Document)-[p:REPORTS]->(s)
                  RETURN {statement: p.statement, kind: p.kind}
                  ORDER BY size(p.statement) DESC, d.id } AS reports
CALL {
  WITH s, reports
  WITH s, reports WHERE size(reports) = 0
  DETACH DELETE s
}
CALL {
  WITH s, reports
  WITH s, reports WHERE size(reports) > 0
  SET s.statement = reports[0].statement, s.kind = reports[0].kind
}
