package charactergraph.loader.write;

import charactergraph.model.EvidenceEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

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

    @Test
    void aChangedTitleOrSourceUpdatesTheDocumentWithoutExtracting() throws Exception {
        article("ferry", "Ida Berg BETRAYED Nils Berg\n", "The Night Ferry");
        loader().load(List.of(dir), null);
        List<String> before = GraphSnapshot.of(driver);

        Files.writeString(dir.resolve("ferry.meta.json"),
                "{\"title\": \"The Night Ferry, explained\", \"source\": \"https://example.org/ferry\", "
                        + "\"story\": \"The Night Ferry\"}");
        ArticleLoader.Report report = loader().load(List.of(dir), null);

        assertEquals(0, report.loaded());
        assertEquals(1, report.skipped());
        assertEquals(1, extractor.calls.get(), "same text: no extraction");
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("title and source updated"));
        assertEquals(1, GraphSnapshot.count(driver, "MATCH (d:Document {id: 'ferry', title: 'The Night Ferry, explained', "
                + "source: 'https://example.org/ferry'}) RETURN count(d)"));
        // Nothing else changed: the graph differs only in the document node's line.
        List<String> after = GraphSnapshot.of(driver);
        assertEquals(before.size(), after.size());
        List<String> changed = after.stream().filter(line -> !before.contains(line)).toList();
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).startsWith("node [Document]"), changed.toString());

        // Loading again now changes nothing at all.
        assertEquals(1, loader().load(List.of(dir), null).skipped());
        assertEquals(after, GraphSnapshot.of(driver));
    }

    @Test
    void keepsEachArticlesTextSoThatEveryQuoteIsFoundAtItsOffsets() throws Exception {
        String v1 = "Ida Berg BETRAYED Nils Berg\nA line with no relation.\nNils Berg MARRIED_TO Ulla Berg\n";
        article("ferry", v1, "The Night Ferry");
        loader().load(List.of(dir), null);
        assertEquals(v1, documentText("ferry"));
        List<Record> entries = driver.executableQuery("MATCH (:Character)-[r]->(:Character) UNWIND range(0, size(r.quotes) - 1) AS i"
                + " RETURN r.quotes[i] AS quote, r.evidence[i] AS entry").execute().records();
        assertEquals(2, entries.size());
        for (Record e : entries) {
            EvidenceEntry.Fields f = EvidenceEntry.parse(e.get("entry").asString());
            assertEquals(e.get("quote").asString(), v1.substring(f.start().intValue(), f.end().intValue()));
        }

        // A changed article replaces the text with the new one, whose offsets the new evidence uses.
        String v2 = "Preface.\nIda Berg BETRAYED Nils Berg\n";
        article("ferry", v2, "The Night Ferry");
        loader().load(List.of(dir), null);
        assertEquals(v2, documentText("ferry"));

        // A graph loaded before texts were kept gets the text on the next load of the same bytes, without extracting.
        driver.executableQuery("MATCH (d:Document {id: 'ferry'}) REMOVE d.text").execute();
        int calls = extractor.calls.get();
        assertEquals(1, loader().load(List.of(dir), null).skipped());
        assertEquals(calls, extractor.calls.get());
        assertEquals(v2, documentText("ferry"));
    }

    private String documentText(String id) {
        return driver.executableQuery("MATCH (d:Document {id: $id}) RETURN d.text AS text")
                .withParameters(java.util.Map.of("id", id)).execute().records().get(0).get("text").asString(null);
    }

    @Test
    void aChangedStoryInTheMetadataIsAReload() throws Exception {
        article("ferry", "Ida Berg BETRAYED Nils Berg\n", "The Night Ferry");
        loader().load(List.of(dir), null);
        article("ferry", "Ida Berg BETRAYED Nils Berg\n", "Ferry Remake");

        ArticleLoader.Report report = loader().load(List.of(dir), null);

        assertEquals(1, report.loaded());
        assertEquals(2, extractor.calls.get());
        assertEquals(0, GraphSnapshot.count(driver, "MATCH (s:Story {name: 'The Night Ferry'}) RETURN count(s)"));
        assertEquals(2, GraphSnapshot.count(driver, "MATCH (c:Character {story: 'ferry-remake'}) RETURN count(c)"));
        assertEquals(new GraphCounts(1, 2, 1, 0, 0), report.counts());
    }

    @Test
    void twoLoadersOnOneDirectoryAtOnceLoadEachArticleOnce() throws Exception {
        article("mill-one", "Greta Holm KILLED Otto Lange\nGreta Holm MARRIED_TO Jan Holm\n", "The Mill Pond");
        article("mill-two", "Jan Holm RESCUED Otto Lange\nGreta Holm MARRIED_TO Jan Holm\n", "The Mill Pond");
        // A slow extraction, so that both loaders find each article not loaded yet and both extract it.
        ArticleLoader.Extractor slow = (doc, text) -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return extractor.extract(doc, text);
        };
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<ArticleLoader.Report>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(threads.submit(() -> new ArticleLoader(new GraphWriter(driver), () -> slow,
                        new PrintStream(progress, true, StandardCharsets.UTF_8)).load(List.of(dir), null)));
            }
            int loaded = 0;
            int skipped = 0;
            for (var run : runs) {
                ArticleLoader.Report r = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(0, r.failed(), r.failures().toString());
                loaded += r.loaded();
                skipped += r.skipped();
            }
            assertEquals(2, loaded, "each article written once");
            assertEquals(2, skipped, "and found loaded by the other loader once");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(new GraphCounts(2, 3, 3, 0, 0), new GraphWriter(driver).counts());
        assertEquals(List.of("mill-one", "mill-two"), GraphSnapshot.relationship(driver, "the-mill-pond/greta-holm",
                "MARRIED_TO", "the-mill-pond/jan-holm").get("sources"));
        assertEquals(3, GraphSnapshot.count(driver, "MATCH (c:Character) RETURN count(DISTINCT c.name)"));
    }
}
