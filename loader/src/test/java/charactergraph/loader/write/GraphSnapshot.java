package charactergraph.loader.write;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The whole graph as sorted text lines (nodes with labels and properties, relationships by end ids), to compare. */
final class GraphSnapshot {
    private GraphSnapshot() {
    }

    static List<String> of(Driver driver) {
        try (Session session = driver.session()) {
            List<String> lines = new ArrayList<>();
            session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    lines.add("node " + r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap())));
            session.run("""
                    MATCH (a)-[r]->(b)
                    RETURN coalesce(a.id, '?') AS a, type(r) AS type, coalesce(b.id, '?') AS b, properties(r) AS props
                    """).forEachRemaining(r -> lines.add("rel " + r.get("a").asString() + " -" + r.get("type").asString()
                    + "-> " + r.get("b").asString() + " " + new TreeMap<>(r.get("props").asMap())));
            lines.sort(null);
            return lines;
        }
    }

    static Map<String, Object> relationship(Driver driver, String from, String type, String to) {
        try (Session session = driver.session()) {
            var rows = session.run("MATCH (a {id: $a})-[r]->(b {id: $b}) WHERE type(r) = $t RETURN properties(r) AS p",
                    Map.of("a", from, "b", to, "t", type)).list();
            return rows.isEmpty() ? null : rows.get(0).get("p").asMap();
        }
    }

    static long count(Driver driver, String query, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run(query, params).single().get(0).asLong();
        }
    }

    static long count(Driver driver, String query) {
        return count(driver, query, Map.of());
    }
}
