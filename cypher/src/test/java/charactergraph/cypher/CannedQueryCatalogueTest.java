package charactergraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue and its header parser, without a database. */
class CannedQueryCatalogueTest {
    private static CannedQuery parseBad(String file) {
        return CannedQueryParser.parse(file, TestNeo4j.resource("bad-queries/" + file));
    }

    @Test
    void theIndexListsExactlyTheQueryFilesOfTheFolder() throws IOException {
        // Surefire runs in the module directory, where queries/ lives.
        TreeSet<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(CannedQueries.listedFiles(CypherResources.read(CannedQueries.INDEX))));
    }

    @Test
    void loadsEveryQueryWithACompleteHeader() {
        CannedQueries catalogue = CannedQueries.load();
        assertTrue(catalogue.all().size() >= 14, "at least fourteen canned queries");
        assertEquals("story-graph", catalogue.names().get(0), "index order is kept");
        for (CannedQuery q : catalogue.all()) {
            assertEquals(q.name() + ".cypher", q.file());
            assertTrue(q.question().endsWith("?"), q.name() + " asks a question: " + q.question());
            assertFalse(q.columns().isEmpty());
            q.columns().forEach(c -> assertFalse(c.description().isBlank(), q.name() + "." + c.name()));
            q.parameters().forEach(p -> assertFalse(p.description().isBlank(), q.name() + ".$" + p.name()));
            q.parameters().forEach(p -> assertFalse(p.type().equals("any"),
                    q.name() + ".$" + p.name() + ": give a non-null example so callers know the type"));
            assertFalse(q.body().startsWith("//"), "the body starts after the header");
        }
    }

    @Test
    void readsParametersColumnsAndNotes() {
        CannedQuery shortPaths = CannedQueries.load().get("short-paths").orElseThrow();
        assertEquals(List.of("from", "to", "maxHops", "limit", "story"), shortPaths.parameterNames());
        CannedQuery.Parameter maxHops = shortPaths.parameter("maxHops").orElseThrow();
        assertFalse(maxHops.required());
        assertEquals(3L, maxHops.exampleValue());
        assertTrue(shortPaths.parameter("from").orElseThrow().required());
        assertEquals("Colin", shortPaths.parameter("from").orElseThrow().exampleValue());
        assertEquals(List.of("fromCharacter", "toCharacter", "hops", "names", "steps", "evidence"), shortPaths.columnNames());

        CannedQuery fine = parseBad("dollar-in-string.cypher");
        assertEquals(List.of("story"), fine.parameterNames(), "a $ inside a string or comment is not a parameter");
        assertNull(fine.parameters().get(0).exampleValue());
        assertEquals("a column whose description goes on over two lines", fine.columns().get(1).description());
        assertEquals(List.of("Notes are kept: this query costs $nothing."), fine.notes());
    }

    @Test
    void refusesAFileWithAnUndeclaredParameter() {
        InvalidCannedQueryException e = assertThrows(InvalidCannedQueryException.class,
                () -> parseBad("undeclared-parameter.cypher"));
        assertTrue(e.getMessage().contains("does not declare: $story"), e.getMessage());
        assertEquals("undeclared-parameter.cypher", e.file());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unused-parameter.cypher|never uses: limit",
        "writes.cypher|read only, but it uses SET",
        "unbounded-path.cypher|needs an upper bound of at most 6",
        "too-long-path.cypher|needs an upper bound of at most 6",
        "wrong-name.cypher|differs from the file name 'wrong-name'",
        "no-question.cypher|no '// Question:' line",
        "bad-example.cypher|is not a JSON string, number, boolean or null: all-her-fault",
    })
    void refusesOtherInvalidFiles(String file, String expected) {
        InvalidCannedQueryException e = assertThrows(InvalidCannedQueryException.class, () -> parseBad(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void bindFillsOptionalParametersAndRefusesMissingOrUnknownOnes() {
        CannedQuery keptFrom = CannedQueries.load().get("kept-from").orElseThrow();
        Map<String, Object> bound = keptFrom.bind(Map.of("character", "Marissa"));
        Map<String, Object> expected = new HashMap<>();
        expected.put("character", "Marissa");
        expected.put("story", null);
        assertEquals(expected, bound);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> keptFrom.bind(Map.of()));
        assertTrue(missing.getMessage().contains("needs parameter 'character'"), missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> keptFrom.bind(Map.of("character", "Marissa", "who", "x")));
        assertTrue(unknown.getMessage().contains("has no parameter 'who'"), unknown.getMessage());

        CannedQuery knewBefore = CannedQueries.load().get("knew-before").orElseThrow();
        assertEquals("integer", knewBefore.parameter("asOf").orElseThrow().type());
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> knewBefore.bind(Map.of("asOf", "30")));
        assertTrue(wrongType.getMessage().contains("'asOf' of query 'knew-before' must be an integer"), wrongType.getMessage());
        assertEquals(30, knewBefore.bind(Map.of("asOf", 30)).get("asOf"), "an Integer from JSON is fine");
    }

    @Test
    void refusesTwoQueriesWithOneName() {
        CannedQuery q = parseBad("dollar-in-string.cypher");
        assertThrows(InvalidCannedQueryException.class, () -> CannedQueries.of(List.of(q, q)));
        assertThrows(InvalidCannedQueryException.class, () -> CannedQueries.listedFiles("a.cypher\na.cypher\n"));
        assertThrows(InvalidCannedQueryException.class, () -> CannedQueries.listedFiles("../secret.cypher\n"));
    }
}
