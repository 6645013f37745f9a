package charactergraph.api.testsupport;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.cli.ArticleFile;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;
import charactergraph.model.Extraction;

/**
 * The seed article's graph, built through the real pipeline: CoreNLP extraction runs once per test JVM (the
 * slow part, 15-30 s); each test class that wants the seed graph wipes the shared harness and writes the cached
 * extraction again with the real {@link GraphWriter} (a fraction of a second).
 */
public final class SeedGraph {
    private static Extraction extraction;
    private static String text;
    private static ArticleExtractor extractor;

    private SeedGraph() {
    }

    /** The pipeline, shared by every test of the JVM that extracts text (CoreNLP loads once). */
    public static synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = new ArticleExtractor();
        }
        return extractor;
    }

    /** Wipes the shared harness and loads the seed article into it, as the app's loader would. */
    public static synchronized void load() {
        if (extraction == null) {
            try {
                ArticleFile article = ArticleFile.read(seedFile(), new PrintStream(OutputStream.nullOutputStream()));
                extraction = extractor().extract(article.document(), article.text());
                text = article.text();
            } catch (Exception e) {
                throw new IllegalStateException("cannot extract the seed article", e);
            }
        }
        SharedNeo4j.wipe();
        try (Driver driver = GraphDatabase.driver(SharedNeo4j.instance().boltURI())) {
            new SchemaInstaller(driver).install();
            new GraphWriter(driver).write(extraction, text);
        }
    }

    /** The seed lives in the repository's seeds/ folder; tests run from the api module or the root. */
    public static Path seedFile() {
        for (Path p : new Path[] {Path.of("../seeds/all-her-fault-ending.txt"), Path.of("seeds/all-her-fault-ending.txt")}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("seed article not found from " + Path.of("").toAbsolutePath());
    }
}
