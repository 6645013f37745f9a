package charactergraph.testsupport;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One Neo4j Harness per test JVM, started on first use and stopped (with its driver) when the JVM exits. Starting
 * one costs seconds, wiping it a fraction of one, so test classes share it and wipe it first. Each module keeps a
 * thin facade of its own over this class (cypher: TestNeo4j, loader and api: SharedNeo4j).
 *
 * <p>Bolt only: the web server is disabled because its Jetty and Jersey clash with the versions Micronaut's BOM
 * brings to the api module's test class path (the app itself never meets these clashes: its default Neo4j runs in a
 * JVM of its own, module neo4j-server).
 */
public final class Neo4jHarness {
    private static Neo4j neo4j;
    private static Driver driver;

    private Neo4jHarness() {
    }

    /** The running harness (started on first call). */
    public static synchronized Neo4j neo4j() {
        if (neo4j == null) {
            Neo4j started = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    // Without this a shutdown waits ~10 s for Netty's quiet period.
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    // The in-JVM Bolt channel fails under the Netty 4.2 that Micronaut brings to the api tests; it
                    // only serves the (disabled) HTTP Query API, so switching it off costs nothing. TCP Bolt works.
                    .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .build();
            neo4j = started;
            Runtime.getRuntime().addShutdownHook(new Thread(Neo4jHarness::close, "shared-neo4j-shutdown"));
        }
        return neo4j;
    }

    /** The harness's Bolt address, for code that makes its own driver. */
    public static URI boltUri() {
        return neo4j().boltURI();
    }

    /** One driver for the whole JVM (no authentication); callers must not close it. */
    public static synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(boltUri(), AuthTokens.none());
        }
        return driver;
    }

    /** Deletes every node and relationship; the schema (constraints, indexes) stays. */
    public static void wipe() {
        try (Session session = driver().session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private static synchronized void close() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }
}
