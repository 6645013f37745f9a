// Bench: the size of the graph under test. Returns nodes, relationships, characters, secrets, stories, knows.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL { MATCH (c:Character) RETURN count(c) AS characters }
CALL { MATCH (s:Secret) RETURN count(s) AS secrets }
CALL { MATCH (s:Story) RETURN count(s) AS stories }
CALL { MATCH ()-[k:KNOWS]->() RETURN count(k) AS knows }
CALL { MATCH (:Character)-[r]->(:Character) RETURN count(r) AS characterRelationships }
RETURN nodes, relationships, characters, secrets, stories, knows, characterRelationships
