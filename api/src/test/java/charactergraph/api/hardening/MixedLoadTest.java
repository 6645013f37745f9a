package charactergraph.api.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.SeedGraph;
import charactergraph.api.testsupport.SharedNeo4jAppTest;

/**
 * A bounded load run on loopback: 10,000 requests from 32 concurrent clients over a mix of read endpoints on the
 * seed graph. No request may fail or get a 5xx, and the heap used after a full GC must not grow by more than
 * {@link #HEAP_GROWTH_BOUND_MB} between a warm-up and the end. Prints requests per second, p50, p99, max and the
 * heap figures (a measurement to report, not a speed assertion).
 */
@MicronautTest
class MixedLoadTest extends SharedNeo4jAppTest {
    static final int REQUESTS = 10_000;
    static final int CONCURRENCY = 32;
    static final int WARM_UP = 500;
    static final long HEAP_GROWTH_BOUND_MB = 200;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    List<HttpRequest> mix;
    HttpClient http;

    @BeforeAll
    void seedAndBuildTheMix() throws Exception {
        SeedGraph.load();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        String base = server.getURL().toString();
        // Ids come from the graph itself, so the mix follows whatever the pipeline extracted.
        List<Map<String, Object>> characters = list(base + "/api/characters?limit=20");
        List<Map<String, Object>> secrets = list(base + "/api/secrets");
        assertTrue(characters.size() >= 4 && !secrets.isEmpty(), "the seed graph has characters and secrets");
        String a = (String) characters.get(0).get("id");
        String b = (String) characters.get(1).get("id");
        String c = (String) characters.get(2).get("id");
        String secret = (String) secrets.get(0).get("id");
        String firstName = ((String) characters.get(3).get("name")).split(" ")[0];
        mix = new ArrayList<>();
        for (String uri : List.of("/api/characters", "/api/characters?q=" + enc(firstName), "/api/characters/" + a,
                "/api/characters/" + b + "/network?depth=2", "/api/characters/" + c + "/knowledge",
                "/api/paths/shortest?from=" + enc(a) + "&to=" + enc(b),
                "/api/paths?from=" + enc(a) + "&to=" + enc(c) + "&maxHops=3&limit=10",
                "/api/secrets", "/api/secrets/" + secret, "/api/secrets?about=" + enc(firstName),
                "/api/stats", "/api/documents", "/health")) {
            mix.add(HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofSeconds(30)).build());
        }
        for (String[] q : List.of(new String[] {"killings", "{}"},
                new String[] {"secret-knowers", "{\"story\": \"all-her-fault\"}"},
                new String[] {"kept-from", "{\"character\": " + json.writeValueAsString(firstName) + "}"})) {
            mix.add(HttpRequest.newBuilder(URI.create(base + "/api/queries/" + q[0])).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(q[1])).build());
        }
        for (HttpRequest r : mix) {
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), r.uri() + " " + response.body());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    List<Map<String, Object>> list(String uri) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uri)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json.readValue(r.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void tenThousandMixedRequestsAt32ConcurrentGetNo5xxAndTheHeapStaysBounded() throws Exception {
        run(WARM_UP);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedAfterGc(memory);

        Result result = run(REQUESTS);
        long heapAfter = usedAfterGc(memory);

        long[] sorted = result.latenciesMicros.clone();
        Arrays.sort(sorted);
        double seconds = result.elapsedNanos / 1e9;
        System.out.printf("[MixedLoadTest] %d requests, concurrency %d, %d endpoints: %.0f req/s over %.1f s;"
                        + " latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; statuses %s;"
                        + " heap used after GC %d MB before, %d MB after (%+d MB), max heap %d MB%n",
                REQUESTS, CONCURRENCY, mix.size(), REQUESTS / seconds, seconds, pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted[sorted.length - 1] / 1000.0, new TreeMap<>(result.statuses),
                heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);

        assertEquals(0, result.failures.get(), "requests that failed without an answer: " + result.firstFailure);
        assertEquals(Map.of(200, REQUESTS), Map.copyOf(result.statuses), "every request answered 200");
        assertTrue(heapAfter - heapBefore < HEAP_GROWTH_BOUND_MB << 20,
                "heap used after GC grew by " + ((heapAfter - heapBefore) >> 20) + " MB");
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    record Result(long[] latenciesMicros, Map<Integer, Integer> statuses, AtomicInteger failures,
                  StringBuffer firstFailure, long elapsedNanos) {
    }

    Result run(int requests) throws Exception {
        long[] latencies = new long[requests];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        StringBuffer firstFailure = new StringBuffer();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < CONCURRENCY; t++) {
                futures.add(clients.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        HttpRequest request = mix.get(i % mix.size());
                        long start = System.nanoTime();
                        try {
                            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                            statuses.merge(r.statusCode(), 1, Integer::sum);
                        } catch (Exception e) {
                            if (failures.getAndIncrement() == 0) {
                                firstFailure.append(request.uri()).append(": ").append(e);
                            }
                        }
                        latencies[i] = (System.nanoTime() - start) / 1000;
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new Result(latencies, statuses, failures, firstFailure, System.nanoTime() - t0);
    }
}
