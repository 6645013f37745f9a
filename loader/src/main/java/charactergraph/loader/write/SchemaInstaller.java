package charactergraph.loader.write;

import charactergraph.cypher.CypherResources;
import charactergraph.cypher.CypherStatements;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.List;

/**
 * Applies the schema files ({@code cypher/schema/*.cypher}: constraints, indexes, full-text indexes). Every
 * statement says IF NOT EXISTS, so installing on every start is safe. Waits until the indexes are online, so the
 * first load already uses them.
 */
public final class SchemaInstaller {
    /** The schema files, in the order they are applied. */
    public static final List<String> FILES = List.of(
            "schema/01-constraints.cypher", "schema/02-indexes.cypher", "schema/03-fulltext.cypher");

    private final Driver driver;
    private final String database;

    public SchemaInstaller(Driver driver) {
        this(driver, null);
    }

    public SchemaInstaller(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Applies every schema statement; returns how many statements ran. */
    public int install() {
        int count = 0;
        try (Session session = driver.session(sessionConfig(database))) {
            for (String file : FILES) {
                for (String statement : CypherStatements.split(CypherResources.read(file))) {
                    // Schema commands cannot share a transaction with each other's data; each runs on its own.
                    session.run(statement).consume();
                    count++;
                }
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        return count;
    }


    static SessionConfig sessionConfig(String database) {
        return database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
    }
}
