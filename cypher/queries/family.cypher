// Name: family
// Question: How are the characters related by family, including parentage that was kept secret?
// Parameter: character (optional) - a character id, name or alias whose family relations are wanted; null for all. Example: "Milo"
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: person - the first character (the parent, or the lower id of a symmetric relation)
// Column: relation - PARENT_OF, SECRETLY_PARENT_OF, SIBLING_OF or MARRIED_TO
// Column: relative - the second character
// Column: secret - true for parentage that was hidden (SECRETLY_PARENT_OF)
// Column: status - the firmest support: STATED, IMPLIED or ALLEGED
// Column: evidence - the first supporting quote
// SIBLING_OF and MARRIED_TO read both ways; they are stored once.
MATCH (a:Character)-[r:PARENT_OF|SECRETLY_PARENT_OF|SIBLING_OF|MARRIED_TO]->(b:Character)
WHERE ($story IS NULL OR a.story = $story)
  AND ($character IS NULL
       OR any(x IN [a, b] WHERE x.id = $character OR toLower(trim($character)) IN x.names))
RETURN a.story AS story, a.name AS person, type(r) AS relation, b.name AS relative,
       type(r) = 'SECRETLY_PARENT_OF' AS secret, r.status AS status, r.quotes[0] AS evidence
ORDER BY story, secret DESC, relation, person, relative
