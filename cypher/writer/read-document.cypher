// The stored version of a document: its hash and story, or no row when it was never loaded.
// Parameters: $doc (document id).
MATCH (d:Document {id: $doc})
RETURN d.sha256 AS sha256, d.story AS story
