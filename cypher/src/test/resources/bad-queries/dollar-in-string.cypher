// Name: dollar-in-string
// Question: Mentions $notAParameter only inside a string and a comment, which is fine.
// Parameter: story (optional) - the story, or null. Example: null
// Column: label - a constant
// Column: multiline - a column whose description
//   goes on over two lines
// Notes are kept: this query costs $nothing.
MATCH (c:Character)
WHERE $story IS NULL OR c.story = $story // not $this one either
RETURN 'costs $5' AS label, c.name AS multiline
