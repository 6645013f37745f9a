package charactergraph.api.documents;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The text of a loaded article, for reading a quoted sentence in its place ("why do you say that?"). Read-only. */
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Documents")
public class DocumentTextController {
    private final DocumentTextService texts;

    DocumentTextController(DocumentTextService texts) {
        this.texts = texts;
    }

    @Operation(summary = "A loaded article's text, which every evidence start and end of that document points into")
    @Get(uri = "/{id}/text", produces = MediaType.APPLICATION_JSON)
    public DocumentText text(@PathVariable String id) {
        return texts.text(id);
    }
}
