package charactergraph.api.queries;

import java.util.List;
import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A canned query's answer: the parameters it ran with, its columns, and one map per row. Nodes come as
 * {@code {elementId, labels, properties}}, relationships as {@code {elementId, type, start, end, properties}},
 * paths as {@code {nodes, relationships}}.
 */
@Serdeable
public record QueryResult(String name, Map<String, Object> parameters, List<String> columns,
                          List<Map<String, Object>> rows) {
}
