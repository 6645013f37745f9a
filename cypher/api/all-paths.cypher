// Every simple path (no character twice) between two characters over character-to-character relationships,
// shortest first. $from, $to: character ids; $types: type names or null; $limit: how many paths.
// Cypher cannot take a pattern's length bound as a parameter: the API replaces the bound *1..6 below (the most it
// allows) with the validated number of hops (1 to 6), so the expansion never walks further than the caller asked.
MATCH (a:Character {id: $from}), (b:Character {id: $to})
MATCH path = (a)-[*1..6]-(b)
WHERE all(n IN nodes(path) WHERE n:Character)
  AND all(i IN range(1, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[0..i])
  AND ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
WITH path
ORDER BY length(path), [n IN nodes(path) | n.id]
LIMIT $limit
RETURN [n IN nodes(path) | {id: n.id, name: n.name}] AS characters,
       [r IN relationships(path) | {type: type(r), start: startNode(r).id, end: endNode(r).id, quote: r.quote,
                                    document: r.sources[0], entry: r.evidence[0],
                                    status: r.status}] AS hops
