package charactergraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import charactergraph.api.neo4j.LocalNeo4j;
import charactergraph.api.neo4j.LocalNeo4jLauncher;
import charactergraph.api.testsupport.Ports;

/** The default run: nothing answers at the loopback URI, so the app starts its own Neo4j and stops it on close. */
class LocalNeo4jAppTest {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void startsItsOwnNeo4jReportsItHealthyAndStopsItOnShutdown() {
        int bolt = Ports.free();
        int http = Ports.free();
        LocalNeo4jLauncher launcher;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + bolt,
                "neo4j.local.http-port", http,
                "neo4j.local.data-dir", tmp.resolve("data").toString(),
                "neo4j.local.heap", "384m",
                "neo4j.local.page-cache", "32m"), "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            launcher = server.getApplicationContext().getBean(LocalNeo4j.class).launcher().orElseThrow();
            assertTrue(launcher.isRunning());

            Map<String, Object> health = client.toBlocking().retrieve(HttpRequest.GET("/health"),
                    Argument.mapOf(String.class, Object.class));
            Map<String, Object> neo4j = (Map<String, Object>) ((Map<String, Object>) health.get("details")).get("neo4j");
            assertEquals("UP", neo4j.get("status"));
            assertEquals(true, ((Map<String, Object>) neo4j.get("details")).get("startedByApp"));

            Map<String, Object> stats = client.toBlocking().retrieve(HttpRequest.GET("/api/stats"),
                    Argument.mapOf(String.class, Object.class));
            assertEquals(0, ((Number) stats.get("nodes")).intValue());
        }
        assertFalse(launcher.isRunning(), "closing the app stops its Neo4j");
        assertTrue(Ports.isFree(bolt), "Bolt port released");
        assertTrue(Ports.isFree(http), "HTTP port released");
    }
}
