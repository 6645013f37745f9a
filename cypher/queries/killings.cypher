// Name: killings
// Question: Who killed whom, on what evidence, and was the killing an accident?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: killer - the name of the character who killed
// Column: victim - the name of the character who died
// Column: accidental - true when the text says the killing was an accident
// Column: status - the firmest support any article gives: STATED, IMPLIED or ALLEGED
// Column: confidence - the highest confidence of the supporting sentences (0 to 1)
// Column: evidence - the supporting quotes, one per sentence
// Column: sources - the document id of each quote, in the same order
MATCH (killer:Character)-[killing:KILLED]->(victim:Character)
WHERE $story IS NULL OR killer.story = $story
RETURN killer.story AS story, killer.name AS killer, victim.name AS victim,
       coalesce(killing.accidental, false) AS accidental, killing.status AS status,
       killing.confidence AS confidence, killing.quotes AS evidence, killing.sources AS sources
ORDER BY story, killer, victim
