package charactergraph.api.export;

import charactergraph.api.neo4j.Neo4jCalls;
import charactergraph.api.neo4j.Neo4jSettings;
import charactergraph.loader.export.CsvExport;
import charactergraph.loader.export.CypherScript;
import charactergraph.loader.export.GraphExport;
import charactergraph.loader.export.GraphExportReader;
import charactergraph.loader.export.GraphMl;
import charactergraph.loader.write.Slugs;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Exports the graph, or one story of it, in one read transaction, with the same exporters as the loader's cypher
 * command. A copy of a running graph keeps its timestamps (a document's {@code loadedAt}). The export's read runs
 * within the write deadline ({@link Neo4jCalls#bulkRead}): it reads a whole graph, which on a large one takes longer
 * than the read deadline allows a question, and the loader's reader has no query timeout, yet a hung Neo4j must not
 * hold the request.
 */
@Singleton
public class ExportService {
    /** The formats, with the media type and file extension of each. */
    public enum Format {
        CYPHER("text/plain; charset=utf-8", "cypher"),
        GRAPHML("application/graphml+xml; charset=utf-8", "graphml"),
        CSV("application/zip", "zip");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Optional<Format> parse(String name) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
        }

        public static String names() {
            return String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    /** The file: its bytes and a name to save it under. */
    public record ExportFile(String fileName, Format format, byte[] bytes) {
    }

    private final GraphExportReader reader;
    private final Neo4jCalls calls;

    public ExportService(Driver driver, Neo4jSettings settings, Neo4jCalls calls) {
        this.reader = new GraphExportReader(driver, settings.getDatabase());
        this.calls = calls;
    }

    /** The story id a name or id stands for (the slug), or empty when the text has no letters or digits. */
    public static Optional<String> storyId(String story) {
        String id = Slugs.slug(story);
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    public boolean storyExists(String storyId) {
        return calls.read(() -> reader.storyExists(storyId));
    }

    /** The export of the whole graph ({@code storyId} null) or one story. */
    public ExportFile export(Format format, String storyId) {
        GraphExport graph = calls.bulkRead(() -> reader.read(storyId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case CYPHER -> out.writeBytes(CypherScript.of(graph, CypherScript.Timestamps.KEEP)
                    .getBytes(StandardCharsets.UTF_8));
            case GRAPHML -> GraphMl.write(graph, out);
            case CSV -> CsvExport.writeZip(graph, out);
        }
        String base = storyId == null ? "character-graph" : "character-graph-" + storyId;
        return new ExportFile(base + "." + format.extension, format, out.toByteArray());
    }
}
