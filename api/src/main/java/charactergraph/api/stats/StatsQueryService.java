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

    public GraphStats stats() {
        Map<String, Long> labels = new TreeMap<>();
        reads.list("app/stats-nodes-per-label.cypher", Map.of(), r -> r)
                .forEach(r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
        Map<String, Long> types = new TreeMap<>();
        reads.list("app/stats-relationships-per-type.cypher", Map.of(), r -> r)
                .forEach(r -> types.put(r.get("type").asString(), r.get("count").asLong()));
        List<long[]> totals = reads.list("app/stats-totals.cypher", Map.of(),
                r -> new long[] {r.get("nodes").asLong(), r.get("relationships").asLong()});
        return new GraphStats(totals.get(0)[0], totals.get(0)[1], labels, types);
    }
}
