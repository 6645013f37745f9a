// Deletes a document node (after strip-document and detach-document removed its contribution).
// Parameters: $doc (document id).
MATCH (d:Document {id: $doc})
DETACH DELETE d
