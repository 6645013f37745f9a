package charactergraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * The Browser guide runs only canned queries, each preceded by a :params block that sets exactly its parameters,
 * and the GraSS style gives every label a colour and a caption.
 */
class BrowserGuideTest {
    private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"runnable\">(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern PARAMS = Pattern.compile("^:params \\{(.*)}$", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*):\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|null|true|false|-?\\d+(?:\\.\\d+)?)\\s*(,|$)");
    private static final Pattern GRASS_RULE = Pattern.compile("([A-Za-z_.]+)\\s*\\{((?:\"[^\"]*\"|[^}\"])*)}");

    private static CannedQueries catalogue;
    private static String guide;

    @BeforeAll
    static void load() {
        TestNeo4j.freshGraph("fixtures/two-stories.cypher");
        catalogue = CannedQueries.load();
        guide = CypherResources.read("browser/guide.html");
    }

    /** A guide query with the parameters its :params block sets. */
    record GuideStep(CannedQuery query, Map<String, Object> params) {
    }

    private static List<GuideStep> steps() {
        List<String> blocks = new ArrayList<>();
        Matcher m = RUNNABLE.matcher(guide);
        while (m.find()) {
            blocks.add(unescape(m.group(1)).strip());
        }
        List<GuideStep> steps = new ArrayList<>();
        Map<String, Object> pending = null;
        for (String block : blocks) {
            Matcher params = PARAMS.matcher(block);
            if (params.matches()) {
                assertEquals(null, pending, "two :params blocks in a row before " + block);
                pending = parseMap(params.group(1));
                continue;
            }
            CannedQuery query = catalogue.all().stream().filter(q -> q.body().equals(block)).findFirst().orElse(null);
            assertNotNull(query, "a runnable guide block is not a canned query (update the guide from cypher/queries/):\n" + block);
            Map<String, Object> given = pending == null ? Map.of() : pending;
            assertEquals(new TreeSet<>(query.parameterNames()), new TreeSet<>(given.keySet()),
                    "the :params block before " + query.name() + " sets exactly its parameters");
            steps.add(new GuideStep(query, given));
            pending = null;
        }
        assertEquals(null, pending, "a :params block with no query after it");
        return steps;
    }

    private static Map<String, Object> parseMap(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(text);
        int at = 0;
        while (at < text.length() && entry.find(at) && entry.start() == at) {
            out.put(entry.group(1), JsonLiteral.parse(entry.group(2)));
            at = entry.end();
        }
        assertEquals(text.length(), at, "cannot read :params {" + text + "}");
        return out;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void everyRunnableBlockIsACannedQueryOrItsParameters() {
        List<GuideStep> steps = steps();
        Set<String> shown = new HashSet<>();
        steps.forEach(s -> shown.add(s.query().name()));
        assertEquals(new TreeSet<>(catalogue.names()), new TreeSet<>(shown), "the guide walks through every canned query");
    }

    @Test
    void everyGuideQueryFindsRowsOnTheSeedStory() {
        for (GuideStep step : steps()) {
            assertFalse(TestNeo4j.runRead(step.query(), step.params()).isEmpty(),
                    step.query().name() + " with " + step.params() + " shows nothing");
        }
    }

    /**
     * Neo4j Browser's {@code :params {limit: 5}} is parsed in the page and sends numbers as floats, unlike the API
     * (integers from JSON); the guide's queries must work with both.
     */
    @Test
    void everyGuideQueryAlsoRunsWithNumbersSentAsFloats() {
        for (GuideStep step : steps()) {
            Map<String, Object> floats = new LinkedHashMap<>();
            step.params().forEach((k, v) -> floats.put(k, v instanceof Long l ? Double.valueOf(l) : v));
            try (Session session = TestNeo4j.session()) {
                List<org.neo4j.driver.Record> rows = session.executeRead(tx -> tx.run(step.query().body(), floats).list());
                assertFalse(rows.isEmpty(), step.query().name() + " with " + floats);
                assertEquals(TestNeo4j.runRead(step.query(), step.params()).size(), rows.size(), step.query().name());
            }
        }
    }

    @Test
    void theGuideIsMadeOfSlides() {
        int open = guide.split("<slide", -1).length - 1;
        int close = guide.split("</slide>", -1).length - 1;
        assertTrue(open >= 8, "slides: " + open);
        assertEquals(open, close);
        assertEquals(guide.split("<pre", -1).length - 1, guide.split("</pre>", -1).length - 1);
    }

    @Test
    void theStyleGivesEachLabelAColourAndACaption() {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Matcher m = GRASS_RULE.matcher(CypherResources.read("browser/style.grass"));
        while (m.find()) {
            Map<String, String> props = new LinkedHashMap<>();
            for (String decl : m.group(2).split(";")) {
                if (!decl.isBlank()) {
                    String[] kv = decl.split(":", 2);
                    assertEquals(2, kv.length, "not a 'property: value' declaration: " + decl);
                    props.put(kv[0].strip(), kv[1].strip());
                }
            }
            rules.put(m.group(1), props);
        }
        Map<String, String> captions = Map.of("Character", "\"{name}\"", "Actor", "\"{name}\"", "Secret", "\"{statement}\"",
                "Story", "\"{name}\"", "Document", "\"{title}\"");
        Set<String> colours = new HashSet<>();
        for (Map.Entry<String, String> label : captions.entrySet()) {
            Map<String, String> rule = rules.get("node." + label.getKey());
            assertNotNull(rule, "no style for " + label.getKey());
            assertEquals(label.getValue(), rule.get("caption"), label.getKey());
            assertTrue(rule.get("color").matches("#[0-9A-Fa-f]{6}"), label.getKey());
            colours.add(rule.get("color").toUpperCase());
        }
        assertEquals(captions.size(), colours.size(), "one colour per label");
        assertEquals("\"<type>\"", rules.get("relationship").get("caption"));
        rules.entrySet().stream().filter(e -> e.getKey().startsWith("relationship."))
                .forEach(e -> assertEquals("\"<type>\"", e.getValue().get("caption"), e.getKey()));
    }
}
