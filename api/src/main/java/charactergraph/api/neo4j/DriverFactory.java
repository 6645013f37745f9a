package charactergraph.api.neo4j;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import charactergraph.api.StartupProblem;

/** The one Neo4j {@link Driver} of the app, checked at start-up so a wrong {@code NEO4J_URI} fails fast and clearly. */
@Factory
public class DriverFactory {
    private static final Logger LOG = LoggerFactory.getLogger(DriverFactory.class);

    /** Depends on {@link LocalNeo4j} so that a local Neo4j is up (or known to be absent) before connecting. */
    @Context
    @Bean(preDestroy = "close")
    public Driver driver(Neo4jSettings settings, LocalNeo4j localNeo4j) {
        AuthToken auth = settings.getUsername().isBlank() ? AuthTokens.none()
                : AuthTokens.basic(settings.getUsername(), settings.getPassword());
        Config config = Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(settings.getTransactionRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .withLogging(Logging.slf4j())
                .withUserAgent("character-graph")
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(settings.getUri(), auth, config);
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("NEO4J_URI '" + settings.getUri() + "' is not a Neo4j URI (" + e.getMessage()
                    + "). Use bolt://host:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io.");
        }
        try {
            verify(driver, settings);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return driver;
    }

    /** Retries until {@code neo4j.connect-timeout}: a server that is still starting gets a moment to answer. */
    static void verify(Driver driver, Neo4jSettings settings) {
        long deadline = System.nanoTime() + settings.getConnectTimeout().toNanos();
        boolean told = false;
        while (true) {
            try {
                driver.verifyConnectivity();
                LOG.info("Connected to Neo4j at {}", settings.getUri());
                return;
            } catch (AuthenticationException e) {
                throw new StartupProblem("Neo4j at " + settings.getUri() + " rejected the credentials: " + e.getMessage()
                        + " Set NEO4J_USERNAME and NEO4J_PASSWORD.");
            } catch (SecurityException e) {
                throw new StartupProblem("cannot open a secure connection to Neo4j at " + settings.getUri() + ": "
                        + e.getMessage());
            } catch (Neo4jException | IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw new StartupProblem("cannot reach Neo4j at " + settings.getUri() + " (tried for "
                            + seconds(settings.getConnectTimeout()) + " s: " + e.getMessage() + "). Check NEO4J_URI and"
                            + " that the server runs, or unset NEO4J_URI to use the Neo4j the app starts itself.");
                }
                if (!told) {
                    LOG.info("Waiting for Neo4j at {} ({})", settings.getUri(), e.getMessage());
                    told = true;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StartupProblem("interrupted while connecting to Neo4j at " + settings.getUri());
                }
            }
        }
    }

    private static long seconds(Duration d) {
        return d.toSeconds();
    }
}
