// Bench: the stories that are not the generator's (the seed articles'). Returns ids.
MATCH (s:Story)
WHERE NOT s.id STARTS WITH 'synthetic-story-'
RETURN collect(s.id) AS ids
