// Which of the given pairs of characters already have a relationship of the given type, so the writer appends to
// those (append-evidence.cypher) and creates the others (create-relations.cypher). Runs under the story's write
// lock, so the answer holds until the transaction ends.
// Parameters: $rows [{i (the row's index, returned), from, to, type}].
UNWIND $rows AS row
MATCH (a:Character {id: row.from})-[r]->(b:Character {id: row.to})
WHERE type(r) = row.type
RETURN row.i AS i, elementId(r) AS rel
