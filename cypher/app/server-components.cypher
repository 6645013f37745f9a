// Name: server-components
// Answers: which Neo4j the app talks to: product name, version and edition.
// Parameters: none.
// Used by: GET /health.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition;
