// Relationships between characters of one type that do not exist yet, with this document's provenance lists and
// the summary the writer computed from them (EvidenceColumns.properties). The writer sends here only pairs that
// cannot exist: one end was created by this write, or read-relations.cypher found no such relationship, both
// under the story's write lock. Pairs that exist go to append-evidence.cypher instead. CREATE with the properties
// written out is the fastest way Neo4j has to store them: no MERGE look-up or lock per row, and no property key
// resolved by name per row (as `SET r += map` does).
// The parameters are columns (one list per property, row i at index i) rather than a list of maps: the same data
// without every key repeated in every row, which is markedly cheaper for Bolt to encode and decode.
// The writer replaces REL_TYPE with the name of a charactergraph.model.RelationType constant (never with text from
// an article). Symmetric types arrive with from < to, so each pair is stored once. Null values (accidentals and
// accidental except on KILLED and INJURED) are not stored.
// Parameters, lists of one length: $from, $to (character ids), $sources, $sentences, $starts, $ends, $quotes,
//   $rules, $confidences, $statuses (lists, one entry per supporting sentence), $confidence, $quote, $status,
//   $accidentals, $accidental.
UNWIND range(0, size($from) - 1) AS i
MATCH (a:Character {id: $from[i]})
MATCH (b:Character {id: $to[i]})
CREATE (a)-[:REL_TYPE {sources: $sources[i], sentences: $sentences[i], starts: $starts[i], ends: $ends[i],
                       quotes: $quotes[i], rules: $rules[i], confidences: $confidences[i], statuses: $statuses[i],
                       confidence: $confidence[i], quote: $quote[i], status: $status[i],
                       accidentals: $accidentals[i], accidental: $accidental[i]}]->(b)
