package charactergraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import charactergraph.testsupport.Neo4jHarness;

/**
 * This module's view of the JVM's one Neo4j Harness ({@link Neo4jHarness}), with fixture loading. Test classes
 * call {@link #freshGraph(String)} in their {@code @BeforeAll}.
 */
final class TestNeo4j {
    private TestNeo4j() {
    }

    static Driver driver() {
        return Neo4jHarness.driver();
    }

    static Session session() {
        return driver().session(SessionConfig.defaultConfig());
    }

    /** Empties the database and loads a fixture from the test class path, one statement per ';'-ended line. */
    static void freshGraph(String fixtureResource) {
        Neo4jHarness.wipe();
        try (Session session = session()) {
            if (fixtureResource != null) {
                for (String statement : CypherStatements.split(resource(fixtureResource))) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
                }
            }
        }
    }

    static String resource(String path) {
        try (InputStream in = TestNeo4j.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** Runs a canned query in a read transaction and returns its rows as plain maps. */
    static List<Map<String, Object>> runRead(CannedQuery query, Map<String, ?> parameters) {
        Map<String, Object> bound = query.bind(parameters);
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(query.body(), bound).list(r -> r.asMap()));
        }
    }
}
