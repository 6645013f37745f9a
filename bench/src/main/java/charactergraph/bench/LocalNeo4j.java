package charactergraph.bench;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The product's local Neo4j ({@code neo4j-server.jar}, module neo4j-server's LocalNeo4jServer) in a process of its
 * own, on free loopback ports, with its data under bench/target: the same server the API starts by default.
 */
final class LocalNeo4j implements AutoCloseable {
    final ChildProcess process;
    final int boltPort;
    final int httpPort;
    final double startSeconds;

    private LocalNeo4j(ChildProcess process, int boltPort, int httpPort, double startSeconds) {
        this.process = process;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
        this.startSeconds = startSeconds;
    }

    static LocalNeo4j start(Repo repo, Path dataDir, boolean fresh, String heap, String pageCache, PrintStream progress)
            throws InterruptedException {
        if (fresh) {
            deleteTree(dataDir);
        }
        int bolt = ChildProcess.freePort();
        int http = ChildProcess.freePort();
        progress.printf("  starting Neo4j (heap %s, page cache %s) on bolt %d, http %d, data %s%n", heap, pageCache,
                bolt, http, dataDir);
        ChildProcess p = ChildProcess.startJar("neo4j", repo.neo4jServerJar(), List.of("-Xmx" + heap, "-Xms" + heap),
                List.of("--data-dir", dataDir.toString(), "--bolt-port", Integer.toString(bolt),
                        "--http-port", Integer.toString(http), "--page-cache", pageCache,
                        "--parent-pid", Long.toString(ProcessHandle.current().pid())),
                repo.root, Map.of(), dataDir.getParent().resolve(dataDir.getFileName() + "-neo4j.log"), "NEO4J READY");
        double s = p.awaitMarker(Duration.ofSeconds(180));
        progress.printf("  Neo4j ready in %.1f s%n", s);
        return new LocalNeo4j(p, bolt, http, s);
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    String httpBase() {
        return "http://127.0.0.1:" + httpPort;
    }

    Driver driver(int maxPool) {
        return GraphDatabase.driver(boltUri(), AuthTokens.none(), Config.builder()
                .withMaxConnectionPoolSize(maxPool)
                .withoutEncryption()
                .withLogging(org.neo4j.driver.Logging.none())
                .build());
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(System.err);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
