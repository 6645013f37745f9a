// Creates a story node if it is new. Run first in an article's transaction: with the uniqueness constraint on
// Story.id, a second transaction merging the same new story waits here until the first one ends.
// Parameters: $id (story id), $name (story name).
MERGE (s:Story {id: $id})
  ON CREATE SET s.name = $name
