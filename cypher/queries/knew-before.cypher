// Name: knew-before
// Question: Who already knew a secret before a given point of the story?
// Parameter: asOf (required) - a point of the story as a sentence index (KNOWS order); knowledge shown before it counts. Example: 30
// Parameter: secret (optional) - a secret id, or words its statement contains; null for every secret. Example: "babies"
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: secret - the secret id
// Column: statement - what the secret is
// Column: knower - who knew it by then
// Column: how - TOOK_PART, CONFESSED, TOLD, DISCOVERED or DEDUCED
// Column: since - the order at which the article shows they knew
// Take asOf from the secrets-timeline or secret-knowers query (for example the order at which a secret was revealed).
MATCH (knower:Character)-[k:KNOWS]->(s:Secret)
WHERE k.order < $asOf
  AND ($story IS NULL OR s.story = $story)
  AND ($secret IS NULL OR s.id = $secret OR toLower(s.statement) CONTAINS toLower($secret))
RETURN s.story AS story, s.id AS secret, s.statement AS statement, knower.name AS knower, k.how AS how,
       k.order AS since
ORDER BY story, secret, since, knower
