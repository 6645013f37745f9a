package charactergraph.api.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.testsupport.GraphFingerprint;
import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.api.testsupport.SharedNeo4jAppTest;

/**
 * What keeps the graph safe from its readers: the API listens on loopback by default; every read (canned queries
 * included) runs in a read transaction, so a write smuggled into one is refused by Neo4j; no endpoint takes Cypher;
 * every query has a timeout; and every variable-length pattern the app or the catalogue runs has an upper bound.
 */
@MicronautTest
class SecurityTest extends SharedNeo4jAppTest {
    @Inject
    EmbeddedServer server;
    @Inject
    GraphReads reads;
    @Inject
    Router router;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("neo4j.query-timeout", "700ms");
    }

    @BeforeAll
    void fixture() {
        SharedNeo4j.wipe();
        SharedNeo4j.run("CREATE (:Character {id: 's/a', name: 'A', names: ['a'], aliases: [], story: 's'})"
                + "-[:FRIEND_OF {quote: 'q'}]->(:Character {id: 's/b', name: 'B', names: ['b'], aliases: [], story: 's'})");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE (:Smuggled) RETURN 1 AS x",
            "MATCH (n) DETACH DELETE n RETURN 1 AS x",
            "MATCH (c:Character) SET c.name = 'pwned' RETURN 1 AS x",
            "MERGE (:Smuggled {id: 1}) RETURN 1 AS x",
            "MATCH (c:Character) RETURN c.id AS x UNION CALL { CREATE (:Smuggled) } RETURN 1 AS x",
            "MATCH (c:Character) CALL { WITH c CREATE (c)-[:KILLED]->(c) } RETURN 1 AS x",
            "CREATE INDEX smuggled IF NOT EXISTS FOR (n:Smuggled) ON (n.id)",
            "CALL db.createLabel('Smuggled')",
            "MATCH (c:Character) REMOVE c:Character RETURN 1 AS x"})
    void aWriteSmuggledIntoAReadTransactionIsRefused(String write) {
        GraphFingerprint before = GraphFingerprint.ofSharedNeo4j();
        ClientException e = assertThrows(ClientException.class, () -> reads.listCypher(write, Map.of(), r -> r));
        assertTrue(e.code().startsWith("Neo.ClientError."), e.code());
        assertEquals(before, GraphFingerprint.ofSharedNeo4j(), "nothing was written");
        assertEquals(0L, (long) SharedNeo4j.instance().defaultDatabaseService().executeTransactionally(
                "CALL db.labels() YIELD label WHERE label = 'Smuggled' RETURN count(*) AS n", Map.of(),
                r -> (Long) r.next().get("n")));
    }

    @Test
    void aSlowQueryIsStoppedByTheQueryTimeout() {
        long t0 = System.nanoTime();
        Neo4jException e = assertThrows(Neo4jException.class, () -> reads.listCypher(
                "UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n", Map.of(), r -> r));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.code().contains("TransactionTimedOut") || e.code().contains("Terminated"), e.code());
        assertTrue(ms < 15_000, "stopped after " + ms + " ms");
    }

    @Test
    void theApiListensOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.getHost(), "the default address (application.yml)");
        assertTrue(connects(InetAddress.getLoopbackAddress(), server.getPort()));
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        assertTrue(!connects(external.get(), server.getPort()), "reachable on " + external.get());
    }

    /** Every route of the app. A new one must be added here on purpose, after checking what it accepts. */
    @Test
    void noEndpointAcceptsCypherAndOnlyDocumentsWrite() {
        Set<String> routes = new TreeSet<>();
        router.uriRoutes().forEach(r -> routes.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate()));
        Set<String> writes = new TreeSet<>();
        for (String r : routes) {
            if (!r.startsWith("GET ") && !r.startsWith("HEAD ") && !r.startsWith("OPTIONS ")) {
                writes.add(r);
            }
            assertTrue(!r.toLowerCase().matches(".*\\{(cypher|query|statement|q?l)\\}.*"), r);
        }
        assertEquals(new TreeSet<>(List.of("DELETE /api/documents/{id}", "POST /api/documents",
                "POST /api/queries/{name}")), writes, "every non-GET route: " + routes);
        for (String management : List.of("/beans", "/routes", "/info", "/threaddump", "/refresh", "/env", "/loggers")) {
            assertTrue(routes.stream().noneMatch(r -> r.endsWith(" " + management)), management + " is exposed: " + routes);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /beans", "GET /routes", "GET /threaddump", "GET /info", "POST /refresh", "GET /env",
            "GET /loggers", "POST /stop"})
    void managementEndpointsOtherThanHealthAreNotServed(String request) throws Exception {
        String[] parts = request.split(" ");
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURL() + parts[1]))
                        .method(parts[0], java.net.http.HttpRequest.BodyPublishers.ofString(parts[0].equals("POST") ? "{}" : ""))
                        .header("Content-Type", "application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405, request + " -> " + r.statusCode() + " " + r.body());
    }

    static final Pattern VAR_LENGTH = Pattern.compile("\\[[^\\]]*\\*([^\\]]*)\\]");

    /** The app's own queries and the catalogue: no variable-length pattern without an upper bound. */
    @Test
    void everyVariableLengthPatternHasAnUpperBound() throws IOException {
        Path root = Files.isDirectory(Path.of("../cypher")) ? Path.of("../cypher") : Path.of("cypher");
        List<String> checked = new ArrayList<>();
        for (String folder : List.of("api", "queries", "export")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
                    String text = Files.readAllLines(f).stream().filter(l -> !l.strip().startsWith("//"))
                            .reduce("", (a, b) -> a + "\n" + b);
                    Matcher m = VAR_LENGTH.matcher(text);
                    while (m.find()) {
                        checked.add(f.getFileName() + ": " + m.group());
                        assertTrue(m.group(1).matches("\\d*\\.\\.\\d+|\\d+"), f + " has an unbounded pattern " + m.group());
                    }
                }
            }
        }
        assertTrue(checked.size() >= 4, "found the variable-length patterns: " + checked);
    }

    static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<InetAddress> nonLoopbackAddress() {
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
