package charactergraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import charactergraph.api.testsupport.NotNeo4jServer;
import charactergraph.api.testsupport.Ports;

/** Bad configuration ends start-up with one clear sentence: what is wrong and which setting changes it. */
class StartupProblemsTest {
    @TempDir
    Path tmp;

    private static String startupMessage(Map<String, Object> properties) {
        Throwable failure = assertThrows(Throwable.class, () -> {
            try (ApplicationContext ignored = ApplicationContext.run(properties, "test")) {
                // started: not expected
            }
        });
        return Application.explain(failure);
    }

    @Test
    void aLocalBoltPortHeldByAnotherProgramIsNamed() {
        try (NotNeo4jServer other = new NotNeo4jServer()) {
            String message = startupMessage(Map.of("neo4j.uri", "bolt://127.0.0.1:" + other.port(),
                    "neo4j.local.data-dir", tmp.resolve("data").toString()));

            assertTrue(message.contains("port " + other.port() + " is in use by a program that is not Neo4j"), message);
            assertTrue(message.contains("NEO4J_URI"), message);
        }
    }

    @Test
    void anUnreachableNeo4jIsReportedWithinTheConnectTimeout() {
        long started = System.nanoTime();
        String message = startupMessage(Map.of("neo4j.uri", "bolt://neo4j.invalid:7687",
                "neo4j.connect-timeout", "2s"));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertTrue(message.startsWith("cannot reach Neo4j at bolt://neo4j.invalid:7687"), message);
        assertTrue(message.contains("NEO4J_URI"), message);
        assertTrue(seconds < 15, "gave up after " + seconds + " s");
    }

    @Test
    void withTheLauncherOffANeo4jThatIsNotThereIsUnreachableNotStarted() {
        int port = Ports.free();
        String message = startupMessage(Map.of("neo4j.uri", "bolt://127.0.0.1:" + port,
                "neo4j.local.enabled", "false", "neo4j.connect-timeout", "1s"));

        assertTrue(message.startsWith("cannot reach Neo4j at bolt://127.0.0.1:" + port), message);
        assertTrue(Ports.isFree(port), "no Neo4j was started");
    }

    @Test
    void theJarExitsNonZeroWithOneLineAndNoStackTrace() throws Exception {
        // The real entry point in its own JVM, as a user runs it, with an address that cannot answer.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Application.class.getName())
                .redirectErrorStream(true);
        builder.environment().put("NEO4J_URI", "bolt://neo4j.invalid:7687");
        builder.environment().put("NEO4J_CONNECT_TIMEOUT", "2s");
        builder.environment().put("MICRONAUT_SERVER_PORT", "-1");
        long started = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(ended, "exited within 30 s; output:\n" + output);
        assertEquals(1, process.exitValue(), output);
        List<String> errorLines = output.lines().filter(l -> l.startsWith("character-graph cannot start:")).toList();
        assertEquals(1, errorLines.size(), output);
        assertTrue(errorLines.get(0).contains("cannot reach Neo4j at bolt://neo4j.invalid:7687"), output);
        assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 30);
    }
}
