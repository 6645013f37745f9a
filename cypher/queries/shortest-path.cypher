// Name: shortest-path
// Question: What is the shortest chain of relationships between two characters?
// Parameter: from (required) - a character id, name or alias (any case). Example: "Carrie Finch"
// Parameter: to (required) - a character id, name or alias (any case). Example: "Brian"
// Parameter: story (optional) - the story id, to tell apart characters of the same name; null for every story. Example: "all-her-fault"
// Column: fromCharacter - the name of the first character
// Column: toCharacter - the name of the second character
// Column: hops - the number of relationships on the path
// Column: names - the characters along the path
// Column: steps - each relationship as "subject TYPE object", in its stored direction
// Column: evidence - the first supporting quote of each relationship
// Only character-to-character relationships count (no hops through secrets or stories), at most six.
// Both characters must be in the same story. When several paths are equally short, one of them is returned.
MATCH (a:Character)
WHERE (a.id = $from OR toLower(trim($from)) IN a.names) AND ($story IS NULL OR a.story = $story)
MATCH (b:Character)
WHERE (b.id = $to OR toLower(trim($to)) IN b.names) AND b.story = a.story AND b <> a
MATCH path = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(path) WHERE n:Character)
RETURN a.name AS fromCharacter, b.name AS toCharacter, length(path) AS hops,
       [n IN nodes(path) | n.name] AS names,
       [r IN relationships(path) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name] AS steps,
       [r IN relationships(path) | r.quotes[0]] AS evidence
ORDER BY hops, fromCharacter, toCharacter
