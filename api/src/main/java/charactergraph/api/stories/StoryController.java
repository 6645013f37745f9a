package charactergraph.api.stories;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import charactergraph.api.common.Limits;

/** Stories: the list, and one story's characters, relationships and secrets for a picture (the story page's data). */
@Controller("/api/stories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stories")
public class StoryController {
    private final StoryQueryService stories;

    StoryController(StoryQueryService stories) {
        this.stories = stories;
    }

    @Operation(summary = "Every story, by name, with how many characters, relationships, secrets and documents it has")
    @Get(produces = MediaType.APPLICATION_JSON)
    public List<StorySummary> stories(
            @Parameter(description = "at most this many (default 100, 1 to 1000)") @Nullable @QueryValue String limit) {
        return stories.stories(Limits.intParam("limit", limit, 100, 1, 1000));
    }

    @Operation(summary = "One story's characters and relationships (Cytoscape.js elements) and its secrets with who knew"
            + " them, optionally as of a point of the story")
    @Get(uri = "/{id}/graph", produces = MediaType.APPLICATION_JSON)
    public StoryGraph graph(
            @Parameter(description = "the story id (or its name)") @PathVariable String id,
            @Parameter(description = "a sentence order: only what the story showed before it")
            @Nullable @QueryValue String asOf,
            @Parameter(description = "at most this many characters, most mentioned first (default 500, 1 to 2000)")
            @Nullable @QueryValue String limit) {
        return stories.graph(id, Limits.optionalLong("asOf", asOf, 0), Limits.intParam("limit", limit, 500, 1, 2000));
    }
}
