// Name: cover-ups
// Question: Who covered up for whom, including chains (A shielded B, who shielded C)?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: coverer - the character who concealed or shielded
// Column: coveredFor - the character who was, directly or down the chain, protected
// Column: hops - 1 for a direct cover-up, more for a chain
// Column: chain - the names along the chain, from coverer to coveredFor
// Column: evidence - the first supporting quote of each link of the chain
// Chains are followed for at most four links; a cycle back to the coverer is left out.
MATCH chain = (coverer:Character)-[:COVERS_UP_FOR*1..4]->(coveredFor:Character)
WHERE ($story IS NULL OR coverer.story = $story)
  AND coverer <> coveredFor
RETURN coverer.story AS story, coverer.name AS coverer, coveredFor.name AS coveredFor,
       length(chain) AS hops, [person IN nodes(chain) | person.name] AS chain,
       [link IN relationships(chain) | link.quotes[0]] AS evidence
ORDER BY story, hops, coverer, coveredFor
