package charactergraph.api.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import charactergraph.api.neo4j.LocalNeo4jLauncher;
import charactergraph.api.neo4j.Neo4jServerCommand;
import charactergraph.api.testsupport.Ports;

/**
 * Neo4j stops under the running app (a Neo4j the app did not start, as with an external server): every endpoint
 * answers 503 with a problem body within a bounded time, /health says DOWN, and when Neo4j is back on the same
 * address the same app answers again, with the same data, without a restart.
 */
class Neo4jOutageTest {
    static final long BOUND_MS = 20_000;
    static final List<String> READS = List.of("/api/stats", "/api/characters", "/api/characters?q=nora",
            "/api/characters/outage/nora", "/api/characters/Nora/network?depth=2", "/api/characters/Nora/knowledge",
            "/api/paths/shortest?from=Nora&to=Owen", "/api/paths?from=Nora&to=Owen", "/api/secrets",
            "/api/secrets/outage%2Fx", "/api/documents", "/api/export?format=csv", "/api/stories/outage/graph");

    @TempDir
    Path tmp;

    LocalNeo4jLauncher start(int bolt, int http) {
        return LocalNeo4jLauncher.start(new LocalNeo4jLauncher.Options(tmp.resolve("graph"), bolt, http, "384m", "32m",
                "", Duration.ofSeconds(120), Neo4jServerCommand.locate("")));
    }

    @Test
    void answers503WhileNeo4jIsDownAndRecoversWhenItIsBack() throws Exception {
        int bolt = Ports.free();
        int httpPort = Ports.free();
        LocalNeo4jLauncher neo4j = start(bolt, httpPort);
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
            driver.executableQuery("""
                    CREATE (o:Character {id: 'outage/owen', name: 'Owen', names: ['owen'], aliases: [], story: 'outage'}),
                           (n:Character {id: 'outage/nora', name: 'Nora', names: ['nora'], aliases: [], story: 'outage'}),
                           (n)-[:SIBLING_OF {quote: 'q', quotes: ['q'], sources: ['d']}]->(o)
                    """).execute();
        }
        // The local Neo4j listens on loopback only: Bolt and HTTP are not reachable on another address of the machine.
        SecurityTest.nonLoopbackAddress().ifPresent(external -> {
            assertTrue(!SecurityTest.connects(external, bolt), "Bolt reachable on " + external);
            assertTrue(!SecurityTest.connects(external, httpPort), "HTTP reachable on " + external);
        });
        assertTrue(SecurityTest.connects(java.net.InetAddress.getLoopbackAddress(), bolt));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", "bolt://127.0.0.1:" + bolt,
                "neo4j.local.enabled", "false",
                "neo4j.transaction-retry-time", "1s"), "test")) {
            JsonMapper json = app.getApplicationContext().getBean(JsonMapper.class);
            String base = app.getURL().toString();
            HttpResponse<String> stats = get(http, base + "/api/stats");
            assertEquals(200, stats.statusCode(), stats.body());
            assertEquals(200, get(http, base + "/api/characters/Nora/network").statusCode());

            neo4j.stop();
            // All at once, as users would keep asking: each must get its 503 within the bound.
            List<java.util.concurrent.CompletableFuture<long[]>> answers = new java.util.ArrayList<>();
            for (String uri : READS) {
                long t0 = System.nanoTime();
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofSeconds(60))
                        .build(), HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                            long ms = (System.nanoTime() - t0) / 1_000_000;
                            assertEquals(503, r.statusCode(), uri + ": " + r.body());
                            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), uri);
                            try {
                                Map<?, ?> problem = json.readValue(r.body(), Map.class);
                                assertEquals(503, ((Number) problem.get("status")).intValue(), r.body());
                                assertTrue(String.valueOf(problem.get("detail")).contains("Neo4j"), r.body());
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            System.out.println("[Neo4jOutageTest] " + uri + " -> 503 in " + ms + " ms");
                            return new long[] {ms};
                        }));
            }
            for (int i = 0; i < READS.size(); i++) {
                long ms = answers.get(i).get(BOUND_MS * 2, java.util.concurrent.TimeUnit.MILLISECONDS)[0];
                assertTrue(ms < BOUND_MS, READS.get(i) + " answered after " + ms + " ms");
            }
            HttpResponse<String> query = http.send(HttpRequest.newBuilder(URI.create(base + "/api/queries/killings"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, query.statusCode(), query.body());
            HttpResponse<String> health = get(http, base + "/health");
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("\"DOWN\""), health.body());

            neo4j = start(bolt, httpPort);
            long t0 = System.nanoTime();
            HttpResponse<String> back = get(http, base + "/api/stats");
            while (back.statusCode() != 200 && System.nanoTime() - t0 < 60_000_000_000L) {
                Thread.sleep(250);
                back = get(http, base + "/api/stats");
            }
            System.out.println("[Neo4jOutageTest] answering again " + (System.nanoTime() - t0) / 1_000_000
                    + " ms after Neo4j answered Bolt");
            assertEquals(200, back.statusCode(), back.body());
            assertEquals(stats.body(), back.body(), "the same graph, through the same app");
            assertEquals(200, get(http, base + "/health").statusCode());
            assertEquals(200, get(http, base + "/api/paths/shortest?from=Nora&to=Owen").statusCode());
        } finally {
            neo4j.stop();
        }
    }

    static HttpResponse<String> get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
