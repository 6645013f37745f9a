// Creates or updates the story and the document node.
// Parameters: $story {id, name}, $doc {id, title, source, story (the story id), sha256}.
MERGE (s:Story {id: $story.id})
  ON CREATE SET s.name = $story.name
MERGE (d:Document {id: $doc.id})
// loadedAt is when this content was first loaded: reloading the same bytes changes nothing.
SET d.loadedAt = CASE WHEN d.sha256 = $doc.sha256 THEN d.loadedAt ELSE datetime() END
SET d.title = $doc.title,
    d.source = $doc.source,
    d.story = $doc.story,
    d.sha256 = $doc.sha256
