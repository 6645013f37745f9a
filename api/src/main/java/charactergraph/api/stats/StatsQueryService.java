package charactergraph.api.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import charactergraph.api.neo4j.GraphReads;

/** Counts nodes per label and relationships per type with the stats queries of module {@code cypher}. */
@Singleton
public class StatsQueryService {
    private final GraphReads reads;

    public StatsQueryService(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * The three counts in one read transaction: one consistent picture, and one session, one BEGIN/COMMIT and one
     * hand-over to a worker of {@code Neo4jCalls} instead of three.
     */
    public GraphStats stats() {
        return reads.inOneTransaction(in -> {
            Map<String, Long> labels = new TreeMap<>();
            in.list("api/stats-nodes-per-label.cypher", Map.of(), r -> r)
                    .forEach(r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
            Map<String, Long> types = new TreeMap<>();
            in.list("api/stats-relationships-per-type.cypher", Map.of(), r -> r)
                    .forEach(r -> types.put(r.get("type").asString(), r.get("count").asLong()));
            List<long[]> totals = in.list("api/stats-totals.cypher", Map.of(),
                    r -> new long[] {r.get("nodes").asLong(), r.get("relationships").asLong()});
            return new GraphStats(totals.get(0)[0], totals.get(0)[1], labels, types);
        });
    }
}
