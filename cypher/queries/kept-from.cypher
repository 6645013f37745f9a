// Name: kept-from
// Question: What was kept from a character: secrets about them or their close family that they did not know?
// Parameter: character (required) - a character id, name or alias (any case). Example: "Marissa"
// Parameter: story (optional) - the story id, to tell apart characters of the same name; null for every story. Example: "all-her-fault"
// Column: character - the name of the character the secrets were kept from
// Column: secret - the secret id
// Column: statement - what the secret is
// Column: concerns - who, of the character and their family, the secret is about
// Column: keepers - who concealed it
// Column: knownBy - who did know it
// Family means one step of PARENT_OF, SECRETLY_PARENT_OF, SIBLING_OF or MARRIED_TO, in either direction.
MATCH (c:Character)
WHERE (c.id = $character OR toLower(trim($character)) IN c.names)
  AND ($story IS NULL OR c.story = $story)
OPTIONAL MATCH (c)-[:PARENT_OF|SECRETLY_PARENT_OF|SIBLING_OF|MARRIED_TO]-(relative:Character)
WITH c, collect(DISTINCT relative) + [c] AS circle
UNWIND circle AS person
MATCH (s:Secret)-[:ABOUT]->(person)
WHERE NOT (c)-[:KNOWS]->(s)
WITH c, s, person ORDER BY person.name
WITH c, s, collect(DISTINCT person.name) AS concerns
OPTIONAL MATCH (keeper:Character)-[:KEEPS]->(s)
WITH c, s, concerns, keeper ORDER BY keeper.name
WITH c, s, concerns, collect(DISTINCT keeper.name) AS keepers
OPTIONAL MATCH (knower:Character)-[:KNOWS]->(s)
WITH c, s, concerns, keepers, knower ORDER BY knower.name
RETURN c.name AS character, s.id AS secret, s.statement AS statement, concerns, keepers,
       collect(DISTINCT knower.name) AS knownBy
ORDER BY character, secret
