package charactergraph.loader.write;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One Neo4j Harness per test JVM (Bolt only), started on first use and stopped when the JVM exits. Starting one
 * takes seconds, wiping it a fraction of a second, so test classes share it and call {@link #wiped()} first.
 */
public final class SharedNeo4j {
    private static Neo4j neo4j;
    private static Driver driver;

    private SharedNeo4j() {
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
            new SchemaInstaller(driver).install();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }, "shared-neo4j-shutdown"));
        }
        return driver;
    }

    /** The harness's Bolt address, for code that makes its own driver (the load command). */
    public static String boltUri() {
        driver();
        return neo4j.boltURI().toString();
    }

    /** The shared driver over an empty graph (schema kept). */
    public static Driver wiped() {
        Driver d = driver();
        try (Session session = d.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        return d;
    }
}
