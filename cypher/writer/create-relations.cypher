// Relationships between characters of one type that do not exist yet, with this document's provenance lists and
// the summary the writer computed from them (EvidenceColumns.properties). The writer sends here only pairs that
// cannot exist: one end was created by this write, or read-relations.cypher found no such relationship, both
// under the story's write lock. Pairs that exist go to append-evidence.cypher instead. CREATE with the properties
// written out is the fastest way Neo4j has to store them: no MERGE look-up or lock per row, and no property key
// resolved by name per row (as `SET r += map` does).
// The writer replaces REL_TYPE with the name of a charactergraph.model.RelationType constant (never with text from
// an article). Symmetric types arrive with from < to, so each pair is stored once. Properties that are null
// (accidentals and accidental except on KILLED and INJURED) are not stored.
// Parameters: $rows [{from, to, sources, quotes, evidence, confidence, quote, status, accidentals, accidental}].
UNWIND $rows AS row
MATCH (a:Character {id: row.from})
MATCH (b:Character {id: row.to})
CREATE (a)-[:REL_TYPE {sources: row.sources, quotes: row.quotes, evidence: row.evidence,
                       confidence: row.confidence, quote: row.quote, status: row.status,
                       accidentals: row.accidentals, accidental: row.accidental}]->(b)
