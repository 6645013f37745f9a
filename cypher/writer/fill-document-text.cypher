// Keeps the text of a document loaded before texts were kept, when a load finds its bytes unchanged: sets it only
// when the node has none and still holds exactly these bytes.
// Parameters: $doc (document id), $sha256 (of the bytes the text was read from), $text.
MATCH (d:Document {id: $doc})
WHERE d.text IS NULL AND d.sha256 = $sha256
SET d.text = $text
