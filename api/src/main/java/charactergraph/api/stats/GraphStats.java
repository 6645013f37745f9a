package charactergraph.api.stats;

import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the graph holds: totals, nodes per label and relationships per type (both maps sorted by name).
 */
@Serdeable
public record GraphStats(long nodes, long relationships, Map<String, Long> nodesPerLabel,
                         Map<String, Long> relationshipsPerType) {
}
