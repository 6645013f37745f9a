package charactergraph.api.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Set;
import java.util.stream.Stream;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import charactergraph.api.testsupport.GraphFingerprint;
import charactergraph.api.testsupport.SeedGraph;
import charactergraph.api.testsupport.SharedNeo4jAppTest;

/**
 * Every endpoint, fed hostile input: empty and white-space values, control characters, invalid UTF-8, very long
 * values and bodies, Cypher-injection attempts, bad numbers, unknown relationship types, malformed JSON, wrong
 * content types and missing tokens. No answer is a 5xx; every error is problem+json with a detail and no Java stack
 * trace; the rows that must be refused get exactly their 4xx; and the seed graph is byte-for-byte the same after
 * every request (node and relationship counts and a hash of all content).
 */
@MicronautTest
class HostileInputTest extends SharedNeo4jAppTest {
    static final String TOKEN = "hostile-input-token";
    static final String INJECTION = "'}) DETACH DELETE n //";
    static final Set<Integer> ANY_4XX = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 414, 415, 422, 431);
    static final Set<Integer> OK_OR_4XX;

    static {
        var s = new java.util.HashSet<>(ANY_4XX);
        s.add(200);
        OK_OR_4XX = Set.copyOf(s);
    }

    /** One request and the statuses it may get. */
    record Row(String name, String method, String uri, byte[] body, String contentType, String token,
               Set<Integer> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    GraphFingerprint before;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("api.write-token", TOKEN);
    }

    @BeforeAll
    void seed() {
        SeedGraph.load();
        before = GraphFingerprint.ofSharedNeo4j();
        assertTrue(before.nodes() > 10 && before.relationships() > 10, before.toString());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String seg(String s) {
        return q(s).replace("+", "%20");
    }

    /** Every GET endpoint with each string slot as %s. */
    static final List<String> TEMPLATES = List.of(
            "/api/characters?q=%s", "/api/characters?story=%s", "/api/characters?limit=%s",
            "/api/characters/%s", "/api/characters/%s?story=%s", "/api/characters/all-her-fault/%s",
            "/api/characters/%s/network", "/api/characters/Peter/network?depth=%s",
            "/api/characters/%s/knowledge", "/api/characters/Peter/knowledge?asOf=%s",
            "/api/characters/all-her-fault/%s/network?depth=%s", "/api/characters/%s/%s/knowledge?asOf=%s",
            "/api/paths/shortest?from=%s&to=Josie", "/api/paths/shortest?from=Marissa&to=%s",
            "/api/paths/shortest?from=Marissa&to=Josie&types=%s", "/api/paths/shortest?from=Marissa&to=Josie&maxHops=%s",
            "/api/paths/shortest?from=Marissa&to=Josie&story=%s",
            "/api/paths?from=%s&to=%s", "/api/paths?from=Marissa&to=Josie&types=%s",
            "/api/paths?from=Marissa&to=Josie&maxHops=%s", "/api/paths?from=Marissa&to=Josie&limit=%s",
            "/api/secrets?about=%s", "/api/secrets?story=%s", "/api/secrets/%s", "/api/secrets/%s?asOf=%s",
            "/api/secrets/all-her-fault/%s",
            "/api/export?format=%s", "/api/export?format=csv&story=%s",
            "/api/documents/%s", "/browser/%s", "/api/queries/%s", "/%s",
            "/api/stories?limit=%s", "/api/stories/%s/graph", "/api/stories/all-her-fault/graph?asOf=%s",
            "/api/stories/all-her-fault/graph?limit=%s", "/api/documents/%s/text", "/stories/%s");

    /** Values for any string slot: each is sent percent-encoded (invalid UTF-8 as raw escapes). */
    static List<String[]> hostileValues() {
        return List.of(
                new String[] {"empty", ""},
                new String[] {"blank", seg("   \t ")},
                new String[] {"control", seg("\u0001\u0002\u0007\u001b[2J")},
                new String[] {"nul", "%00"},
                new String[] {"invalid-utf8", "%FF%FE%C3%28"},
                new String[] {"lone-surrogate", "%ED%A0%80"},
                new String[] {"injection", seg(INJECTION)},
                new String[] {"injection2", seg("x\" OR 1=1 CALL { MATCH (n) DETACH DELETE n } //")},
                new String[] {"lucene", seg("name:* OR *~ AND ( [ { \\ / //")},
                new String[] {"dots", seg("../../etc/passwd")},
                new String[] {"long-2000", "a".repeat(2000)},
                new String[] {"very-long-20000", "b".repeat(20_000)});
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Every string slot of every GET endpoint, with every hostile value: never a 5xx, never a change.
        List<String> templates = TEMPLATES;
        for (String template : templates) {
            for (String[] v : hostileValues()) {
                String uri = template.replace("%s", v[1]);
                Set<Integer> expected = v[0].equals("very-long-20000") ? ANY_4XX : OK_OR_4XX;
                rows.add(new Row("GET " + template + " <- " + v[0], "GET", uri, null, null, null, expected));
            }
        }
        // Numbers out of range or not numbers at all: exactly 400.
        for (String bad : List.of("-1", "0", "99999999999999999999", "2147483648", "1e3", "0x10", "abc", "1.5", "%E2%91%A0")) {
            for (String template : List.of("/api/characters?limit=%s", "/api/characters/Peter/network?depth=%s",
                    "/api/paths/shortest?from=Marissa&to=Josie&maxHops=%s", "/api/paths?from=Marissa&to=Josie&maxHops=%s",
                    "/api/paths?from=Marissa&to=Josie&limit=%s")) {
                rows.add(new Row("GET " + template + " <- " + bad, "GET", template.replace("%s", bad), null, null, null,
                        Set.of(400)));
            }
        }
        for (String bad : List.of("-1", "99999999999999999999", "abc", "1.5")) {
            rows.add(new Row("asOf " + bad, "GET", "/api/characters/Peter/knowledge?asOf=" + bad, null, null, null, Set.of(400)));
            rows.add(new Row("secret asOf " + bad, "GET", "/api/secrets/all-her-fault%2Fx?asOf=" + bad, null, null, null,
                    Set.of(400)));
        }
        for (String bad : List.of("100", "11", "7")) {
            rows.add(new Row("all paths maxHops " + bad, "GET", "/api/paths?from=Marissa&to=Josie&maxHops=" + bad, null,
                    null, null, Set.of(400)));
        }
        rows.add(new Row("depth 4", "GET", "/api/characters/Peter/network?depth=4", null, null, null, Set.of(400)));
        rows.add(new Row("limit 201", "GET", "/api/paths?from=Marissa&to=Josie&limit=201", null, null, null, Set.of(400)));
        for (String types : List.of("LOVES", "killed,LOVES", seg("KILLED|PARENT_OF"), seg(INJECTION), seg("KILLED]->()<-[:X"),
                seg("KILLED*1..100"))) {
            rows.add(new Row("types " + types, "GET", "/api/paths/shortest?from=Marissa&to=Josie&types=" + types, null,
                    null, null, Set.of(400)));
            rows.add(new Row("all types " + types, "GET", "/api/paths?from=Marissa&to=Josie&types=" + types, null,
                    null, null, Set.of(400)));
        }
        rows.add(new Row("export format", "GET", "/api/export?format=" + seg(INJECTION), null, null, null, Set.of(400)));
        rows.add(new Row("missing from", "GET", "/api/paths/shortest?to=Josie", null, null, null, Set.of(400)));

        // Canned queries: only names of the catalogue run; anything else is 404, whatever it looks like.
        for (String name : List.of("..", "..%2F..%2Fwriter%2Fdelete-document", "..%2Fapi%2Fstats-totals",
                "nope", "killings.cypher", seg("MATCH (n) DETACH DELETE n"), "%2e%2e%2fschema%2f01-constraints",
                "KILLINGS", "writer%2Fdelete-document")) {
            rows.add(new Row("query name " + name, "POST", "/api/queries/" + name, "{}".getBytes(StandardCharsets.UTF_8),
                    "application/json", null, Set.of(404, 400)));
        }
        byte[] injectionParams = ("{\"story\": " + jsonString(INJECTION) + ", \"secret\": " + jsonString(INJECTION) + "}")
                .getBytes(StandardCharsets.UTF_8);
        rows.add(new Row("query injection parameters", "POST", "/api/queries/secret-knowers", injectionParams,
                "application/json", null, Set.of(200)));
        for (String[] body : List.of(
                new String[] {"malformed", "{\"story\": "},
                new String[] {"array", "[1,2,3]"},
                new String[] {"string", "\"story\""},
                new String[] {"number", "42"},
                new String[] {"nested", "{\"story\": {\"a\": [1, {\"b\": null}]}}"},
                new String[] {"wrong-type", "{\"story\": 17}"},
                new String[] {"unknown-param", "{\"cypher\": \"MATCH (n) DETACH DELETE n\"}"},
                new String[] {"deep", "[".repeat(5000) + "]".repeat(5000)},
                new String[] {"control", "{\"story\": \"\u0001\"}"})) {
            rows.add(new Row("query body " + body[0], "POST", "/api/queries/secret-knowers",
                    body[1].getBytes(StandardCharsets.UTF_8), "application/json", null, Set.of(400, 422)));
        }
        rows.add(new Row("query body invalid UTF-8", "POST", "/api/queries/secret-knowers",
                new byte[] {'{', '"', 's', 't', 'o', 'r', 'y', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"', '}'},
                "application/json", null, Set.of(200, 400)));
        rows.add(new Row("query body 10 MB", "POST", "/api/queries/secret-knowers",
                ("{\"story\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json", null, Set.of(413)));
        rows.add(new Row("query body text/plain", "POST", "/api/queries/secret-knowers",
                "{}".getBytes(StandardCharsets.UTF_8), "text/plain", null, Set.of(415)));
        rows.add(new Row("query body xml", "POST", "/api/queries/secret-knowers",
                "<story/>".getBytes(StandardCharsets.UTF_8), "application/xml", null, Set.of(415)));
        rows.add(new Row("GET a canned query", "GET", "/api/queries/killings", null, null, null, Set.of(405)));
        rows.add(new Row("PUT characters", "PUT", "/api/characters/Peter", "x".getBytes(StandardCharsets.UTF_8),
                "text/plain", null, Set.of(405)));

        // Writes: the token first, then the body.
        byte[] article = "Nora Vance killed Silas Reed.".getBytes(StandardCharsets.UTF_8);
        String upload = "/api/documents?story=Hostile&title=Hostile";
        rows.add(new Row("upload without token", "POST", upload, article, "text/plain", null, Set.of(401)));
        rows.add(new Row("upload wrong token", "POST", upload, article, "text/plain", "guess", Set.of(401)));
        rows.add(new Row("upload token injection", "POST", upload, article, "text/plain", INJECTION, Set.of(401)));
        rows.add(new Row("delete without token", "DELETE", "/api/documents/all-her-fault-ending", null, null, null,
                Set.of(401)));
        rows.add(new Row("delete wrong token", "DELETE", "/api/documents/all-her-fault-ending", null, null,
                TOKEN + "x", Set.of(401)));
        rows.add(new Row("delete injection id", "DELETE", "/api/documents/" + seg(INJECTION), null, null, TOKEN,
                Set.of(404)));
        rows.add(new Row("delete unknown id", "DELETE", "/api/documents/no-such-document", null, null, TOKEN,
                Set.of(404)));
        rows.add(new Row("upload empty", "POST", upload, new byte[0], "text/plain", TOKEN, Set.of(400)));
        rows.add(new Row("upload blank", "POST", upload, " \n\t\r\n ".getBytes(StandardCharsets.UTF_8), "text/plain",
                TOKEN, Set.of(400)));
        rows.add(new Row("upload NUL binary", "POST", upload, binary(4096, true), "text/plain", TOKEN, Set.of(400)));
        rows.add(new Row("upload control binary", "POST", upload, binary(4096, false), "text/plain", TOKEN,
                Set.of(400)));
        rows.add(new Row("upload invalid UTF-8", "POST", upload,
                concat("Nora Vance killed Silas Reed. ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28,
                        (byte) 0xFF, (byte) 0xFE}), "text/plain; charset=utf-8", TOKEN, Set.of(400)));
        rows.add(new Row("upload 10 MB", "POST", upload, "Nora met Silas. ".repeat(10 * 1024 * 1024 / 16)
                .getBytes(StandardCharsets.UTF_8), "text/plain", TOKEN, Set.of(413)));
        rows.add(new Row("upload JSON", "POST", upload, "{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                "application/json", TOKEN, Set.of(415)));
        rows.add(new Row("upload octet-stream", "POST", upload, article, "application/octet-stream", TOKEN,
                Set.of(415)));
        rows.add(new Row("upload no story", "POST", "/api/documents?title=x", article, "text/plain", TOKEN,
                Set.of(400)));
        rows.add(new Row("upload injection story only punctuation", "POST", "/api/documents?title=x&story="
                + seg("'}) //"), article, "text/plain", TOKEN, Set.of(400)));
        rows.add(new Row("upload title only punctuation", "POST", "/api/documents?story=x&title=" + seg("'}) //"),
                article, "text/plain", TOKEN, Set.of(400)));
        rows.add(new Row("upload long line no story", "POST", "/api/documents?title=x",
                "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8), "text/plain", TOKEN, Set.of(400)));
        return rows.stream();
    }

    static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static byte[] binary(int n, boolean withNul) {
        java.util.Random random = new java.util.Random(n + (withNul ? 1 : 0));
        byte[] b = new byte[n];
        random.nextBytes(b);
        for (int i = 0; i < n; i++) {
            if (!withNul && b[i] == 0) {
                b[i] = 1;
            }
        }
        if (withNul) {
            b[7] = 0;
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedClearlyAndChangesNothing(Row row) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + row.uri()))
                .timeout(Duration.ofSeconds(30))
                .method(row.method(), row.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(row.body()));
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        if (row.token() != null) {
            request.header("Authorization", "Bearer " + row.token());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String body = response.body();

        String shown = body.length() > 400 ? body.substring(0, 400) + "..." : body;
        assertTrue(row.expected().contains(status), row + ": expected " + row.expected() + ", got " + status + " " + shown);
        assertFalse(body.contains("\tat ") || body.contains("Exception:") || body.contains(".java:"),
                "no stack trace or exception class in the answer: " + shown);
        if (status >= 400) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), shown);
            Map<?, ?> problem = json.readValue(body, Map.class);
            assertEquals(status, ((Number) problem.get("status")).intValue(), shown);
            assertTrue(problem.get("title") != null && !problem.get("title").toString().isBlank(), shown);
        }
        // Counts after every request; the whole content after every write attempt and once more at the end.
        assertEquals(List.of(before.nodes(), before.relationships()), GraphFingerprint.counts(),
                "the graph's counts changed after " + row);
        if (!row.method().equals("GET")) {
            assertEquals(before, GraphFingerprint.ofSharedNeo4j(), "the graph changed after " + row);
        }
    }

    /**
     * A small fuzzer: random strings (any code point, including controls and unpaired surrogates as raw bytes) in
     * every slot of every GET endpoint, 400 requests from a seed printed for replay. No 5xx, no stack trace, every
     * error a problem, and the graph's counts unchanged.
     */
    @org.junit.jupiter.api.Test
    void randomStringsInEveryParameterNeverGetA5xx() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("[HostileInputTest] fuzz seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 400; i++) {
            String template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            StringBuilder uri = new StringBuilder();
            for (String part : template.split("%s", -1)) {
                if (uri.length() > 0 || template.startsWith("%s")) {
                    uri.append(randomEncoded(random));
                }
                uri.append(part);
            }
            String u = uri.toString();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + u))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String shown = u.length() > 200 ? u.substring(0, 200) + "..." : u;
            assertTrue(status < 500, "seed " + seed + ", request " + i + ": " + shown + " -> " + status + " "
                    + response.body());
            assertFalse(response.body().contains("\tat ") || response.body().contains(".java:"), response.body());
            if (status >= 400) {
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                        shown + " -> " + status);
            }
        }
        assertEquals(List.of(before.nodes(), before.relationships()), GraphFingerprint.counts());
    }

    /** Up to 300 random code points, each percent-encoded as its UTF-8 bytes; sometimes raw invalid bytes. */
    static String randomEncoded(java.util.Random random) {
        int n = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                s.append(String.format("%%%02X", 0x80 + random.nextInt(0x80))); // a stray continuation or lead byte
            } else if (kind < 4) {
                s.append(seg(new String(Character.toChars(random.nextInt(0x20)))));
            } else if (kind < 8) {
                s.append(seg(String.valueOf((char) (0x20 + random.nextInt(0x5f)))));
            } else {
                int cp = random.nextInt(0x10FFFF);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    cp = 0x1F600;
                }
                s.append(seg(new String(Character.toChars(cp))));
            }
        }
        return s.toString();
    }

    @AfterAll
    void contentIsUnchanged() {
        assertEquals(before, GraphFingerprint.ofSharedNeo4j(), "the graph's content changed during the table");
    }
}
