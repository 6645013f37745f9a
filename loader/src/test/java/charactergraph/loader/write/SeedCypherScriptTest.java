package charactergraph.loader.write;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.cli.CypherCommand;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each seed article in {@code seeds/} has its Cypher script beside it ({@code NAME.cypher}), and the script is what
 * the cypher command makes of the article today: the real pipeline, the writer, the export. A change to the rules,
 * the pipeline or the writer that changes the seed's graph fails here until the script is regenerated with
 * {@code java -Xmx3g -jar loader/target/loader.jar cypher seeds/NAME.txt > seeds/NAME.cypher}.
 */
class SeedCypherScriptTest {
    @Test
    void everySeedScriptIsUpToDateAndRebuildsTheWritersGraph() throws Exception {
        Path seeds = seeds();
        List<Path> articles;
        try (Stream<Path> files = Files.list(seeds)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(articles.isEmpty());
        ArticleExtractor pipeline = new ArticleExtractor();
        List<String> stale = new ArrayList<>();
        for (Path article : articles) {
            Path scriptFile = seeds.resolve(article.getFileName().toString().replaceAll("\\.txt$", ".cypher"));
            Driver driver = SharedNeo4j.wiped();
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            String script = CypherCommand.script(driver, List.of(article), null, () -> pipeline::extract,
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            assertTrue(script != null, log.toString(StandardCharsets.UTF_8));
            List<String> written = GraphSnapshotWithoutTimes.of(driver);

            if (!Files.isRegularFile(scriptFile)
                    || !Files.readString(scriptFile, StandardCharsets.UTF_8).equals(script)) {
                stale.add(scriptFile.getFileName().toString());
                continue;
            }
            SharedNeo4j.wiped();
            ScriptRunner.run(driver, script);
            assertEquals(written, GraphSnapshotWithoutTimes.of(driver), scriptFile + " rebuilds the writer's graph");
            ScriptRunner.run(driver, script);
            assertEquals(written, GraphSnapshotWithoutTimes.of(driver), scriptFile + " run twice: no duplicates");
        }
        if (!stale.isEmpty()) {
            fail("stale or missing seed scripts " + stale + ": regenerate each with "
                    + "java -Xmx3g -jar loader/target/loader.jar cypher seeds/NAME.txt > seeds/NAME.cypher");
        }
    }

    /** GraphSnapshot with loadedAt reduced to its presence: the script leaves the time to the database. */
    private static final class GraphSnapshotWithoutTimes {
        static List<String> of(Driver driver) {
            return GraphSnapshot.of(driver).stream()
                    .map(l -> l.replaceAll("loadedAt=[^,}]*", "loadedAt=set")).toList();
        }
    }

    private static Path seeds() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ above " + Path.of("").toAbsolutePath());
    }
}
