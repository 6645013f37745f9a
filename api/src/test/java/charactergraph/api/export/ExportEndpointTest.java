package charactergraph.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.api.testsupport.WipedSharedNeo4j;

@MicronautTest
@ExtendWith(WipedSharedNeo4j.class)
class ExportEndpointTest extends AppHttpTest {
    /** Two stories in the shape the writer gives them, with text that would break a careless exporter. */
    private static final String FIXTURE = """
            CREATE (h:Story {id: 'harbour', name: 'Harbour'}), (q:Story {id: 'quarry', name: 'Quarry'})
            CREATE (d:Document {id: 'harbour-1', title: 'Harbour, "finale"', story: 'harbour', sha256: 'abc',
                                loadedAt: datetime('2026-11-24T10:00:00Z')})
            CREATE (a:Character {id: 'harbour/zoe', name: "Zoë O'Brien", aliases: ['Zo\\\\ë', 'Z "}) DETACH DELETE n //'],
                                 names: ["zoë o'brien"], gender: 'FEMALE', mentions: 3, story: 'harbour'})
            CREATE (b:Character {id: 'harbour/ben', name: 'Ben', aliases: [], names: ['ben'], gender: 'MALE',
                                 mentions: 1, story: 'harbour'})
            CREATE (c:Character {id: 'quarry/eva', name: 'Eva', aliases: [], names: ['eva'], gender: 'FEMALE',
                                 mentions: 1, story: 'quarry'})
            CREATE (p:Actor {id: 'petra-lund', name: 'Petra Lund'})
            CREATE (a)-[:IN_STORY]->(h), (b)-[:IN_STORY]->(h), (c)-[:IN_STORY]->(q)
            CREATE (d)-[:MENTIONS {name: "Zoë O'Brien", quotes: ['line one\\nline two; "x"'],
                                   evidence: ['1:0-18 0.9 STATED name-intro']}]->(a)
            CREATE (a)-[:KILLED {sources: ['harbour-1'], evidence: ['2:10-20 0.9 STATED kill-active'], orders: [2],
                                 quotes: ['She said "no", then; left \\\\ there'], confidence: 0.9, accidental: false,
                                 quote: 'She said "no", then; left \\\\ there'}]->(b)
            CREATE (p)-[:PLAYS {sources: ['harbour-1'], confidence: 0.8}]->(a)
            """;

    @BeforeEach
    void fixture() {
        SharedNeo4j.wipe();
        SharedNeo4j.run(FIXTURE);
    }

    private HttpResponse<byte[]> get(String uri) {
        return client().exchange(HttpRequest.GET(uri), byte[].class);
    }

    @Test
    void theCypherExportRebuildsTheSameGraphAndCanRunTwice() {
        List<String> before = snapshot();
        HttpResponse<byte[]> response = get("/api/export?format=cypher");
        assertEquals(HttpStatus.OK, response.getStatus());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/plain"));
        assertTrue(response.header("Content-Disposition").contains("character-graph.cypher"));
        String script = new String(response.body(), StandardCharsets.UTF_8);

        SharedNeo4j.wipe();
        runScript(script);
        assertEquals(before, snapshot(), "same nodes, relationships and properties, loadedAt included");
        runScript(script);
        assertEquals(before, snapshot(), "running it twice changes nothing");
    }

    @Test
    void oneStoryByNameHoldsOnlyThatStorysNodesAndItsActors() {
        String script = new String(get("/api/export?format=cypher&story=Harbour").body(), StandardCharsets.UTF_8);
        SharedNeo4j.wipe();
        runScript(script);
        List<String> after = snapshot();
        assertTrue(after.stream().noneMatch(l -> l.contains("quarry")), after.toString());
        assertTrue(after.stream().anyMatch(l -> l.contains("petra-lund -PLAYS-> harbour/zoe")), after.toString());
        assertEquals(5, after.stream().filter(l -> l.startsWith("node")).count(), after.toString());
    }

    @Test
    void graphMlParsesWithTheNodesAndEdges() throws Exception {
        HttpResponse<byte[]> response = get("/api/export?format=graphml");
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("application/graphml+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        assertEquals(7, xml.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(6, xml.getElementsByTagNameNS("*", "edge").getLength());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains(">KILLED<"));
    }

    @Test
    void csvIsAZipOfNodesAndRelationshipsWithImportHeaders() throws Exception {
        HttpResponse<byte[]> response = get("/api/export?format=csv&story=harbour");
        assertEquals("application/zip", response.getContentType().orElseThrow().toString());
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String nodesHeader = files.get("nodes.csv").lines().findFirst().orElseThrow();
        assertTrue(nodesHeader.startsWith(":ID,:LABEL,"), nodesHeader);
        assertTrue(nodesHeader.contains("aliases:string[]") && nodesHeader.contains("mentions:long"), nodesHeader);
        String relHeader = files.get("relationships.csv").lines().findFirst().orElseThrow();
        assertTrue(relHeader.startsWith(":START_ID,:END_ID,:TYPE,"), relHeader);
        assertTrue(relHeader.contains("evidence:string[]") && relHeader.contains("orders:long[]")
                && relHeader.contains("confidence:double"), relHeader);
        assertTrue(files.get("nodes.csv").contains("Character:harbour/zoe,Character,"), files.get("nodes.csv"));
        assertTrue(files.get("relationships.csv").contains("Character:harbour/zoe,Character:harbour/ben,KILLED,"));
    }

    @Test
    void anUnknownFormatIsA400ProblemAndAnUnknownStoryA404() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client().exchange(HttpRequest.GET("/api/export?format=pdf"), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertTrue(String.valueOf(problem.get("detail")).contains("cypher, graphml, csv"), problem.toString());

        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> client().exchange(HttpRequest.GET("/api/export?story=Nowhere"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
        assertEquals("application/problem+json", missing.getResponse().getContentType().orElseThrow().toString());
    }

    /** Runs a script as cypher-shell does: one statement per semicolon at a line's end, each in its own transaction. */
    private static void runScript(String script) {
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (current.length() == 0 && (line.isBlank() || line.startsWith("//"))) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String s = current.toString().strip();
                SharedNeo4j.instance().defaultDatabaseService().executeTransactionally(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        assertEquals("", current.toString().strip(), "the script ends with a complete statement");
    }

    private static List<String> snapshot() {
        List<String> lines = new ArrayList<>();
        var db = SharedNeo4j.instance().defaultDatabaseService();
        db.executeTransactionally("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of(), r -> {
            r.forEachRemaining(row -> lines.add("node " + row.get("l") + " " + new TreeMap<>(lists((Map<?, ?>) row.get("p")))));
            return null;
        });
        db.executeTransactionally("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p",
                Map.of(), r -> {
                    r.forEachRemaining(row -> lines.add("rel " + row.get("a") + " -" + row.get("t") + "-> "
                            + row.get("b") + " " + new TreeMap<>(lists((Map<?, ?>) row.get("p")))));
                    return null;
                });
        lines.sort(null);
        return lines;
    }

    /** Embedded arrays are Java arrays; as lists they compare by content. */
    private static Map<Object, Object> lists(Map<?, ?> props) {
        Map<Object, Object> out = new HashMap<>();
        props.forEach((k, v) -> out.put(k, v != null && v.getClass().isArray() ? arrayAsList(v) : String.valueOf(v)));
        return out;
    }

    private static List<Object> arrayAsList(Object array) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) {
            list.add(java.lang.reflect.Array.get(array, i));
        }
        return list;
    }
}
