package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.export.CypherScript;
import charactergraph.loader.export.GraphExport;
import charactergraph.loader.export.GraphExportReader;
import charactergraph.loader.export.ThrowawayNeo4j;
import charactergraph.loader.write.ArticleLoader;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;
import org.neo4j.driver.Driver;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code cypher FILE|DIR... [--story NAME]}: prints a Cypher script that builds the articles' graph in any Neo4j.
 * The articles go through the same pipeline and writer as {@code load}, into a throwaway in-process Neo4j; the script
 * is exported from that graph, so it holds exactly what {@code load} would write. Timestamps are left to the database
 * that runs the script, so the same articles always give the same bytes.
 */
public final class CypherCommand implements Command {
    private final Supplier<ArticleLoader.Extractor> extractor;

    public CypherCommand() {
        this(() -> new ArticleExtractor()::extract);
    }

    /** With another extractor (tests). */
    CypherCommand(Supplier<ArticleLoader.Extractor> extractor) {
        this.extractor = extractor;
    }

    @Override
    public String summary() {
        return "print a Cypher script that builds the articles' graph in any Neo4j (MERGE, safe to rerun)";
    }

    @Override
    public String usage() {
        return "FILE|DIR... [--story NAME]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Path> inputs = new ArrayList<>();
        String story = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--story")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("--story needs a name");
                }
                story = args.get(++i);
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                inputs.add(Path.of(a).toAbsolutePath().normalize());
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("cypher needs at least one FILE or DIR");
        }
        if (story != null && story.isBlank()) {
            throw new UsageException("--story needs a name");
        }
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new InputException("no such file or directory: " + p);
            }
            if (!Files.isDirectory(p)) {
                // A bad file is named at once, before the temporary Neo4j takes seconds to start.
                ArticleFile.read(p, new PrintStream(OutputStream.nullOutputStream()));
            }
        }
        String script = script(inputs, story, extractor, err);
        if (script == null) {
            return 1;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(script);
        w.flush();
        return 0;
    }

    /** The script for these inputs, or null when an article failed (the failures are on {@code err}). */
    static String script(List<Path> inputs, String story, Supplier<ArticleLoader.Extractor> extractor,
                         PrintStream err) {
        long t0 = System.nanoTime();
        err.println("starting a temporary Neo4j for the export...");
        try (ThrowawayNeo4j neo4j = new ThrowawayNeo4j()) {
            err.printf("temporary Neo4j ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            new SchemaInstaller(neo4j.driver()).install();
            return script(neo4j.driver(), inputs, story, extractor, err);
        }
    }

    /**
     * Loads the inputs with the product's writer into an empty database and exports it as a script; null when an
     * article failed. Public so that the seed scripts' test regenerates them exactly the way this command does.
     */
    public static String script(Driver emptyDatabase, List<Path> inputs, String story,
                                Supplier<ArticleLoader.Extractor> extractor, PrintStream err) {
        GraphWriter writer = new GraphWriter(emptyDatabase);
        ArticleLoader.Report report = new ArticleLoader(writer, extractor, err).load(inputs, story);
        err.println(ArticleLoader.summary(report));
        if (report.failed() > 0) {
            err.println("error: no script printed: " + report.failed() + " article(s) failed");
            return null;
        }
        if (report.loaded() + report.skipped() == 0) {
            err.println("error: no script printed: no article (*.txt, *.md) found in " + inputs);
            return null;
        }
        GraphExport graph = new GraphExportReader(emptyDatabase).read(null);
        return CypherScript.of(graph, CypherScript.Timestamps.WHEN_RUN);
    }
}
