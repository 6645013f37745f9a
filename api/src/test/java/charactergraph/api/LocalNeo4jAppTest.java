package charactergraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.junit.jupiter.api.io.TempDir;

import charactergraph.api.neo4j.LocalNeo4j;
import charactergraph.api.neo4j.LocalNeo4jLauncher;
import charactergraph.api.testsupport.Ports;
import charactergraph.api.testsupport.SharedNeo4j;

/** The default run: nothing answers at the loopback URI, so the app starts its own Neo4j and stops it on close. */
class LocalNeo4jAppTest {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void startsItsOwnNeo4jReportsItsStateAndStopsItOnShutdown() throws Exception {
        int bolt = Ports.free();
        int http = Ports.free();
        LocalNeo4jLauncher launcher;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + bolt,
                "neo4j.local.http-port", http,
                "neo4j.local.data-dir", tmp.resolve("data").toString(),
                "neo4j.local.heap", "384m",
                "neo4j.local.page-cache", "32m",
                "neo4j.transaction-retry-time", "1s"), "test");
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

            // Neo4j goes away while the app runs: health says DOWN, the API answers 503 with a problem.
            launcher.stop();
            HttpClientResponseException down = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET("/health"), String.class));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, down.getStatus());
            assertTrue(down.getResponse().getBody(String.class).orElseThrow().contains("\"DOWN\""));
            HttpClientResponseException unavailable = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET("/api/stats"), String.class));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, unavailable.getStatus());
            assertEquals("application/problem+json",
                    unavailable.getResponse().getContentType().orElseThrow().toString());
            Map<?, ?> problem = server.getApplicationContext().getBean(JsonMapper.class).readValue(
                    unavailable.getResponse().getBody(String.class).orElseThrow(), Map.class);
            assertEquals(503, ((Number) problem.get("status")).intValue());
            assertTrue(String.valueOf(problem.get("detail")).startsWith("Neo4j is not reachable"), problem.toString());
        }
        assertFalse(launcher.isRunning(), "closing the app stops its Neo4j");
        assertTrue(Ports.isFree(bolt), "Bolt port released");
        assertTrue(Ports.isFree(http), "HTTP port released");
    }

    @Test
    void usesANeo4jThatAlreadyAnswersAndStartsNone() {
        String harness = SharedNeo4j.instance().boltURI().toString();
        try (ApplicationContext context = ApplicationContext.run(Map.of("neo4j.uri", harness,
                "neo4j.local.data-dir", tmp.resolve("unused").toString()), "test")) {
            assertTrue(context.getBean(LocalNeo4j.class).launcher().isEmpty(), "no child started");
            assertFalse(java.nio.file.Files.exists(tmp.resolve("unused")), "no data directory made");
            assertEquals(1, context.getBean(Driver.class).executableQuery("RETURN 1 AS one").execute()
                    .records().get(0).get("one").asInt());
        }
    }
}
