package charactergraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One Neo4j Harness (Bolt only) for the whole test JVM: starting one costs seconds, wiping it well under one.
 * Test classes call {@link #freshGraph(String)} in their {@code @BeforeAll}.
 */
final class TestNeo4j {
    private static Neo4j neo4j;
    private static Driver driver;

    private TestNeo4j() {
    }

    static synchronized Driver driver() {
        if (driver == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }));
        }
        return driver;
    }

    static Session session() {
        return driver().session(SessionConfig.defaultConfig());
    }

    /** Empties the database and loads a fixture from the test class path, one statement per ';'-ended line. */
    static void freshGraph(String fixtureResource) {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
            if (fixtureResource != null) {
                for (String statement : statements(resource(fixtureResource))) {
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

    /** Splits a fixture into statements: a statement ends with a line ending in ';'; comment lines are skipped. */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("//") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** Runs a canned query in a read transaction and returns its rows as plain maps. */
    static List<Map<String, Object>> runRead(CannedQuery query, Map<String, ?> parameters) {
        Map<String, Object> bound = query.bind(parameters);
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(query.body(), bound).list(r -> r.asMap()));
        }
    }
}
