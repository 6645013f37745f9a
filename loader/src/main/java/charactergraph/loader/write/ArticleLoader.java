package charactergraph.loader.write;

import charactergraph.loader.cli.ArticleFile;
import charactergraph.loader.cli.InputException;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Extraction;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads article files into the graph: for each file, read it (with its {@code NAME.meta.json}), skip it when the
 * graph already holds exactly these bytes for this story (by sha256, before any NLP runs; a changed title or source
 * is updated on the document node), otherwise extract and write it in one transaction. Used by the {@code load} command and by the API at start-up for {@code seeds/}.
 *
 * <p>A bad file (missing, empty, binary, failing extraction) is reported and counted, and the others still load;
 * an unreachable database stops the run, since every further file would fail the same way.
 */
public final class ArticleLoader {

    /** Text to graph model: the NLP pipeline ({@code ArticleExtractor::extract}) or, in tests, something simpler. */
    @FunctionalInterface
    public interface Extractor {
        Extraction extract(DocumentInfo document, String text);
    }

    /** What a run did. {@code counts} is the whole graph afterwards. */
    public record Report(int loaded, int skipped, int failed, List<String> failures, GraphCounts counts,
                         long millis) {
    }

    private final GraphWriter writer;
    private final Supplier<Extractor> extractor;
    private final PrintStream progress;
    private Extractor built;

    /**
     * @param extractor built on the first article that needs it, so that a start-up with nothing new never loads
     *                  the language models
     * @param progress  where progress lines go (stderr for the command line)
     */
    public ArticleLoader(GraphWriter writer, Supplier<Extractor> extractor, PrintStream progress) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Loads the files given, and the articles of the directories given (files ending in .txt or .md, in name
     * order, not descending into sub-directories).
     *
     * @param story when not null, the story of every article, overriding the metadata files
     */
    public Report load(List<Path> inputs, String story) {
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    List<Path> found = s.filter(ArticleLoader::isArticle).sorted().toList();
                    if (found.isEmpty()) {
                        progress.println("warning: no articles (*.txt, *.md) in " + input);
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    failures.add(input + ": cannot list directory: " + e.getMessage());
                }
            } else {
                files.add(input);
            }
        }
        int loaded = 0;
        int skipped = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String prefix = "[" + (i + 1) + "/" + files.size() + "] " + file + ": ";
            try {
                ArticleFile article = ArticleFile.read(file, progress);
                DocumentInfo doc = article.document();
                if (story != null && !story.isBlank()) {
                    doc = new DocumentInfo(doc.id(), doc.title(), doc.source(), story.strip(), doc.sha256());
                }
                GraphWriter.Refresh stored = writer.refresh(doc, article.text());
                if (stored != GraphWriter.Refresh.NOT_LOADED) {
                    skipped++;
                    progress.println(prefix + (stored == GraphWriter.Refresh.METADATA_UPDATED
                            ? "text unchanged, title and source updated" : "unchanged, skipped"));
                    continue;
                }
                long t0 = System.nanoTime();
                progress.println(prefix + "extracting...");
                Extraction extraction = extractor().extract(doc, article.text());
                long t1 = System.nanoTime();
                // another load of the same file (a second loader, the API) may have committed meanwhile: the
                // writer checks again under the story's lock and then writes nothing
                WriteResult result = writer.writeIfChanged(extraction, article.text());
                long t2 = System.nanoTime();
                if (result.unchanged()) {
                    skipped++;
                    progress.println(prefix + "loaded meanwhile by another writer, skipped");
                    continue;
                }
                loaded++;
                progress.printf(Locale.ROOT, "%sloaded into story '%s': %d characters (%d new), %d relationships, "
                                + "%d secrets (extract %.1f s, write %.2f s)%n", prefix, doc.story(),
                        extraction.characters().size(), result.newCharacters(), result.relations(), result.secrets(),
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
                for (String warning : result.warnings()) {
                    progress.println("  warning: " + warning);
                }
            } catch (InputException e) {
                failures.add(e.getMessage());
                progress.println(prefix + "failed: " + e.getMessage());
            } catch (ServiceUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                // One article's failure (a pipeline bug, bad metadata) must not stop the others; its transaction
                // rolled back, so the graph holds its previous version if any.
                failures.add(file + ": " + e);
                progress.println(prefix + "failed, graph unchanged for this article: " + e);
            }
        }
        GraphCounts counts = writer.counts();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Report(loaded, skipped, failures.size(), List.copyOf(failures), counts, millis);
    }

    /** The one-paragraph summary the command prints at the end. */
    public static String summary(Report r) {
        return String.format(Locale.ROOT, "%d loaded, %d unchanged, %d failed in %.1f s; the graph holds "
                        + "%d documents, %d characters, %d relationships between characters, %d secrets, %d actors",
                r.loaded(), r.skipped(), r.failed(), r.millis() / 1000.0, r.counts().documents(),
                r.counts().characters(), r.counts().relationships(), r.counts().secrets(), r.counts().actors());
    }

    private Extractor extractor() {
        if (built == null) {
            built = extractor.get();
        }
        return built;
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"));
    }
}
