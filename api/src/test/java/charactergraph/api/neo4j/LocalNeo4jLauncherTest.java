package charactergraph.api.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import charactergraph.api.StartupProblem;
import charactergraph.api.testsupport.Ports;

/** Starts the real neo4j-server module as a child process (from its build output), twice on the same data. */
class LocalNeo4jLauncherTest {
    @TempDir
    Path tmp;

    private LocalNeo4jLauncher.Options options(Path dataDir, int boltPort, int httpPort) {
        return new LocalNeo4jLauncher.Options(dataDir, boltPort, httpPort, "384m", "32m", "", Duration.ofSeconds(120),
                Neo4jServerCommand.locate(""));
    }

    @Test
    void startsServesBoltAndBrowserKeepsDataAcrossARestartAndStops() throws Exception {
        int bolt = Ports.free();
        int http = Ports.free();
        // A path with ".." in it: Neo4j refuses non-normalized paths, the launcher must normalize.
        Path dataDir = tmp.resolve("x").resolve("..").resolve("graph");

        LocalNeo4jLauncher first = LocalNeo4jLauncher.start(options(dataDir, bolt, http));
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
            assertTrue(first.isRunning());
            assertEquals(1, driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt());
            driver.executableQuery("CREATE (:Marker {id: 'kept'})").execute();

            HttpResponse<String> browser = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/browser/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, browser.statusCode());
            assertTrue(browser.body().contains("<html"), "the Browser's page is served");
        } finally {
            first.stop();
        }
        assertFalse(first.isRunning());
        assertTrue(Ports.isFree(bolt), "Bolt port released");
        assertTrue(Ports.isFree(http), "HTTP port released");
        assertTrue(Files.isDirectory(tmp.resolve("graph").resolve("databases")), "data lives in the normalized dir");

        LocalNeo4jLauncher second = LocalNeo4jLauncher.start(options(dataDir, bolt, http));
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
            long kept = driver.executableQuery("MATCH (m:Marker {id: 'kept'}) RETURN count(m) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertEquals(1, kept, "the node written before the restart is still there");
        } finally {
            second.stop();
        }
        assertTrue(Ports.isFree(bolt) && Ports.isFree(http));
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsNamed() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        Path dataDir = file.resolve("data");

        StartupProblem problem = assertThrows(StartupProblem.class,
                () -> LocalNeo4jLauncher.start(options(dataDir, Ports.free(), Ports.free())));

        assertTrue(problem.getMessage().contains(dataDir.toString()), problem.getMessage());
        assertTrue(problem.getMessage().contains("cannot be written"), problem.getMessage());
        assertTrue(problem.getMessage().contains("NEO4J_LOCAL_DATA_DIR"), problem.getMessage());
    }

    @Test
    void aTakenHttpPortIsNamedWithTheSettingThatMovesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            StartupProblem problem = assertThrows(StartupProblem.class,
                    () -> LocalNeo4jLauncher.start(options(tmp.resolve("data"), Ports.free(), port)));

            assertTrue(problem.getMessage().contains("port " + port), problem.getMessage());
            assertTrue(problem.getMessage().contains("NEO4J_LOCAL_HTTP_PORT"), problem.getMessage());
        }
    }
}
