// The shortest path between two characters over character-to-character relationships only.
// $from, $to: character ids; $types: relationship type names, or null for every type.
// Cypher cannot take a pattern's length bound as a parameter: the API replaces the quantifier below (1 to 10
// hops, the most it allows) with the validated number of hops. SHORTEST 1 checks the type and the Character
// label hop by hop while it searches, and answers "no path" without the exhaustive search that shortestPath()
// falls back to when a path predicate rules out the shortest path (millions of db hits for two characters that
// are not connected).
MATCH (a:Character {id: $from}), (b:Character {id: $to})
MATCH path = SHORTEST 1 (a) (()-[hop]-(:Character) WHERE $types IS NULL OR type(hop) IN $types){1,10} (b)
RETURN [n IN nodes(path) | {id: n.id, name: n.name}] AS characters,
       [r IN relationships(path) | {type: type(r), start: startNode(r).id, end: endNode(r).id, quote: r.quote,
                                    document: r.sources[0], entry: r.evidence[0],
                                    status: r.status}] AS hops
