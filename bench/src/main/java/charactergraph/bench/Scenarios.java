package charactergraph.bench;

import charactergraph.cypher.CannedQueries;
import charactergraph.cypher.CypherResources;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The questions the load test asks, each three ways: the product's HTTP API; the same Cypher statements, in the
 * same order, through the Java driver (read transactions with the API's timeout, records fetched); and, where it
 * applies, the same statements through Neo4j's own HTTP Query API. The statements are the API's own files from
 * module cypher ({@code api/*.cypher}, the canned catalogue), read through CypherResources, never copies.
 */
final class Scenarios {
    /** Ids to ask about, sampled from the graph under test; request i uses entry i modulo the size. */
    record Targets(List<String[]> pairs, List<String[]> secrets, List<String> knowers) {
        static Targets sample(Driver driver, int n, List<String> stories) {
            Map<String, Object> p = new HashMap<>();
            p.put("n", (long) n);
            p.put("stories", stories);
            try (Session s = driver.session()) {
                List<String[]> pairs = s.executeRead(tx -> tx.run(CypherResources.read("bench/sample-pairs.cypher"),
                        p).list(r -> new String[]{r.get("from").asString(), r.get("to").asString()}));
                List<String[]> secrets = s.executeRead(tx -> tx.run(CypherResources.read("bench/sample-secrets.cypher"),
                        p).list(r -> new String[]{r.get("id").asString(), r.get("story").asString()}));
                List<String> knowers = s.executeRead(tx -> tx.run(CypherResources.read("bench/sample-knowers.cypher"),
                        p).list(r -> r.get("id").asString()));
                if (pairs.isEmpty() || secrets.isEmpty() || knowers.isEmpty()) {
                    throw new IllegalStateException("the graph has no character pairs two hops apart, or no known "
                            + "secrets: nothing to ask (pairs " + pairs.size() + ", secrets " + secrets.size() + ")");
                }
                return new Targets(pairs, secrets, knowers);
            }
        }

        String[] pair(int i) {
            return pairs.get(i % pairs.size());
        }

        String[] secret(int i) {
            return secrets.get(i % secrets.size());
        }

        String knower(int i) {
            return knowers.get(i % knowers.size());
        }
    }

    /** One statement of a scenario: Cypher text and its parameters for request i. */
    record Step(String cypher, IntFunction<Map<String, Object>> params) {
    }

    /** A question: its name, the API request for request i, and the statements the API runs for it. */
    record Scenario(String name, String what, IntFunction<HttpRequest> api, List<Step> steps) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Scenario> all(String apiBase, Targets t) {
        String find = CypherResources.read("api/find-character.cypher");
        IntFunction<Map<String, Object>> findFrom = i -> params("ref", t.pair(i)[0], "story", null);
        IntFunction<Map<String, Object>> findTo = i -> params("ref", t.pair(i)[1], "story", null);
        List<Scenario> out = new ArrayList<>();
        out.add(new Scenario("shortest path", "GET /api/paths/shortest (maxHops 6)",
                i -> get(apiBase + "/api/paths/shortest?from=" + enc(t.pair(i)[0]) + "&to=" + enc(t.pair(i)[1])),
                List.of(new Step(find, findFrom), new Step(find, findTo),
                        new Step(CypherResources.readWithBound("api/shortest-path.cypher", "{1,10}", "{1,%d}", 6), i -> params("from", t.pair(i)[0],
                                "to", t.pair(i)[1], "types", null, "maxHops", 6L, "limit", 1L)))));
        out.add(new Scenario("all paths", "GET /api/paths (maxHops 3, limit 25)",
                i -> get(apiBase + "/api/paths?maxHops=3&from=" + enc(t.pair(i)[0]) + "&to=" + enc(t.pair(i)[1])),
                List.of(new Step(find, findFrom), new Step(find, findTo),
                        new Step(CypherResources.readWithBound("api/all-paths.cypher", "*1..6]", "*1..%d]", 3), i -> params("from", t.pair(i)[0],
                                "to", t.pair(i)[1], "types", null, "maxHops", 3L, "limit", 25L)))));
        out.add(new Scenario("who knew a secret", "GET /api/secrets/{id}",
                i -> get(apiBase + "/api/secrets/" + t.secret(i)[0]),
                List.of(new Step(CypherResources.read("api/secret.cypher"), i -> params("id", t.secret(i)[0])))));
        out.add(new Scenario("what a character knew", "GET /api/characters/{id}/knowledge",
                i -> get(apiBase + "/api/characters/" + t.knower(i) + "/knowledge"),
                List.of(new Step(find, i -> params("ref", t.knower(i), "story", null)),
                        new Step(CypherResources.read("api/character-knowledge.cypher"),
                                i -> params("id", t.knower(i), "asOf", null)))));
        String canned = CannedQueries.load().get("secret-knowers")
                .orElseThrow(() -> new IllegalStateException("canned query secret-knowers is missing")).body();
        out.add(new Scenario("canned query secret-knowers", "POST /api/queries/secret-knowers",
                i -> HttpRequest.newBuilder(URI.create(apiBase + "/api/queries/secret-knowers"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json(params("story", t.secret(i)[1],
                                "secret", t.secret(i)[0])))).build(),
                List.of(new Step(canned, i -> params("story", t.secret(i)[1], "secret", t.secret(i)[0])))));
        return out;
    }

    // ---- the three ways of asking -----------------------------------------------------------------------------

    static LoadTest.Call viaApi(HttpClient client, Scenario s) {
        return i -> {
            HttpResponse<byte[]> r = client.send(s.api().apply(i), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " for " + r.uri() + ": "
                        + new String(r.body(), 0, Math.min(300, r.body().length), StandardCharsets.UTF_8));
            }
        };
    }

    /** As the API's GraphReads runs them: one session and one read transaction per statement, with the timeout. */
    static LoadTest.Call viaDriver(Driver driver, Scenario s, Duration queryTimeout) {
        TransactionConfig timeout = TransactionConfig.builder().withTimeout(queryTimeout).build();
        return i -> {
            for (Step step : s.steps()) {
                Map<String, Object> p = step.params().apply(i);
                try (Session session = driver.session()) {
                    session.executeRead(tx -> tx.run(step.cypher(), p).list(), timeout);
                }
            }
        };
    }

    /** Neo4j's HTTP Query API ({@code POST /db/neo4j/query/v2}), one request per statement. */
    static LoadTest.Call viaNeo4jHttp(HttpClient client, String neo4jHttpBase, Scenario s) {
        URI uri = URI.create(neo4jHttpBase + "/db/neo4j/query/v2");
        return i -> {
            for (Step step : s.steps()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("statement", step.cypher());
                body.put("parameters", step.params().apply(i));
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json(body))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() / 100 != 2) {
                    throw new IllegalStateException("Neo4j HTTP " + r.statusCode() + ": "
                            + new String(r.body(), 0, Math.min(300, r.body().length), StandardCharsets.UTF_8));
                }
            }
        };
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], kv[k + 1]);
        }
        return m;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
