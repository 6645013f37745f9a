package charactergraph.api.testsupport;

import java.util.Map;

import org.neo4j.harness.Neo4j;

import charactergraph.testsupport.Neo4jHarness;

/**
 * The api tests' view of the JVM's one Neo4j Harness ({@link Neo4jHarness}, Bolt only, see there why), with the
 * settings that point the app at it. Test classes call {@link #wipe()} before they add their own fixture.
 */
public final class SharedNeo4j {
    private SharedNeo4j() {
    }

    public static Neo4j instance() {
        return Neo4jHarness.neo4j();
    }

    /** Properties that point the app at the shared harness and keep it from starting a Neo4j of its own. */
    public static Map<String, String> appProperties() {
        return Map.of("neo4j.uri", instance().boltURI().toString(), "neo4j.local.enabled", "false");
    }

    /** Deletes everything, so each test class starts from an empty graph. */
    public static void wipe() {
        Neo4jHarness.wipe();
    }

    /** Runs a fixture statement (tests keep their small graphs inline, next to the assertions). */
    public static void run(String cypher) {
        instance().defaultDatabaseService().executeTransactionally(cypher);
    }
}
