package charactergraph.api.secrets;

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
 * Who knew what. A secret id is {@code <story id>/<slug>}; it goes into the path as it is:
 * {@code /api/secrets/all-her-fault/baby-swap-josephine-murphy-milo-peter}.
 */
@Controller("/api/secrets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Secrets")
public class SecretController {
    private final SecretQueryService secrets;

    public SecretController(SecretQueryService secrets) {
        this.secrets = secrets;
    }

    @Operation(summary = "Secrets, optionally of one story and about a character (id, name, alias) or containing words")
    @Get(produces = MediaType.APPLICATION_JSON)
    public List<SecretSummary> secrets(@Nullable @QueryValue String story,
                                       @Parameter(description = "a character id, name or alias, or words of the statement")
                                       @Nullable @QueryValue String about) {
        return secrets.secrets(story, about);
    }

    @Operation(summary = "One secret by URL-encoded id (all-her-fault%2Fcover-up-brian-lia-peter)")
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public SecretDetail secretByEncodedId(@PathVariable String id, @Nullable @QueryValue String asOf) {
        return secrets.secret(id, Limits.optionalLong("asOf", asOf, 0));
    }

    @Operation(summary = "One secret: statement, subjects, keepers, knowers with how/order/when, evidence")
    @Get(uri = "/{story}/{slug}", produces = MediaType.APPLICATION_JSON)
    public SecretDetail secret(@PathVariable String story, @PathVariable String slug,
                               @Parameter(description = "a sentence order: only who knew before it")
                               @Nullable @QueryValue String asOf) {
        return secrets.secret(story + "/" + slug, Limits.optionalLong("asOf", asOf, 0));
    }
}
