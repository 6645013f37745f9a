package charactergraph.api.stats;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/stats}: how many nodes per label and relationships per type the graph holds. */
@Controller("/api/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatsController {
    private final StatsQueryService stats;

    public StatsController(StatsQueryService stats) {
        this.stats = stats;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public GraphStats stats() {
        return stats.stats();
    }
}
