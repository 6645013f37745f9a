// Every simple path (no character twice) between two characters over character-to-character relationships,
// shortest first. $from, $to: character ids; $types: type names or null; $maxHops: at most 6 (the pattern's
// bound); $limit: how many paths.
MATCH (a:Character {id: $from}), (b:Character {id: $to})
MATCH path = (a)-[*1..6]-(b)
WHERE length(path) <= $maxHops
  AND all(n IN nodes(path) WHERE n:Character)
  AND all(i IN range(1, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[0..i])
  AND ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
WITH path
ORDER BY length(path), [n IN nodes(path) | n.id]
LIMIT $limit
RETURN [n IN nodes(path) | {id: n.id, name: n.name}] AS characters,
       [r IN relationships(path) | {type: type(r), start: startNode(r).id, end: endNode(r).id, quote: r.quote,
                                    document: r.sources[0], sentence: r.sentences[0], status: r.status}] AS hops
