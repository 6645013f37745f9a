package charactergraph.api.documents;

import java.net.URI;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Articles the graph is built from. Reads are open; POST and DELETE need {@code Authorization: Bearer <token>}
 * (see {@link WriteSettings}). Extraction is slow, so these run on the blocking pool, never the event loop.
 */
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Documents")
public class DocumentController {
    private final DocumentService documents;
    private final WriteTokenGuard guard;

    public DocumentController(DocumentService documents, WriteTokenGuard guard) {
        this.documents = documents;
        this.guard = guard;
    }

    @Operation(summary = "Every loaded article, with how many characters, relationships and secrets rest on it")
    @Get(produces = MediaType.APPLICATION_JSON)
    public List<DocumentSummary> list() {
        return documents.documents();
    }

    @Operation(summary = "Extract an article (plain-text body, at most 5 MB) and load it into the graph (needs the token)")
    @Post(consumes = MediaType.TEXT_PLAIN, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<DocumentAdded> add(
            @Parameter(hidden = true) @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(hidden = true) @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
            @Body byte[] body,
            @Parameter(description = "the story; characters merge only within one story") @Nullable @QueryValue String story,
            @Parameter(description = "the article's title; the document id is made from it") @Nullable @QueryValue String title,
            @Parameter(description = "where the article comes from") @Nullable @QueryValue String source,
            @Parameter(description = "the document id (default: from the title)") @Nullable @QueryValue String id,
            @Parameter(description = "instead of story=") @Nullable @Header("X-Story") String storyHeader,
            @Parameter(description = "instead of title=") @Nullable @Header("X-Title") String titleHeader,
            @Parameter(description = "instead of source=") @Nullable @Header("X-Source") String sourceHeader) {
        guard.check(authorization);
        String text = ArticleText.decode(body, contentType);
        DocumentAdded added = documents.add(text, id, first(title, titleHeader), first(source, sourceHeader),
                first(story, storyHeader));
        if (added.unchanged()) {
            return HttpResponse.ok(added);
        }
        return HttpResponse.created(added, URI.create("/api/documents/" + added.id()));
    }

    @Operation(summary = "Remove an article and everything only it supported (needs the token)")
    @Delete(uri = "/{id}")
    public HttpResponse<Void> remove(@Parameter(hidden = true) @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                     @PathVariable String id) {
        guard.check(authorization);
        documents.remove(id);
        return HttpResponse.noContent();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
