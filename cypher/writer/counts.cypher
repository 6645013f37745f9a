// What the graph holds: for load summaries and tests.
// No parameters.
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (c:Character) RETURN count(c) AS characters }
CALL { MATCH (:Character)-[r]->(:Character) RETURN count(r) AS relationships }
CALL { MATCH (s:Secret) RETURN count(s) AS secrets }
CALL { MATCH (a:Actor) RETURN count(a) AS actors }
RETURN documents, characters, relationships, secrets, actors
