// The relationships between the given characters (of one story), each with its summary and its evidence entries as
// stored ('SENTENCE:START-END CONFIDENCE STATUS RULE'; the API reads each entry's sentence with EvidenceEntry.parse).
// $ids: character ids.
MATCH (a:Character)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Character)
WHERE b.id IN $ids
RETURN elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target, r.status AS status,
       r.confidence AS confidence, r.accidental AS accidental, [e IN coalesce(r.evidence, []) | {entry: e}] AS entries
ORDER BY source, type, target
