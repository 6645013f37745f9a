// One story: its name, how many characters it has, and the documents it was built from. No row when there is no
// such story. $story: the story id.
MATCH (s:Story {id: $story})
RETURN s.id AS id, s.name AS name,
       COUNT { (:Character)-[:IN_STORY]->(s) } AS characters,
       COLLECT { MATCH (d:Document) WHERE d.story = s.id RETURN {id: d.id, title: d.title} } AS documents
