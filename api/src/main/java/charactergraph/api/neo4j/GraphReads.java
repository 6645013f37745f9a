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
import org.neo4j.driver.TransactionConfig;

import charactergraph.cypher.CypherResources;

/**
 * Runs a query from a {@code .cypher} file of module {@code cypher} in a read transaction, so that a cluster can
 * route it to any member, and maps each record. Query services use this; driver types stay inside them. Every
 * call runs through {@link Neo4jCalls}, so a Neo4j that hangs is a 503 after the read deadline, not a hang.
 */
@Singleton
public class GraphReads implements CypherReads {
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final SessionConfig readOnceConfig;
    private final Map<String, String> queries = new ConcurrentHashMap<>();
    private final TransactionConfig timeout;
    private final Neo4jCalls calls;

    public GraphReads(Driver driver, Neo4jSettings settings, Neo4jCalls calls) {
        this.driver = driver;
        this.calls = calls;
        this.sessionConfig = settings.getDatabase().isBlank() ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(settings.getDatabase());
        SessionConfig.Builder once = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        if (!settings.getDatabase().isBlank()) {
            once.withDatabase(settings.getDatabase());
        }
        this.readOnceConfig = once.build();
        this.timeout = TransactionConfig.builder().withTimeout(settings.getQueryTimeout()).build();
    }

    /**
     * {@code queryFile} is relative to {@code cypher/}, e.g. {@code api/stats-nodes-per-label.cypher}. Transient
     * failures (a cluster electing a leader, a dropped connection) are retried for {@code neo4j.transaction-retry-time}.
     */
    @Override
    public <T> List<T> list(String queryFile, Map<String, Object> parameters, Function<Record, T> mapper) {
        return listCypher(query(queryFile), parameters, mapper);
    }

    /**
     * Runs {@code work} in one read transaction (one session, with the query timeout for all of it): a request that
     * needs several queries (find two characters, then the path between them) pays for one transaction instead of
     * one per query. Exceptions {@code work} throws (such as an {@code ApiProblem}) end the transaction and reach
     * the caller unchanged; transient failures retry the whole of {@code work}.
     */
    public <R> R inOneTransaction(Function<CypherReads, R> work) {
        return calls.read(() -> {
            try (var session = driver.session(sessionConfig)) {
                return session.executeRead(tx -> work.apply(new CypherReads() {
                    @Override
                    public <T> List<T> list(String queryFile, Map<String, Object> parameters,
                                            Function<Record, T> mapper) {
                        return listCypher(query(queryFile), parameters, mapper);
                    }

                    // Already on a worker of Neo4jCalls, inside the deadline of the whole transaction.
                    @Override
                    public <T> List<T> listCypher(String query, Map<String, Object> parameters,
                                                  Function<Record, T> mapper) {
                        return tx.run(query, parameters).list(mapper::apply);
                    }
                }), timeout);
            }
        });
    }

    private String query(String queryFile) {
        return queries.computeIfAbsent(queryFile, CypherResources::read);
    }

    /**
     * Runs Cypher text that comes from a {@code .cypher} file already read (the canned-query catalogue) in a read
     * transaction with the query timeout ({@code neo4j.query-timeout}): Neo4j refuses writes in it, and stops it when
     * it runs too long.
     */
    @Override
    public <T> List<T> listCypher(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
        return calls.read(() -> {
            try (var session = driver.session(sessionConfig)) {
                return session.executeRead(tx -> tx.run(query, parameters).list(mapper::apply), timeout);
            }
        });
    }

    /**
     * One attempt, no retries, as a read: for health checks, which must answer quickly when Neo4j is gone. Within
     * the read deadline too, since a hung Neo4j must read as DOWN rather than hold the health check.
     */
    public <T> List<T> listOnce(String queryFile, Map<String, Object> parameters, Function<Record, T> mapper) {
        String query = query(queryFile);
        return calls.read(() -> {
            try (var session = driver.session(readOnceConfig)) {
                return session.run(query, parameters).list(mapper::apply);
            }
        });
    }
}
