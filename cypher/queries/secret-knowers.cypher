// Name: secret-knowers
// Question: For each secret, who knew it, how they came to know it, and from when?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Parameter: secret (optional) - a secret id, or words its statement contains; null for every secret. Example: "babies"
// Column: story - the story id
// Column: secret - the secret id
// Column: statement - what the secret is
// Column: knower - the name of a character who knew it
// Column: how - TOOK_PART, CONFESSED, TOLD, DISCOVERED or DEDUCED
// Column: since - the sentence index where the article shows that they knew (the story's "when", in reading order)
// Column: when - a time cue from the text ("in the finale"), or null
// Column: evidence - the quote that shows it
MATCH (s:Secret)
WHERE ($story IS NULL OR s.story = $story)
  AND ($secret IS NULL OR s.id = $secret OR toLower(s.statement) CONTAINS toLower($secret))
MATCH (knower:Character)-[knows:KNOWS]->(s)
RETURN s.story AS story, s.id AS secret, s.statement AS statement, knower.name AS knower,
       knows.how AS how, knows.order AS since, knows.when AS when, knows.quotes[0] AS evidence
ORDER BY story, secret, since, knower
