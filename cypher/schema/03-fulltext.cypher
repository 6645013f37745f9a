// Full-text search over character names and aliases (and actor names), for "find the character called ...":
//   CALL db.index.fulltext.queryNodes('character_names', 'anna~') YIELD node, score RETURN node.name, score
CREATE FULLTEXT INDEX character_names IF NOT EXISTS FOR (c:Character) ON EACH [c.name, c.aliases];
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name];
