package charactergraph.loader.write;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleLoaderTest {
    @TempDir
    Path dir;
    private Driver driver;
    private LineExtractor extractor;
    private ByteArrayOutputStream progress;

    @BeforeEach
    void emptyGraph() {
        driver = SharedNeo4j.wiped();
        extractor = new LineExtractor();
        progress = new ByteArrayOutputStream();
    }

    private ArticleLoader loader() {
        return new ArticleLoader(new GraphWriter(driver), () -> extractor,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    private void article(String name, String text, String story) throws Exception {
        Files.writeString(dir.resolve(name + ".txt"), text);
        if (story != null) {
            Files.writeString(dir.resolve(name + ".meta.json"),
                    "{\"title\": \"About " + name + "\", \"source\": \"tests\", \"story\": \"" + story + "\"}");
        }
    }

    @Test
    void loadsADirectoryThenSkipsUnchangedFilesWithoutExtracting() throws Exception {
        article("mill-one", "Greta Holm KILLED Otto Lange\nGreta Holm MARRIED_TO Jan Holm\n", "The Mill Pond");
        article("mill-two", "Jan Holm RESCUED Otto Lange\n", "The Mill Pond");

        ArticleLoader.Report first = loader().load(List.of(dir), null);
        assertEquals(2, first.loaded());
        assertEquals(2, extractor.calls.get());
        assertEquals(new GraphCounts(2, 3, 3, 0, 0), first.counts());

        ArticleLoader.Report second = loader().load(List.of(dir), null);
        assertEquals(0, second.loaded());
        assertEquals(2, second.skipped());
        assertEquals(2, extractor.calls.get(), "unchanged files are not extracted again");
        assertEquals(first.counts(), second.counts());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("[2/2]"));

        // A changed article is extracted again and replaces its old contribution.
        article("mill-one", "Greta Holm KILLED Otto Lange\n", "The Mill Pond");
        ArticleLoader.Report third = loader().load(List.of(dir), null);
        assertEquals(1, third.loaded());
        assertEquals(1, third.skipped());
        assertEquals(3, extractor.calls.get());
        // Jan stays (mill-two mentions him), the marriage only the old version stated goes.
        assertEquals(new GraphCounts(2, 3, 2, 0, 0), third.counts());
    }

    @Test
    void theMetadataNamesTheStoryAndTheCommandLineOverridesIt() throws Exception {
        article("ferry", "Ida Berg BETRAYED Nils Berg\n", "The Night Ferry");
        loader().load(List.of(dir.resolve("ferry.txt")), null);
        assertEquals(1, GraphSnapshot.count(driver,
                "MATCH (:Character)-[:IN_STORY]->(s:Story {name: 'The Night Ferry'}) RETURN count(DISTINCT s)"));
        assertEquals(1, GraphSnapshot.count(driver,
                "MATCH (d:Document {id: 'ferry', title: 'About ferry', source: 'tests'}) RETURN count(d)"));

        // The same bytes under another story are not "unchanged": they move.
        ArticleLoader.Report moved = loader().load(List.of(dir.resolve("ferry.txt")), "Ferry Remake");
        assertEquals(1, moved.loaded());
        assertEquals(0, GraphSnapshot.count(driver, "MATCH (s:Story {name: 'The Night Ferry'}) RETURN count(s)"));
        assertEquals(2, GraphSnapshot.count(driver,
                "MATCH (c:Character {story: 'ferry-remake'}) RETURN count(c)"));
    }

    @Test
    void aBadFileIsReportedAndTheOthersStillLoad() throws Exception {
        article("good", "Ida Berg BETRAYED Nils Berg\n", "Harbour");
        Files.writeString(dir.resolve("empty.txt"), "");
        ArticleLoader.Report report = loader().load(List.of(dir, dir.resolve("missing.txt")), null);
        assertEquals(1, report.loaded());
        assertEquals(2, report.failed());
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("is empty")), report.failures().toString());
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("no such file")), report.failures().toString());
    }

    @Test
    void aFailingExtractionLeavesThePreviousVersionInPlace() throws Exception {
        article("ferry", "Ida Berg BETRAYED Nils Berg\n", "The Night Ferry");
        loader().load(List.of(dir), null);
        List<String> before = GraphSnapshot.of(driver);
        article("ferry", "Ida Berg KILLED Nils Berg\n", "The Night Ferry");
        ArticleLoader failing = new ArticleLoader(new GraphWriter(driver), () -> (doc, text) -> {
            throw new IllegalStateException("parser crashed");
        }, new PrintStream(progress, true, StandardCharsets.UTF_8));
        ArticleLoader.Report report = failing.load(List.of(dir), null);
        assertEquals(1, report.failed());
        assertEquals(before, GraphSnapshot.of(driver));
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("parser crashed"));
    }
}
