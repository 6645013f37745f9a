// Name: done-by
// Question: What did a character do to others (killings, kidnappings, injuries, cover-ups, threats...)?
// Parameter: character (required) - a character id, name or alias (any case). Example: "Peter Irvine"
// Parameter: story (optional) - the story id, to tell apart characters of the same name; null for every story. Example: "all-her-fault"
// Column: character - the name of the character who acted
// Column: action - the relationship type (KILLED, KIDNAPPED, INJURED, COVERS_UP_FOR, ...)
// Column: target - the name of the character it was done to
// Column: accidental - for KILLED and INJURED, whether it was an accident; null otherwise
// Column: status - the firmest support: STATED, IMPLIED or ALLEGED
// Column: evidence - the supporting quotes
// Column: sources - the document id of each quote
// Family ties and acquaintances (PARENT_OF, SECRETLY_PARENT_OF, SIBLING_OF, MARRIED_TO, FRIEND_OF,
// EX_PARTNER_OF, EMPLOYS) are relations, not actions, and are left out; see the family query.
MATCH (c:Character)
WHERE (c.id = $character OR toLower(trim($character)) IN c.names) AND ($story IS NULL OR c.story = $story)
MATCH (c)-[r]->(target:Character)
WHERE NOT type(r) IN ['PARENT_OF', 'SECRETLY_PARENT_OF', 'SIBLING_OF', 'MARRIED_TO', 'FRIEND_OF', 'EX_PARTNER_OF', 'EMPLOYS']
RETURN c.name AS character, type(r) AS action, target.name AS target, r.accidental AS accidental,
       r.status AS status, r.quotes AS evidence, r.sources AS sources
ORDER BY character, action, target
