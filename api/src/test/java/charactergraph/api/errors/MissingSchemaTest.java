package charactergraph.api.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SeedGraphHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.loader.write.SchemaInstaller;

/** A Neo4j nobody has loaded into yet has no full-text index: search says so (503), it does not fail with a 500. */
@MicronautTest
class MissingSchemaTest extends SeedGraphHttpTest {
    /** Without the full-text index. */
    @Override
    protected void graph() {
        SharedNeo4j.wipe();
        SharedNeo4j.run("DROP INDEX character_names IF EXISTS");
        SharedNeo4j.run("CREATE (:Character {id: 's/ada', name: 'Ada', names: ['ada'], aliases: [], story: 's'})");
    }

    @AfterAll
    void restoreTheSchema() {
        try (Driver driver = GraphDatabase.driver(SharedNeo4j.instance().boltURI())) {
            new SchemaInstaller(driver).install();
        }
    }

    @Test
    void searchIs503SayingHowTheIndexComes() {
        Map<?, ?> problem = Problems.expect(http.toBlocking(), "/api/characters?q=ada", HttpStatus.SERVICE_UNAVAILABLE);
        assertEquals("Search index missing", problem.get("title"));
        assertTrue(problem.get("detail").toString().contains("POST /api/documents"));
        List<?> all = http.toBlocking().retrieve(HttpRequest.GET("/api/characters"), Argument.listOf(Map.class));
        assertEquals(1, all.size(), "listing needs no index");
    }
}
