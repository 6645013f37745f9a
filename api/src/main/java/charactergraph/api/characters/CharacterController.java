package charactergraph.api.characters;

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

/**
 * Characters. A character id is {@code <story id>/<slug>} (for example {@code all-her-fault/peter}); it goes into
 * the path as it is, slash included: {@code /api/characters/all-her-fault/peter}. A single path segment is a name,
 * an alias or a URL-encoded id ({@code /api/characters/Josie}, {@code /api/characters/all-her-fault%2Fpeter}).
 */
@Controller("/api/characters")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Characters")
public class CharacterController {
    private final CharacterQueryService characters;

    public CharacterController(CharacterQueryService characters) {
        this.characters = characters;
    }

    @Operation(summary = "List characters, or search them by name or alias (full-text, forgiving typos)")
    @Get(produces = MediaType.APPLICATION_JSON)
    public List<CharacterSummary> search(
            @Parameter(description = "story id, e.g. all-her-fault") @Nullable @QueryValue String story,
            @Parameter(description = "words of a name or alias") @Nullable @QueryValue String q,
            @Parameter(description = "at most this many (default 100, 1 to 1000)") @Nullable @QueryValue String limit) {
        return characters.search(story, q, Limits.intParam("limit", limit, 100, 1, 1000));
    }

    @Operation(summary = "One character: names, aliases, actors, story, relationships in and out with evidence")
    @Get(uri = "/{story}/{slug}", produces = MediaType.APPLICATION_JSON)
    public CharacterDetail character(@Parameter(description = "story id, the part of the character id before the slash")
                                     @PathVariable String story,
                                     @Parameter(description = "the part of the character id after the slash")
                                     @PathVariable String slug) {
        return characters.character(story + "/" + slug);
    }

    @Operation(summary = "One character found by name, alias, or URL-encoded id (all-her-fault%2Fpeter); 409 if ambiguous")
    @Get(uri = "/{ref}", produces = MediaType.APPLICATION_JSON)
    public CharacterDetail characterByReference(@Parameter(description = "a name, an alias or a URL-encoded id")
                                                @PathVariable String ref,
                                                @Parameter(description = "story id, when the name exists in several stories")
                                                @Nullable @QueryValue String story) {
        return characters.character(ref, story);
    }

    @Operation(summary = "The network of a character found by name, alias or URL-encoded id")
    @Get(uri = "/{ref}/network", produces = MediaType.APPLICATION_JSON)
    public Network networkByReference(@PathVariable String ref, @Nullable @QueryValue String story,
                                      @Nullable @QueryValue String depth) {
        return characters.network(ref, story, Limits.intParam("depth", depth, 1, 1, 3));
    }

    @Operation(summary = "The knowledge of a character found by name, alias or URL-encoded id")
    @Get(uri = "/{ref}/knowledge", produces = MediaType.APPLICATION_JSON)
    public Knowledge knowledgeByReference(@PathVariable String ref, @Nullable @QueryValue String story,
                                          @Nullable @QueryValue String asOf) {
        return characters.knowledge(ref, story, Limits.optionalLong("asOf", asOf, 0));
    }

    @Operation(summary = "The characters within depth hops and the relationships between them, as Cytoscape.js elements")
    @Get(uri = "/{story}/{slug}/network", produces = MediaType.APPLICATION_JSON)
    public Network network(@PathVariable String story, @PathVariable String slug,
                           @Parameter(description = "1 to 3, default 1") @Nullable @QueryValue String depth) {
        return characters.network(story + "/" + slug, Limits.intParam("depth", depth, 1, 1, 3));
    }

    @Operation(summary = "What the character knew, kept, and had kept from them (optionally as of a point of the story)")
    @Get(uri = "/{story}/{slug}/knowledge", produces = MediaType.APPLICATION_JSON)
    public Knowledge knowledge(@PathVariable String story, @PathVariable String slug,
                               @Parameter(description = "a sentence order: only knowledge shown before it counts")
                               @Nullable @QueryValue String asOf) {
        return characters.knowledge(story + "/" + slug, Limits.optionalLong("asOf", asOf, 0));
    }
}
