// Uniqueness constraints: every node the writer MERGEs has a unique id, which also gives the index MERGE uses.
// Applied at start-up by SchemaInstaller; IF NOT EXISTS makes them safe to run again.
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT character_id IF NOT EXISTS FOR (c:Character) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT secret_id IF NOT EXISTS FOR (s:Secret) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
