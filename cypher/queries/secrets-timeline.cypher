// Name: secrets-timeline
// Question: In what order did the secrets come out?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: secret - the secret id
// Column: statement - what the secret is
// Column: kind - HIDDEN_PARENTAGE, BABY_SWAP, FALSE_IDENTITY, HIDDEN_KILLING, HIDDEN_CRIME, COVER_UP, HIDDEN_RELATIONSHIP, HIDDEN_PLAN or OTHER
// Column: firstKnown - the earliest KNOWS order: the sentence where the article first shows anyone knowing it
// Column: firstKnowers - who knew it at that point
// Column: revealedAt - the earliest order at which someone who did not take part learned it (TOLD, DISCOVERED,
//   DEDUCED, CONFESSED); null while only the people involved know
// Column: revealedTo - who learned it at that point
// Rows are in the order the secrets came out (firstKnown).
MATCH (knower:Character)-[k:KNOWS]->(s:Secret)
WHERE $story IS NULL OR s.story = $story
WITH s, k, knower ORDER BY knower.name
WITH s, collect({name: knower.name, how: k.how, order: k.order}) AS knowers, min(k.order) AS firstKnown
WITH s, knowers, firstKnown,
     reduce(least = null, x IN knowers |
            CASE WHEN x.how <> 'TOOK_PART' AND (least IS NULL OR x.order < least) THEN x.order ELSE least END) AS revealedAt
RETURN s.story AS story, s.id AS secret, s.statement AS statement, s.kind AS kind, firstKnown,
       [x IN knowers WHERE x.order = firstKnown | x.name] AS firstKnowers,
       revealedAt,
       [x IN knowers WHERE x.how <> 'TOOK_PART' AND x.order = revealedAt | x.name] AS revealedTo
ORDER BY story, firstKnown, secret
