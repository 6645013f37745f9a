// A character's neighbourhood: every character within $depth (1 to 3) character-to-character hops, and every
// relationship between two of them. $id: the character id.
MATCH (c:Character {id: $id})
OPTIONAL MATCH path = (c)-[*1..3]-(o:Character)
WHERE length(path) <= $depth AND all(n IN nodes(path) WHERE n:Character)
WITH c, collect(DISTINCT o) AS others
WITH [c] + [o IN others WHERE o <> c] AS members
UNWIND members AS m
OPTIONAL MATCH (m)-[r]->(x:Character)
WHERE x IN members
WITH members, collect(DISTINCT r) AS rels
RETURN [m IN members | {id: m.id, name: m.name, story: m.story, aliases: coalesce(m.aliases, [])}] AS nodes,
       [r IN rels | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
                     quote: r.quote, status: r.status}] AS edges
