package charactergraph.api.neo4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Driver values as plain JSON-ready Java values (String, Long, Double, Boolean, List, Map, null), so driver types
 * never reach a response. Nodes become {@code {elementId, labels, properties}}, relationships
 * {@code {elementId, type, start, end, properties}} (start and end are element ids), paths
 * {@code {nodes, relationships}}; dates, times and points become their ISO/WKT strings.
 */
public final class PlainValues {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private PlainValues() {
    }

    public static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        var type = value.type();
        if (type.equals(TYPES.STRING())) {
            return value.asString();
        }
        if (type.equals(TYPES.INTEGER())) {
            return value.asLong();
        }
        if (type.equals(TYPES.FLOAT())) {
            return value.asDouble();
        }
        if (type.equals(TYPES.BOOLEAN())) {
            return value.asBoolean();
        }
        if (type.equals(TYPES.LIST())) {
            List<Object> out = new ArrayList<>();
            value.values().forEach(v -> out.add(plain(v)));
            return out;
        }
        if (type.equals(TYPES.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            value.keys().forEach(k -> out.put(k, plain(value.get(k))));
            return out;
        }
        if (type.equals(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (type.equals(TYPES.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (type.equals(TYPES.PATH())) {
            Path path = value.asPath();
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(relationship(r)));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nodes", nodes);
            out.put("relationships", rels);
            return out;
        }
        if (type.equals(TYPES.BYTES())) {
            return java.util.Base64.getEncoder().encodeToString(value.asByteArray());
        }
        // Temporal and spatial values: their Cypher string form (ISO 8601, WKT-like points).
        return value.asObject().toString();
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("elementId", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        out.put("labels", labels);
        out.put("properties", properties(n.asMap(v -> v)));
        return out;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("elementId", r.elementId());
        out.put("type", r.type());
        out.put("start", r.startNodeElementId());
        out.put("end", r.endNodeElementId());
        out.put("properties", properties(r.asMap(v -> v)));
        return out;
    }

    private static Map<String, Object> properties(Map<String, Value> props) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.keySet().stream().sorted().forEach(k -> out.put(k, plain(props.get(k))));
        return out;
    }

    /** A string field of a map value, or null. */
    public static String str(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** An integer field of a map value, or null. */
    public static Long lng(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asLong();
    }

    /** A number field of a map value, or null. */
    public static Double dbl(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    public static List<String> strings(Value list) {
        return list == null || list.isNull() ? List.of() : list.asList(Value::asString);
    }
}
