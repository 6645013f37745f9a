package charactergraph.api.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

import charactergraph.api.error.ApiProblem;
import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.neo4j.Neo4jCalls;
import charactergraph.api.neo4j.Neo4jSettings;
import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;
import charactergraph.loader.write.Slugs;
import charactergraph.loader.write.WriteHook;
import charactergraph.loader.write.WriteResult;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Extraction;

/**
 * Articles: list, load (the loader's NLP pipeline and writer, as the {@code load} command runs them) and remove.
 * The pipeline is built on the first upload (CoreNLP takes ~10 s to load) and runs one article at a time. Every
 * write runs within the write deadline ({@link Neo4jCalls}), so a hung Neo4j cannot hold an upload, and with it the
 * lock every later upload waits for, without end; extraction, which does not touch Neo4j, is outside it.
 */
@Singleton
public class DocumentService {
    private final GraphReads reads;
    private final Driver driver;
    private final Neo4jSettings settings;
    private final GraphWriter writer;
    private final ExtractorProvider extractors;
    private final Neo4jCalls calls;
    private boolean schemaInstalled;

    public DocumentService(GraphReads reads, Driver driver, Neo4jSettings settings, ExtractorProvider extractors,
                           Neo4jCalls calls) {
        this.reads = reads;
        this.calls = calls;
        this.extractors = extractors;
        this.driver = driver;
        this.settings = settings;
        this.writer = new GraphWriter(driver, database(settings), WriteHook.NONE);
    }

    private static String database(Neo4jSettings settings) {
        return settings.getDatabase().isBlank() ? null : settings.getDatabase();
    }

    public List<DocumentSummary> documents() {
        return reads.list("api/documents.cypher", Map.of(), r -> new DocumentSummary(r.get("id").asString(),
                r.get("title").asString(null), r.get("source").asString(null), r.get("story").asString(null),
                r.get("loadedAt").asString(null), r.get("sha256").asString(null), r.get("characters").asLong(),
                r.get("relationships").asLong(), r.get("secrets").asLong()));
    }

    public synchronized DocumentAdded add(String text, String id, String title, String source, String story) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.badRequest("Empty article", "The request body must be the article as plain text"
                    + " (Content-Type: text/plain; charset=utf-8).");
        }
        if (text.indexOf('\0') >= 0) {
            throw ApiProblem.badRequest("Not text", "The body holds NUL characters; send the article as plain text.");
        }
        if (story == null || story.isBlank() || Slugs.slug(story).isEmpty()) {
            throw ApiProblem.badRequest("Missing story", "Say which story the article is about: ?story=All%20Her%20Fault"
                    + " (or the header X-Story). Characters merge only within one story.");
        }
        String docId = Slugs.slug(id == null || id.isBlank() ? title : id);
        if (docId.isEmpty()) {
            throw ApiProblem.badRequest("Missing title", "Give the article a title (?title=...) or an id (?id=...),"
                    + " with at least one letter or digit; the document id is made from it.");
        }
        DocumentInfo doc = new DocumentInfo(docId, title == null || title.isBlank() ? docId : title.strip(),
                source == null || source.isBlank() ? null : source.strip(), story.strip(), sha256(text));
        installSchemaOnce();
        // Same bytes in the same story: nothing to extract (a changed title or source is updated in passing).
        if (calls.write(() -> writer.refresh(doc, text)) != GraphWriter.Refresh.NOT_LOADED) {
            return new DocumentAdded(docId, Slugs.slug(doc.story()), true, List.of(), 0, 0, 0, List.of(), 0);
        }
        long t0 = System.nanoTime();
        Extraction extraction;
        try {
            extraction = extractor().extract(doc, text);
        } catch (RuntimeException e) {
            // A pipeline failure on odd text must not look like a server fault, and the graph is untouched.
            throw new ApiProblem(io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY, "Cannot extract the article",
                    "The language pipeline failed on this text (" + e + "); the graph is unchanged. Check that the"
                            + " body is the article's plain text.");
        }
        long extractMillis = (System.nanoTime() - t0) / 1_000_000;
        // Another upload of the same bytes may have committed while this one was extracting: the writer checks again
        // under the story's lock and then writes nothing.
        WriteResult result = calls.write(() -> writer.writeIfChanged(extraction, text));
        return new DocumentAdded(docId, Slugs.slug(doc.story()), result.unchanged(),
                result.characters().values().stream().distinct().sorted().toList(), result.newCharacters(),
                result.relations(), result.secrets(), result.warnings(), extractMillis);
    }

    public void remove(String id) {
        if (!calls.write(() -> writer.removeDocument(id))) {
            List<String> ids = documents().stream().map(DocumentSummary::id).toList();
            throw ApiProblem.notFound("Unknown document", "No document has the id '" + id + "'. "
                    + (ids.isEmpty() ? "The graph holds no documents." : "Loaded documents: " + String.join(", ", ids)
                    + "."));
        }
    }

    private void installSchemaOnce() {
        if (!schemaInstalled) {
            calls.write(() -> new SchemaInstaller(driver, database(settings)).install());
            schemaInstalled = true;
        }
    }

    private ArticleExtractor extractor() {
        return extractors.get();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
