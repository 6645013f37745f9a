package charactergraph.api.neo4j;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.inject.Singleton;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

import charactergraph.cypher.CypherResources;

/**
 * Runs a query from a {@code .cypher} file of module {@code cypher} in a read transaction, so that a cluster can
 * route it to any member, and maps each record. Query services use this; driver types stay inside them.
 */
@Singleton
public class GraphReads {
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final SessionConfig readOnceConfig;
    private final Map<String, String> queries = new ConcurrentHashMap<>();

    public GraphReads(Driver driver, Neo4jSettings settings) {
        this.driver = driver;
        this.sessionConfig = settings.getDatabase().isBlank() ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(settings.getDatabase());
        SessionConfig.Builder once = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        if (!settings.getDatabase().isBlank()) {
            once.withDatabase(settings.getDatabase());
        }
        this.readOnceConfig = once.build();
    }

    /**
     * {@code queryFile} is relative to {@code cypher/}, e.g. {@code app/stats-nodes-per-label.cypher}. Transient
     * failures (a cluster electing a leader, a dropped connection) are retried for {@code neo4j.transaction-retry-time}.
     */
    public <T> List<T> list(String queryFile, Map<String, Object> parameters, Function<Record, T> mapper) {
        String query = queries.computeIfAbsent(queryFile, CypherResources::read);
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(query, parameters).list(mapper::apply));
        }
    }

    /** One attempt, no retries, as a read: for health checks, which must answer quickly when Neo4j is gone. */
    public <T> List<T> listOnce(String queryFile, Map<String, Object> parameters, Function<Record, T> mapper) {
        String query = queries.computeIfAbsent(queryFile, CypherResources::read);
        try (var session = driver.session(readOnceConfig)) {
            return session.run(query, parameters).list(mapper::apply);
        }
    }
}
