package charactergraph.loader.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A graph as plain data, ready for any export format: nodes (labels, properties, keyed by their first label and
 * {@code id}) and relationships (type, the keys of both ends, properties). Both lists are sorted and every property
 * map is sorted by key, so an export of the same graph is the same bytes every time.
 *
 * <p>Property values are what Neo4j stores: String, Long, Double, Boolean, java.time values, and lists of those.
 */
public record GraphExport(List<Node> nodes, List<Relationship> relationships) {

    public GraphExport {
        nodes = nodes.stream().sorted(Comparator.comparing(Node::key)).toList();
        relationships = relationships.stream()
                .sorted(Comparator.comparing(Relationship::startKey).thenComparing(Relationship::type)
                        .thenComparing(Relationship::endKey))
                .toList();
    }

    /** A node: {@code label} is the one it is merged on (the first, the one carrying the id constraint). */
    public record Node(String label, List<String> otherLabels, String id, Map<String, Object> properties) {
        public Node {
            otherLabels = otherLabels.stream().sorted().toList();
            properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
        }

        /** Unique across labels: {@code Character:all-her-fault/anna}. */
        public String key() {
            return key(label, id);
        }

        public static String key(String label, String id) {
            return label + ":" + id;
        }

        public List<String> labels() {
            List<String> all = new ArrayList<>();
            all.add(label);
            all.addAll(otherLabels);
            return all;
        }
    }

    /** A relationship, identified by its ends and type (the writer never makes two of one type between a pair). */
    public record Relationship(String startLabel, String startId, String type, String endLabel, String endId,
                               Map<String, Object> properties) {
        public Relationship {
            properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
        }

        public String startKey() {
            return Node.key(startLabel, startId);
        }

        public String endKey() {
            return Node.key(endLabel, endId);
        }
    }

    /** Node counts per label (first label) and relationship counts per type, sorted. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        nodes.forEach(n -> counts.merge(":" + n.label(), 1L, Long::sum));
        relationships.forEach(r -> counts.merge("[:" + r.type() + "]", 1L, Long::sum));
        return counts;
    }
}
