package charactergraph.loader.write;

import charactergraph.loader.export.CsvExport;
import charactergraph.loader.export.GraphExport;
import charactergraph.loader.export.GraphExportReader;
import charactergraph.loader.export.GraphMl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GraphML parses as XML with the graph's nodes and edges; the CSV zip has neo4j-admin headers and every row. */
class GraphMlAndCsvExportTest {

    private static GraphExport graph(List<charactergraph.model.Extraction> extractions) {
        Driver driver = CypherExportTest.writtenByTheWriter(extractions);
        return new GraphExportReader(driver).read(null);
    }

    @Test
    void graphMlParsesWithEveryNodeAndEdgeAndTheirLabelsAndTypes() throws Exception {
        List<charactergraph.model.Extraction> all = new java.util.ArrayList<>(CypherExportTest.twoStories());
        all.add(CypherExportTest.hostileArticle());
        GraphExport graph = graph(all);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMl.write(graph, out);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("graphml", xml.getDocumentElement().getLocalName());
        NodeList nodes = xml.getElementsByTagNameNS("*", "node");
        NodeList edges = xml.getElementsByTagNameNS("*", "edge");
        assertEquals(graph.nodes().size(), nodes.getLength());
        assertEquals(graph.relationships().size(), edges.getLength());

        Map<String, Map<String, String>> nodeData = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            nodeData.put(n.getAttribute("id"), data(n));
        }
        String zoeKey = graph.nodes().stream().filter(n -> "Zoë O'Brien".equals(n.properties().get("name")))
                .findFirst().orElseThrow().key();
        Map<String, String> zoe = nodeData.get(zoeKey);
        assertEquals(":Character", zoe.get("labels"), nodeData.keySet().toString());
        assertEquals("Zoë O'Brien", zoe.get("label"));
        assertEquals("[\"Zoë \\\"Z\\\" O'Brien\"]", zoe.get("n_aliases"));

        int killed = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            Map<String, String> d = data(e);
            assertTrue(nodeData.containsKey(e.getAttribute("source")) && nodeData.containsKey(e.getAttribute("target")));
            if ("KILLED".equals(d.get("type")) && e.getAttribute("source").equals(zoeKey)) {
                killed++;
                // Everything XML can carry comes back exactly, line breaks and tabs included.
                assertEquals(CypherExportTest.HOSTILE_QUOTE, d.get("e_quote"));
            }
        }
        assertEquals(1, killed);
        // Keys are declared with GraphML types.
        NodeList keys = xml.getElementsByTagNameNS("*", "key");
        Map<String, String> types = new HashMap<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            types.put(k.getAttribute("id"), k.getAttribute("attr.type"));
        }
        assertEquals("long", types.get("n_mentions"));
        assertEquals("double", types.get("e_confidence"));
        assertEquals("string", types.get("e_quotes"));
    }

    @Test
    void csvZipHasNodesAndRelationshipsWithImportHeadersAndOneRowEach() throws Exception {
        List<charactergraph.model.Extraction> all = new java.util.ArrayList<>(CypherExportTest.twoStories());
        all.add(CypherExportTest.hostileArticle());
        GraphExport graph = graph(all);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.writeZip(graph, out);
        Map<String, String> files = unzip(out.toByteArray());
        assertEquals(List.of("nodes.csv", "relationships.csv"), List.copyOf(new java.util.TreeSet<>(files.keySet())));

        List<List<String>> nodes = CsvExport.parse(files.get("nodes.csv"));
        List<String> header = nodes.get(0);
        assertEquals(List.of(":ID", ":LABEL"), header.subList(0, 2));
        assertTrue(header.containsAll(List.of("id", "name", "aliases:string[]", "names:string[]", "mentions:long",
                "loadedAt:datetime", "sha256")), header.toString());
        assertEquals(graph.nodes().size() + 1, nodes.size());
        int aliases = header.indexOf("aliases:string[]");
        int name = header.indexOf("name");
        List<String> tom = nodes.stream().filter(r -> r.get(0).equals("Character:the-harbor/tom-varga")).findFirst()
                .orElseThrow();
        assertEquals("Character", tom.get(1));
        assertEquals("Tom Varga", tom.get(name));
        assertEquals("Tommy", tom.get(aliases));
        assertTrue(nodes.stream().anyMatch(r -> r.get(name).equals("Zoë O'Brien") && r.get(1).equals("Character")));

        List<List<String>> rels = CsvExport.parse(files.get("relationships.csv"));
        List<String> relHeader = rels.get(0);
        assertEquals(List.of(":START_ID", ":END_ID", ":TYPE"), relHeader.subList(0, 3));
        assertTrue(relHeader.containsAll(List.of("sources:string[]", "evidence:string[]", "confidence:double",
                "quotes:string[]", "orders:long[]", "accidental:boolean", "quote")), relHeader.toString());
        assertEquals(graph.relationships().size() + 1, rels.size());
        for (List<String> r : rels) {
            assertEquals(relHeader.size(), r.size(), "every row has every column: " + r);
        }
        int quote = relHeader.indexOf("quote");
        assertTrue(rels.stream().anyMatch(r -> r.get(2).equals("KILLED")
                && r.get(quote).equals(CypherExportTest.HOSTILE_QUOTE)), "a quote with commas, quotes, breaks survives");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        CsvExport.writeZip(graph, again);
        assertArrayEquals(out.toByteArray(), again.toByteArray(), "same graph, same bytes");
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> d = new HashMap<>();
        NodeList list = e.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element x = (Element) list.item(i);
            d.put(x.getAttribute("key"), x.getTextContent());
        }
        return d;
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
