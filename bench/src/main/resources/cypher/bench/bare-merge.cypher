// Bench reference: the same character pairs as the writer's relationships, merged with no properties at all (the
// floor that the provenance lists add to). $rows [{from, to}]. Writes BENCH_BARE relationships: bench data only.
UNWIND $rows AS row
MATCH (a:Character {id: row.from})
MATCH (b:Character {id: row.to})
MERGE (a)-[:BENCH_BARE]->(b)
