package charactergraph.loader.write;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.List;

import static charactergraph.loader.write.Fixtures.doc;
import static charactergraph.loader.write.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaInstallerTest {
    private Driver driver;

    @BeforeEach
    void emptyGraph() {
        driver = SharedNeo4j.wiped();
    }

    @Test
    void installingTwiceIsHarmlessAndCreatesTheConstraintsAndIndexes() {
        SchemaInstaller installer = new SchemaInstaller(driver);
        int statements = installer.install();
        assertEquals(statements, installer.install());
        try (Session s = driver.session()) {
            List<String> constraints = s.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").list(r -> r.get(0).asString());
            assertTrue(constraints.containsAll(List.of("actor_id", "character_id", "document_id", "secret_id", "story_id")),
                    constraints.toString());
            List<String> fulltext = s.run("SHOW FULLTEXT INDEXES YIELD name RETURN name").list(r -> r.get(0).asString());
            assertTrue(fulltext.contains("character_names"), fulltext.toString());
        }
    }

    @Test
    void theFullTextIndexFindsCharactersByAlias() {
        String d = "lantern-recap";
        new GraphWriter(driver).write(doc(d, "The Lantern Keeper", "v1")
                .character(person(d, "ingrid", "Ingrid Solberg", "The Widow"))
                .character(person(d, "paul", "Paul Ferrand"))
                .build());
        try (Session s = driver.session()) {
            s.run("CALL db.awaitIndexes(60)").consume();
            List<String> found = s.run("CALL db.index.fulltext.queryNodes('character_names', 'widow') "
                    + "YIELD node RETURN node.name").list(r -> r.get(0).asString());
            assertEquals(List.of("Ingrid Solberg"), found);
        }
    }

    @Test
    void splitsFilesIntoStatementsAndDropsComments() {
        List<String> statements = charactergraph.cypher.CypherStatements.split("""
                // a comment; with a semicolon
                CREATE INDEX a IF NOT EXISTS
                  FOR (n:A) ON (n.x);
                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);
                """);
        assertEquals(List.of("CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)",
                "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)"), statements);
    }

    @Test
    void aDuplicateCharacterIdIsRejectedByTheConstraint() {
        try (Session s = driver.session()) {
            s.run("CREATE (:Character {id: 'x/y'})").consume();
            var error = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> s.run("CREATE (:Character {id: 'x/y'})").consume());
            assertTrue(error.getMessage().contains("already exists"), error.getMessage());
        }
    }
}
