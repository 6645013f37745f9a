package charactergraph.loader.write;

import charactergraph.cypher.CypherResources;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.ArrayList;
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
                for (String statement : statements(CypherResources.read(file))) {
                    // Schema commands cannot share a transaction with each other's data; each runs on its own.
                    session.run(statement).consume();
                    count++;
                }
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        return count;
    }

    /** Splits a file into statements at semicolons that end a line, dropping comment lines. */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    static SessionConfig sessionConfig(String database) {
        return database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
    }
}
