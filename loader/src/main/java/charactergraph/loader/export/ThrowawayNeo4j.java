package charactergraph.loader.export;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An in-process Neo4j in a temporary directory, Bolt on a free loopback port, auth off, small page cache; deleted on
 * {@link #close()}. The cypher command writes articles into it with the product's own writer and exports the result,
 * so the script cannot drift from what the writer builds. Starting one takes a few seconds, far less than the NLP.
 */
public final class ThrowawayNeo4j implements AutoCloseable {
    private final Path home;
    private final DatabaseManagementService dbms;
    private final Driver driver;

    public ThrowawayNeo4j() {
        try {
            home = Files.createTempDirectory("charactergraph-export").toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the export database", e);
        }
        int port = freePort();
        dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
    }

    public Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        dbms.shutdown();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is not worth failing an export for.
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port for the export database", e);
        }
    }
}
