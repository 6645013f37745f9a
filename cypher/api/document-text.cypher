// One document's text as it was loaded (the characters every evidence offset points into), with its title,
// source and story; text is null for a document loaded before texts were kept. No row for an unknown id.
// $id: the document id.
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.source AS source, d.story AS story, d.sha256 AS sha256, d.text AS text
