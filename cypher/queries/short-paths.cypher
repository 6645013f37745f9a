// Name: short-paths
// Question: Which short chains of relationships connect two characters (every simple path up to a length)?
// Parameter: from (required) - a character id, name or alias (any case). Example: "Colin"
// Parameter: to (required) - a character id, name or alias (any case). Example: "Rob"
// Parameter: maxHops (optional) - the longest path wanted, 1 to 5; null means 4. Example: 3
// Parameter: limit (optional) - the most paths returned, shortest first; null means 25. Example: 25
// Parameter: story (optional) - the story id, to tell apart characters of the same name; null for every story. Example: "all-her-fault"
// Column: fromCharacter - the name of the first character
// Column: toCharacter - the name of the second character
// Column: hops - the number of relationships on the path
// Column: names - the characters along the path
// Column: steps - each relationship as "subject TYPE object", in its stored direction
// Column: evidence - the first supporting quote of each relationship
// Only character-to-character relationships count; a path never visits a character twice.
// Paths are never longer than five, whatever maxHops says, so the search stays bounded.
MATCH (a:Character)
WHERE (a.id = $from OR toLower(trim($from)) IN a.names) AND ($story IS NULL OR a.story = $story)
MATCH (b:Character)
WHERE (b.id = $to OR toLower(trim($to)) IN b.names) AND b.story = a.story AND b <> a
MATCH path = (a)-[*1..5]-(b)
WHERE length(path) <= coalesce($maxHops, 4)
  AND all(n IN nodes(path) WHERE n:Character)
  AND size(reduce(seen = [], n IN nodes(path) | CASE WHEN n IN seen THEN seen ELSE seen + [n] END)) = size(nodes(path))
WITH a, b, path,
     [r IN relationships(path) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name] AS steps
RETURN a.name AS fromCharacter, b.name AS toCharacter, length(path) AS hops,
       [n IN nodes(path) | n.name] AS names, steps,
       [r IN relationships(path) | r.quotes[0]] AS evidence
ORDER BY hops, names, steps
LIMIT toInteger(coalesce($limit, 25))
