// Name: documents
// Question: Which articles were loaded, and what did each contribute?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: document - the document id
// Column: title - the article's title
// Column: source - where it came from
// Column: charactersMentioned - how many characters it mentions
// Column: secretsReported - how many secrets it reports
// Column: factsSupported - how many relationships it supports with at least one sentence
MATCH (d:Document)
WHERE $story IS NULL OR d.story = $story
RETURN d.story AS story, d.id AS document, d.title AS title, d.source AS source,
       COUNT { (d)-[:MENTIONS]->(:Character) } AS charactersMentioned,
       COUNT { (d)-[:REPORTS]->(:Secret) } AS secretsReported,
       COUNT { MATCH (x)-[r]->(y) WHERE r.sources IS NOT NULL AND d.id IN r.sources
               AND coalesce(x.story, y.story) = d.story RETURN r } AS factsSupported
ORDER BY story, document
