// Takes the write lock of the given stories, held until the transaction ends, so that writers of one story run one
// after the other: each resolves the article's characters against what the previous one committed, and no two
// create the same character, relationship or secret. Setting a property takes the node's exclusive lock; removing
// it in the same statement leaves the node unchanged. The writer passes the ids sorted, so two writers that need
// the same two stories (a document moving between stories) take them in the same order.
// Parameters: $ids (story ids, sorted).
UNWIND $ids AS id
MATCH (s:Story {id: id})
SET s.writerLock = true
REMOVE s.writerLock
