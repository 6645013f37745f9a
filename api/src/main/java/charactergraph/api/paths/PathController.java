package charactergraph.api.paths;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import charactergraph.api.common.Limits;

/** Chains of relationships between two characters. */
@Controller("/api/paths")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Paths")
public class PathController {
    private final PathQueryService paths;

    public PathController(PathQueryService paths) {
        this.paths = paths;
    }

    @Operation(summary = "The shortest chain of relationships between two characters (404 when none within maxHops)")
    @Get(uri = "/shortest", produces = MediaType.APPLICATION_JSON)
    public PathAnswer shortest(
            @Parameter(description = "character id, name or alias (any case)") @Nullable @QueryValue String from,
            @Parameter(description = "character id, name or alias (any case)") @Nullable @QueryValue String to,
            @Parameter(description = "story id, when a name exists in several stories") @Nullable @QueryValue String story,
            @Parameter(description = "comma-separated relationship types, e.g. KILLED,PARENT_OF") @Nullable @QueryValue String types,
            @Parameter(description = "1 to 10, default 6") @Nullable @QueryValue String maxHops) {
        return paths.shortest(from, to, story, types, Limits.intParam("maxHops", maxHops,
                PathQueryService.DEFAULT_HOPS, 1, PathQueryService.MAX_SHORTEST_HOPS));
    }

    @Operation(summary = "Every simple path between two characters, shortest first")
    @Get(produces = MediaType.APPLICATION_JSON)
    public PathAnswer all(
            @Parameter(description = "character id, name or alias (any case)") @Nullable @QueryValue String from,
            @Parameter(description = "character id, name or alias (any case)") @Nullable @QueryValue String to,
            @Parameter(description = "story id, when a name exists in several stories") @Nullable @QueryValue String story,
            @Parameter(description = "comma-separated relationship types") @Nullable @QueryValue String types,
            @Parameter(description = "1 to 6, default 6") @Nullable @QueryValue String maxHops,
            @Parameter(description = "1 to 200, default 25") @Nullable @QueryValue String limit) {
        return paths.all(from, to, story, types,
                Limits.intParam("maxHops", maxHops, PathQueryService.DEFAULT_HOPS, 1, PathQueryService.MAX_ALL_PATHS_HOPS),
                Limits.intParam("limit", limit, PathQueryService.DEFAULT_LIMIT, 1, PathQueryService.MAX_LIMIT));
    }
}
