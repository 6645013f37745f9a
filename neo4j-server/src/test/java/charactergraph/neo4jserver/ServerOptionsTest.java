package charactergraph.neo4jserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerOptionsTest {
    @Test
    void defaultsAreLoopbackStandardPortsAndASmallPageCache() {
        ServerOptions options = ServerOptions.parse(new String[0]);

        assertEquals(Path.of("data"), options.dataDir());
        assertEquals("127.0.0.1", options.address());
        assertEquals(7687, options.boltPort());
        assertEquals(7474, options.httpPort());
        assertEquals(128L << 20, options.pageCacheBytes());
        assertNull(options.browserPostConnectCmd());
        assertNull(options.parentPid());
    }

    @Test
    void readsSpaceAndEqualsFormsIncludingACommandWithSpaces() {
        ServerOptions options = ServerOptions.parse(new String[] {"--bolt-port", "7688", "--http-port=7475",
                "--page-cache", "1g", "--browser-post-connect-cmd", ":play http://localhost:8080/guide.html",
                "--parent-pid", "42", "--data-dir", "/srv/graph"});

        assertEquals(7688, options.boltPort());
        assertEquals(7475, options.httpPort());
        assertEquals(1L << 30, options.pageCacheBytes());
        assertEquals(":play http://localhost:8080/guide.html", options.browserPostConnectCmd());
        assertEquals(42L, options.parentPid());
        assertEquals(Path.of("/srv/graph"), options.dataDir());
    }

    @Test
    void badValuesAreExplained() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> ServerOptions.parse(new String[] {"--bolt-port", "70000"}));
        assertTrue(port.getMessage().contains("--bolt-port"), port.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ServerOptions.parse(new String[] {"--colour", "red"}));
        assertTrue(unknown.getMessage().contains("--colour"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(new String[] {"--page-cache", "lots"}));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(new String[] {"--data-dir"}));
    }

    @Test
    void theDataDirectoryIsNormalizedAndMustBeWritable(@TempDir Path tmp) throws Exception {
        assertEquals(tmp.resolve("b").toAbsolutePath(),
                LocalNeo4jServer.prepareDataDirectory(tmp.resolve("a").resolve("..").resolve("b")));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        LocalNeo4jServer.StartupFailure failure = assertThrows(LocalNeo4jServer.StartupFailure.class,
                () -> LocalNeo4jServer.prepareDataDirectory(file.resolve("data")));
        assertEquals(LocalNeo4jServer.EXIT_DATA_DIR, failure.exitStatus);
        assertTrue(failure.getMessage().contains(file.resolve("data").toString()), failure.getMessage());
    }
}
