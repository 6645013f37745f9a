// What a character knew (secrets they have KNOWS to, with how and from when), kept (KEEPS), and had kept from
// them: secrets of their story that concern them or a character they are directly related to, kept by someone
// else, which they did not know (or, with $asOf, only learned at or after that point). $id; $asOf: an order
// (sentence index) or null.
MATCH (c:Character {id: $id})
CALL {
  WITH c
  OPTIONAL MATCH (c)-[k:KNOWS]->(s:Secret)
  WHERE $asOf IS NULL OR k.order < $asOf
  RETURN collect({id: s.id, statement: s.statement, how: k.how, order: k.order, when: k.when,
                  quote: k.quote}) AS knew
}
CALL {
  WITH c
  OPTIONAL MATCH (c)-[k:KEEPS]->(s:Secret)
  RETURN collect({id: s.id, statement: s.statement, quote: k.quote}) AS kept
}
CALL {
  WITH c
  OPTIONAL MATCH (s:Secret {story: c.story})-[:ABOUT]->(x:Character)
  WHERE (x = c OR EXISTS { (c)--(x) })
    AND EXISTS { MATCH (o:Character)-[:KEEPS]->(s) WHERE o <> c }
  WITH c, s WHERE s IS NOT NULL
  WITH DISTINCT c, s
  OPTIONAL MATCH (c)-[k:KNOWS]->(s)
  WITH c, s, k WHERE k IS NULL OR ($asOf IS NOT NULL AND k.order >= $asOf)
  RETURN collect({id: s.id, statement: s.statement,
                  keepers: [(o:Character)-[:KEEPS]->(s) WHERE o <> c | {id: o.id, name: o.name}],
                  learnedHow: k.how, learnedAt: k.order}) AS keptFrom
}
RETURN c.id AS id, c.name AS name, knew, kept, keptFrom
