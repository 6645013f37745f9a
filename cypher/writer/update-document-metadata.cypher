// Brings a loaded document's title and source up to date when only its metadata changed (same bytes, same story).
// Parameters: $doc (document id), $title, $source (may be null).
MATCH (d:Document {id: $doc})
SET d.title = $title,
    d.source = $source
