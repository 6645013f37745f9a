package charactergraph.api.neo4j;

import java.net.URI;
import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where Neo4j is and how to reach it. Every key can be set in application.yml, as a system property
 * ({@code -Dneo4j.uri=...}) or as an environment variable ({@code NEO4J_URI}, {@code NEO4J_LOCAL_DATA_DIR}, ...).
 */
@ConfigurationProperties("neo4j")
public class Neo4jSettings {
    private URI uri = URI.create("bolt://127.0.0.1:7687");
    private String username = "";
    private String password = "";
    /** Empty means the server's default database. */
    private String database = "";
    /** How long to keep trying to reach a Neo4j that does not answer before giving up. */
    private Duration connectTimeout = Duration.ofSeconds(20);
    /** How long a read is retried on transient failures; short, because an HTTP client is waiting. */
    private Duration transactionRetryTime = Duration.ofSeconds(5);
    /** Every API query's transaction timeout: a query that runs longer is stopped and answered 503. */
    private Duration queryTimeout = Duration.ofSeconds(5);
    /**
     * How long a request waits for Neo4j's answer to a read before it is answered 503. The query timeout cannot do
     * this: Neo4j enforces it, so a Neo4j that hangs never does, and the driver has no read timeout of its own. Null
     * means the query timeout plus 5 s, which leaves the query timeout the first say.
     */
    private Duration readDeadline;
    /** The same for a write (an article, its removal, the schema): generous, as a large article takes minutes. */
    private Duration writeDeadline = Duration.ofMinutes(5);
    /**
     * Threads that talk to Neo4j on behalf of requests. A bound, so that requests stuck on a hung Neo4j cannot pile
     * up threads without end: once every one is stuck past its deadline, requests are refused at once.
     */
    private int workers = 64;

    public URI getUri() {
        return uri;
    }

    public void setUri(URI uri) {
        this.uri = uri;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database == null ? "" : database;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getTransactionRetryTime() {
        return transactionRetryTime;
    }

    public void setTransactionRetryTime(Duration transactionRetryTime) {
        this.transactionRetryTime = transactionRetryTime;
    }

    public Duration getQueryTimeout() {
        return queryTimeout;
    }

    public void setQueryTimeout(Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
    }

    public Duration getReadDeadline() {
        return readDeadline != null ? readDeadline : queryTimeout.plusSeconds(5);
    }

    public void setReadDeadline(Duration readDeadline) {
        this.readDeadline = readDeadline;
    }

    public Duration getWriteDeadline() {
        return writeDeadline;
    }

    public void setWriteDeadline(Duration writeDeadline) {
        this.writeDeadline = writeDeadline;
    }

    public int getWorkers() {
        return workers;
    }

    public void setWorkers(int workers) {
        this.workers = workers;
    }

    /** True for a plain (unencrypted) Bolt or routing URI on this machine: only then may the app start Neo4j. */
    public boolean isLoopbackUri() {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean plain = scheme.equals("bolt") || scheme.equals("neo4j");
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")
                || host.equals("::1");
        return plain && loopback;
    }

    public int boltPort() {
        return uri.getPort() > 0 ? uri.getPort() : 7687;
    }
}
