// Secrets and the document that reports them. REPORTS keeps this document's statement and kind and the sentences
// that establish the secret; finalize-secrets.cypher settles the node's statement from all reports.
// Parameters: $story (story id), $doc (document id),
//   $rows [{id, statement, kind, quotes, evidence}].
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MERGE (s:Secret {id: row.id})
  ON CREATE SET s.statement = row.statement, s.kind = row.kind
SET s.story = $story
MERGE (d)-[p:REPORTS]->(s)
SET p.statement = row.statement,
    p.kind = row.kind,
    p.quotes = row.quotes,
    p.evidence = row.evidence
