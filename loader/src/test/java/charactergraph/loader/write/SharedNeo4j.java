package charactergraph.loader.write;

import org.neo4j.driver.Driver;

import charactergraph.testsupport.Neo4jHarness;

/**
 * The loader's view of the JVM's one Neo4j Harness ({@link Neo4jHarness}): the same driver, with the schema
 * installed on first use. Test classes call {@link #wiped()} first.
 */
public final class SharedNeo4j {
    private static boolean schemaInstalled;

    private SharedNeo4j() {
    }

    public static synchronized Driver driver() {
        Driver driver = Neo4jHarness.driver();
        if (!schemaInstalled) {
            new SchemaInstaller(driver).install();
            schemaInstalled = true;
        }
        return driver;
    }

    /** The harness's Bolt address, for code that makes its own driver (the load command). */
    public static String boltUri() {
        driver();
        return Neo4jHarness.boltUri().toString();
    }

    /** The shared driver over an empty graph (schema kept). */
    public static Driver wiped() {
        Driver d = driver();
        Neo4jHarness.wipe();
        return d;
    }
}
