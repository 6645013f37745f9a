package charactergraph.api.characters;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A character's neighbourhood in Cytoscape.js elements form: {@code cytoscape({elements: body.elements})} draws it
 * directly. Node data: id, label (the name), story, aliases, center (true for the character asked about); edge data:
 * id, source, target, label (the relationship type), quote, status.
 */
@Serdeable
public record Network(String center, int depth, Elements elements) {
    @Serdeable
    public record Elements(List<NodeElement> nodes, List<EdgeElement> edges) {
    }

    @Serdeable
    public record NodeElement(NodeData data) {
    }

    @Serdeable
    public record NodeData(String id, String label, String story, List<String> aliases, boolean center) {
    }

    @Serdeable
    public record EdgeElement(EdgeData data) {
    }

    @Serdeable
    public record EdgeData(String id, String source, String target, String label, @Nullable String quote,
                           @Nullable String status) {
    }
}
