package charactergraph.api.seeds;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

import charactergraph.api.neo4j.Neo4jSettings;
import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.write.ArticleLoader;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;

/**
 * At start-up, before the HTTP server listens and the app says it is ready: applies the schema, then loads every
 * article of the seeds directory ({@code CHARACTER_GRAPH_SEEDS}, default {@code seeds} under the working directory)
 * that the graph does not hold yet. Unchanged articles are skipped by hash without starting CoreNLP, so a second
 * start takes a second. Nothing here stops the app: a failing article, a missing directory or a schema the server
 * refuses is reported, and the API starts with the graph as it is.
 */
@Singleton
public class SeedLoader {
    /** CoreNLP's pipeline needs about 2 GB of live heap; below this the extraction would die of OutOfMemoryError. */
    static final long MIN_EXTRACTION_HEAP = 1900L * 1024 * 1024;

    /** What the start-up did, for the banner and for tests. */
    public record Outcome(String seeds, Optional<ArticleLoader.Report> report, List<String> problems) {
        public String summary() {
            if (report.isPresent()) {
                return ArticleLoader.summary(report.get());
            }
            if (seeds.isEmpty() && problems.isEmpty()) {
                return "disabled (CHARACTER_GRAPH_SEEDS is empty)";
            }
            return problems.isEmpty() ? "no seeds loaded" : String.join("; ", problems);
        }
    }

    private final Driver driver;
    private final Neo4jSettings settings;
    private final String seeds;
    private final Supplier<ArticleLoader.Extractor> extractor;
    private final PrintStream out = System.out;
    private volatile Outcome outcome;

    public SeedLoader(Driver driver, Neo4jSettings settings, @Value("${character-graph.seeds:seeds}") String seeds) {
        this.driver = driver;
        this.settings = settings;
        this.seeds = seeds == null ? "" : seeds.strip();
        this.extractor = () -> nlpExtractor(Runtime.getRuntime().maxMemory());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        outcome = run();
    }

    /** The outcome of the start-up load (empty before it ran). */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    Outcome run() {
        String database = settings.getDatabase().isBlank() ? null : settings.getDatabase();
        try {
            int statements = new SchemaInstaller(driver, database).install();
            out.println("Schema: " + statements + " constraints and indexes in place");
        } catch (RuntimeException e) {
            String problem = "could not apply the schema (" + e.getMessage() + "); seeds not loaded";
            out.println("warning: " + problem);
            return new Outcome(seeds, Optional.empty(), List.of(problem));
        }
        if (seeds.isEmpty()) {
            out.println("Seeds: disabled (CHARACTER_GRAPH_SEEDS is empty)");
            return new Outcome(seeds, Optional.empty(), List.of());
        }
        Path dir = Path.of(seeds).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String problem = "seeds directory " + dir + " does not exist; no articles loaded"
                    + " (set CHARACTER_GRAPH_SEEDS to a directory of articles, or to empty to silence this)";
            out.println("warning: " + problem);
            return new Outcome(seeds, Optional.empty(), List.of(problem));
        }
        out.println("Seeds: loading new or changed articles of " + dir);
        try {
            ArticleLoader.Report report = new ArticleLoader(new GraphWriter(driver, database, null), extractor, out)
                    .load(List.of(dir), null);
            out.println("Seeds: " + ArticleLoader.summary(report));
            return new Outcome(seeds, Optional.of(report), report.failures());
        } catch (OutOfMemoryError e) {
            // Thrown while CoreNLP loads or annotates; its objects are garbage now, and the API itself needs little.
            String problem = "ran out of memory while extracting the seeds (Java heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); start with java -Xmx3g -jar ...";
            out.println("warning: " + problem);
            return new Outcome(seeds, Optional.empty(), List.of(problem));
        } catch (RuntimeException e) {
            // The loader stops only when Neo4j itself went away; the API starts anyway and /health says so.
            String problem = "loading the seeds stopped: " + e.getMessage();
            out.println("warning: " + problem);
            return new Outcome(seeds, Optional.empty(), List.of(problem));
        }
    }

    /** The NLP pipeline, built on the first article that needs it; refuses a heap too small for CoreNLP. */
    static ArticleLoader.Extractor nlpExtractor(long max) {
        if (max < MIN_EXTRACTION_HEAP) {
            throw new IllegalStateException("the Java heap (" + max / (1024 * 1024) + " MB) is too small for the"
                    + " language models, which need about 2 GB: start the app with java -Xmx3g -jar api/target/api.jar");
        }
        return new ArticleExtractor()::extract;
    }
}
