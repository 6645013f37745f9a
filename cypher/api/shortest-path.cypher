// The shortest path between two characters over character-to-character relationships only.
// $from, $to: character ids; $types: relationship type names, or null for every type; $maxHops: at most 10
// (the pattern's bound; the API validates the number).
MATCH (a:Character {id: $from}), (b:Character {id: $to})
MATCH path = shortestPath((a)-[*..10]-(b))
WHERE length(path) <= $maxHops
  AND all(n IN nodes(path) WHERE n:Character)
  AND ($types IS NULL OR all(r IN relationships(path) WHERE type(r) IN $types))
RETURN [n IN nodes(path) | {id: n.id, name: n.name}] AS characters,
       [r IN relationships(path) | {type: type(r), start: startNode(r).id, end: endNode(r).id, quote: r.quote,
                                    document: r.sources[0], sentence: r.sentences[0], status: r.status}] AS hops
