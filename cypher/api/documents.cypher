// Every loaded document with what it contributed. No parameters.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.source AS source, d.story AS story, toString(d.loadedAt) AS loadedAt,
       d.sha256 AS sha256,
       COUNT { (d)-[:MENTIONS]->(:Character) } AS characters,
       COUNT { (d)-[:REPORTS]->(:Secret) } AS secrets,
       COUNT { MATCH (:Character)-[r]->(:Character) WHERE d.id IN r.sources } AS relationships
ORDER BY story, id
