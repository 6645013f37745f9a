// The stored version of a document: its hash, story, title and source, or no row when it was never loaded.
// Parameters: $doc (document id).
MATCH (d:Document {id: $doc})
RETURN d.sha256 AS sha256, d.story AS story, d.title AS title, d.source AS source
