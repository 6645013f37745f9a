// Look-up indexes. The writer resolves an article's characters against the story's existing ones
// (Character.story, Character.names); queries find secrets and documents by story.
CREATE INDEX character_story IF NOT EXISTS FOR (c:Character) ON (c.story);
CREATE INDEX character_name IF NOT EXISTS FOR (c:Character) ON (c.name);
CREATE INDEX secret_story IF NOT EXISTS FOR (s:Secret) ON (s.story);
CREATE INDEX secret_kind IF NOT EXISTS FOR (s:Secret) ON (s.kind);
CREATE INDEX document_story IF NOT EXISTS FOR (d:Document) ON (d.story);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
