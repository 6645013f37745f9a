// Name: identities
// Question: Which characters go by several identities (another name, not a nickname of their own)?
// Parameter: story (optional) - the story id to look in, or null for every story. Example: "all-her-fault"
// Column: story - the story id
// Column: character - the canonical name
// Column: otherNames - aliases that share no word with the canonical name, nicknames left out
// Column: aliases - every alias the articles use
// Column: identitySecrets - statements of FALSE_IDENTITY secrets about the character
// A nickname is an alias word that starts with the same two letters as a word of the name (Josie for Josephine,
// Maggie for Margaret): a loose rule that keeps short forms out, at the price of missing an alias that happens to
// share its first two letters with the real name.
MATCH (c:Character)
WHERE $story IS NULL OR c.story = $story
WITH c, split(toLower(c.name), ' ') AS own
WITH c, [alias IN c.aliases
         WHERE none(w IN split(toLower(alias), ' ')
                    WHERE any(o IN own WHERE w = o OR (size(w) >= 2 AND size(o) >= 2 AND left(w, 2) = left(o, 2))))]
        AS otherNames
WHERE size(otherNames) > 0
OPTIONAL MATCH (s:Secret {kind: 'FALSE_IDENTITY'})-[:ABOUT]->(c)
RETURN c.story AS story, c.name AS character, otherNames, c.aliases AS aliases,
       collect(s.statement) AS identitySecrets
ORDER BY story, character
