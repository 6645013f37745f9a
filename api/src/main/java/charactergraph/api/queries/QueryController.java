package charactergraph.api.queries;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The canned queries of module cypher: list them, run one with JSON parameters (read-only). */
@Controller("/api/queries")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Canned queries")
public class QueryController {
    private final CannedQueryService queries;

    public QueryController(CannedQueryService queries) {
        this.queries = queries;
    }

    @Operation(summary = "Every canned query: name, question, parameters (with types and examples), columns")
    @Get(produces = MediaType.APPLICATION_JSON)
    public List<QueryInfo> list() {
        return queries.list();
    }

    @Operation(summary = "Run a canned query in a read transaction; the body is a JSON object of its parameters")
    @Post(uri = "/{name}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public QueryResult run(@PathVariable String name, @Nullable @Body Map<String, Object> parameters) {
        return queries.run(name, parameters);
    }
}
