// Keeps the article's text on its document node: the characters every evidence offset of the article points into,
// so that a reader can see a quoted sentence in its place. A null text removes an earlier version's.
// Parameters: $doc (document id), $text (the text, or null).
MATCH (d:Document {id: $doc})
SET d.text = $text
