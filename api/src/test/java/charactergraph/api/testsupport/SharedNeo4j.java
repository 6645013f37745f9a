package charactergraph.api.testsupport;

import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One Neo4j Harness per test JVM (the first start costs seconds, a wipe a fraction of one). Bolt only: the web
 * server is disabled because its Jetty and Jersey clash with the versions Micronaut's BOM brings to this class path.
 * (The app itself never meets these clashes: its default Neo4j runs in a JVM of its own, module neo4j-server.)
 * Test classes call {@link #wipe()} before they add their own fixture.
 */
public final class SharedNeo4j {
    private static Neo4j neo4j;

    private SharedNeo4j() {
    }

    public static synchronized Neo4j instance() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    // The in-JVM Bolt channel fails under the Netty 4.2 that Micronaut brings; it only serves the
                    // (disabled) HTTP Query API, so switching it off costs nothing. TCP Bolt works.
                    .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .build();
            Neo4j started = neo4j;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-neo4j-shutdown"));
        }
        return neo4j;
    }

    /** Properties that point the app at the shared harness and keep it from starting a Neo4j of its own. */
    public static Map<String, String> appProperties() {
        return Map.of("neo4j.uri", instance().boltURI().toString(), "neo4j.local.enabled", "false");
    }

    /** Deletes everything, so each test class starts from an empty graph. */
    public static void wipe() {
        run("MATCH (n) DETACH DELETE n");
    }

    /** Runs a fixture statement (tests keep their small graphs inline, next to the assertions). */
    public static void run(String cypher) {
        instance().defaultDatabaseService().executeTransactionally(cypher);
    }
}
