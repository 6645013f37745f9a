// Deletes stories left without characters or documents.
// Parameters: $ids (story ids).
UNWIND $ids AS id
MATCH (s:Story {id: id})
WHERE NOT ()-[:IN_STORY]->(s) AND NOT EXISTS { MATCH (d:Document {story: s.id}) }
DETACH DELETE s
