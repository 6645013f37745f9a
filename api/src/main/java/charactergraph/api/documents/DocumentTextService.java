package charactergraph.api.documents;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.neo4j.driver.Record;

import charactergraph.api.error.ApiProblem;
import charactergraph.api.neo4j.GraphReads;

/** Reads a loaded article's text from its document node (the writer keeps it there). */
@Singleton
class DocumentTextService {
    private final GraphReads reads;

    DocumentTextService(GraphReads reads) {
        this.reads = reads;
    }

    DocumentText text(String id) {
        List<Record> rows = reads.list("api/document-text.cypher", Map.of("id", id), r -> r);
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("Unknown document", "No document has the id '"
                    + (id.length() <= 80 ? id : id.substring(0, 80) + "...") + "'; GET /api/documents lists them.");
        }
        Record r = rows.get(0);
        if (r.get("text").isNull()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "Text not kept", "Document '" + id + "' was loaded by a version"
                    + " that did not keep article texts. Load the same file again (the app does so for seeds/ at"
                    + " start-up, without extracting it again) and its text is kept.");
        }
        return new DocumentText(r.get("id").asString(), r.get("title").asString(null), r.get("source").asString(null),
                r.get("story").asString(null), r.get("sha256").asString(null), r.get("text").asString());
    }
}
