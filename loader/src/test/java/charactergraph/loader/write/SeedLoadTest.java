package charactergraph.loader.write;

import charactergraph.loader.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article through the real pipeline and writer, as the app loads it at start-up. */
class SeedLoadTest {
    private static Path seeds() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ above " + here);
    }

    @Test
    void theSeedLoadsOnceWithProvenanceAndIsSkippedOnTheNextStart() {
        Driver driver = SharedNeo4j.wiped();
        AtomicInteger extractions = new AtomicInteger();
        ArticleExtractor pipeline = new ArticleExtractor();
        ArticleLoader.Extractor counting = (doc, text) -> {
            extractions.incrementAndGet();
            return pipeline.extract(doc, text);
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ArticleLoader loader = new ArticleLoader(new GraphWriter(driver), () -> counting,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        ArticleLoader.Report first = loader.load(List.of(seeds()), null);
        System.out.println(log.toString(StandardCharsets.UTF_8));
        System.out.println("seed: " + ArticleLoader.summary(first));
        try (var session = driver.session()) {
            System.out.println("seed nodes: " + session.run(
                    "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label").list(
                    r -> r.get("label").asString() + "=" + r.get("n").asLong()));
            System.out.println("seed relationships: " + session.run(
                    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type").list(
                    r -> r.get("type").asString() + "=" + r.get("n").asLong()));
        }
        assertEquals(1, first.loaded(), first.failures().toString());
        assertTrue(first.counts().characters() >= 5, first.counts().toString());
        assertTrue(first.counts().relationships() >= 3, first.counts().toString());
        assertEquals(1, GraphSnapshot.count(driver, "MATCH (s:Story {name: 'All Her Fault'}) RETURN count(s)"));
        assertEquals(0, GraphSnapshot.count(driver, """
                MATCH ()-[r]->() WHERE NOT type(r) IN ['IN_STORY', 'MENTIONS', 'REPORTS']
                  AND (r.sources IS NULL OR size(r.sources) = 0 OR size(r.quotes) <> size(r.sources)
                       OR r.confidence IS NULL)
                RETURN count(r)"""), "every relationship carries provenance");

        ArticleLoader.Report second = loader.load(List.of(seeds()), null);
        assertEquals(1, second.skipped());
        assertEquals(1, extractions.get(), "an unchanged seed is not extracted again");
        assertEquals(first.counts(), second.counts());
    }
}
