package charactergraph.api.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /api/export?format=cypher|graphml|csv&story=NAME}: the graph (or one story, by name or id) as a Cypher
 * script any Neo4j can run, as GraphML for Gephi and yEd, or as a zip of CSV files for {@code neo4j-admin import}.
 * Without {@code format}, a Cypher script. An unknown format is a 400, an unknown story a 404 (problem+json).
 */
@Controller("/api/export")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExportController {
    private final ExportService exports;

    public ExportController(ExportService exports) {
        this.exports = exports;
    }

    @Get
    public HttpResponse<byte[]> export(@QueryValue(defaultValue = "cypher") String format,
                                       @Nullable @QueryValue String story) {
        ExportService.Format f = ExportService.Format.parse(format).orElseThrow(() -> new HttpStatusException(
                HttpStatus.BAD_REQUEST, "unknown export format '" + format + "': use one of "
                + ExportService.Format.names()));
        String storyId = null;
        if (story != null && !story.isBlank()) {
            storyId = ExportService.storyId(story).orElseThrow(() -> new HttpStatusException(HttpStatus.BAD_REQUEST,
                    "story '" + story + "' has no letters or digits"));
            if (!exports.storyExists(storyId)) {
                throw new HttpStatusException(HttpStatus.NOT_FOUND, "no story '" + story + "' (id " + storyId
                        + ") in the graph");
            }
        }
        ExportService.ExportFile file = exports.export(f, storyId);
        return HttpResponse.ok(file.bytes())
                .contentType(file.format().mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    }
}
