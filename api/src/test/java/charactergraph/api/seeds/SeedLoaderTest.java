package charactergraph.api.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.api.testsupport.WipedSharedNeo4j;
import charactergraph.loader.write.ArticleLoader;

/**
 * The app loads the articles of its seeds directory when it starts, with the real NLP pipeline, and skips them on
 * the next start. The article is invented for this test.
 */
@ExtendWith(WipedSharedNeo4j.class)
class SeedLoaderTest {
    private static final String ARTICLE = """
            The Salt Road: the ending explained

            Mara Quill killed Tobias Venn on the night of the storm.
            Her brother Elias Quill helped her hide the body in the boathouse.
            Inspector Ruth Adler arrested Elias Quill a week later.
            """;

    @TempDir
    Path tmp;

    private ApplicationContext start(String seeds) {
        Map<String, Object> properties = new HashMap<>(SharedNeo4j.appProperties());
        properties.put("character-graph.seeds", seeds);
        return ApplicationContext.run(properties, "test");
    }

    @Test
    void loadsNewArticlesAtStartUpReportsBrokenOnesAndSkipsUnchangedOnesNextTime() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("salt-road.txt"), ARTICLE);
        Files.writeString(seeds.resolve("salt-road.meta.json"),
                "{\"title\": \"The Salt Road, explained\", \"source\": \"written for this test\","
                        + " \"story\": \"The Salt Road\"}");
        Files.writeString(seeds.resolve("broken.txt"), ""); // an empty article: reported, the app starts anyway

        ArticleLoader.Report first;
        long characters;
        try (ApplicationContext app = start(seeds.toString())) {
            first = app.getBean(SeedLoader.class).outcome().orElseThrow().report().orElseThrow();
            Driver driver = app.getBean(Driver.class);
            List<String> names = driver.executableQuery("""
                    MATCH (c:Character)-[:IN_STORY]->(:Story {name: 'The Salt Road'}) RETURN c.name AS name""")
                    .execute().records().stream().map(r -> r.get("name").asString()).toList();
            assertTrue(names.contains("Mara Quill") && names.contains("Tobias Venn"), names.toString());
            assertEquals(1, driver.executableQuery("""
                    MATCH (:Character {name: 'Mara Quill'})-[k:KILLED]->(:Character {name: 'Tobias Venn'})
                    WHERE 'salt-road' IN k.sources RETURN count(k) AS n""")
                    .execute().records().get(0).get("n").asInt());
            characters = first.counts().characters();
        }
        assertEquals(1, first.loaded());
        assertEquals(0, first.skipped());
        assertEquals(1, first.failed());
        assertTrue(first.failures().get(0).contains("broken.txt"), first.failures().toString());
        assertTrue(characters >= 3, "characters: " + characters);

        try (ApplicationContext app = start(seeds.toString())) {
            ArticleLoader.Report second = app.getBean(SeedLoader.class).outcome().orElseThrow().report().orElseThrow();
            assertEquals(0, second.loaded());
            assertEquals(1, second.skipped(), "the unchanged article is skipped by its hash");
            assertEquals(first.counts(), second.counts(), "the graph is unchanged");
        }
    }

    @Test
    void aHeapTooSmallForTheLanguageModelsIsRefusedWithAMessageNotAnOutOfMemoryError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SeedLoader.nlpExtractor(1024L * 1024 * 1024));
        assertTrue(e.getMessage().contains("1024 MB") && e.getMessage().contains("-Xmx3g"), e.getMessage());
    }

    @Test
    void aMissingSeedsDirectoryIsAWarningAndAnEmptySettingLoadsNothing() {
        Path missing = tmp.resolve("no-such-dir");
        try (ApplicationContext app = start(missing.toString())) {
            SeedLoader.Outcome outcome = app.getBean(SeedLoader.class).outcome().orElseThrow();
            assertTrue(outcome.report().isEmpty());
            assertTrue(outcome.summary().contains("does not exist"), outcome.summary());
        }
        try (ApplicationContext app = start("")) {
            SeedLoader.Outcome outcome = app.getBean(SeedLoader.class).outcome().orElseThrow();
            assertTrue(outcome.report().isEmpty());
            assertTrue(outcome.problems().isEmpty());
            // The schema is applied at every start, seeds or not.
            long constraints = app.getBean(Driver.class).executableQuery(
                    "SHOW CONSTRAINTS YIELD name WHERE name = 'character_id' RETURN count(*) AS n")
                    .execute().records().get(0).get("n").asLong();
            assertEquals(1, constraints);
        }
    }
}
