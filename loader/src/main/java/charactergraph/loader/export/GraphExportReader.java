package charactergraph.loader.export;

import charactergraph.cypher.CypherResources;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the graph (or one story of it) into a {@link GraphExport}, in one read transaction so the nodes and
 * relationships are one consistent picture. Every export format is made from what this reads, so the exports show
 * exactly the graph the writer built, not a second implementation of the writer's logic.
 */
public final class GraphExportReader {
    private final Driver driver;
    private final String database;

    public GraphExportReader(Driver driver) {
        this(driver, null);
    }

    public GraphExportReader(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** The whole graph when {@code storyId} is null, else that story's part of it. */
    public GraphExport read(String storyId) {
        SessionConfig config = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        try (Session session = driver.session(config)) {
            return session.executeRead(tx -> {
                Map<String, Object> params = new HashMap<>();
                params.put("story", storyId);
                List<GraphExport.Node> nodes = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                tx.run(CypherResources.read("export/nodes.cypher"), params).forEachRemaining(r -> {
                    List<String> labels = r.get("labels").asList(Value::asString);
                    if (labels.isEmpty()) {
                        return;
                    }
                    Map<String, Object> props = r.get("props").asMap();
                    GraphExport.Node node = new GraphExport.Node(labels.get(0), labels.subList(1, labels.size()),
                            String.valueOf(props.get("id")), props);
                    nodes.add(node);
                    keys.add(node.key());
                });
                List<GraphExport.Relationship> rels = new ArrayList<>();
                tx.run(CypherResources.read("export/relationships.cypher"), params).forEachRemaining(r -> {
                    List<String> a = r.get("startLabels").asList(Value::asString);
                    List<String> b = r.get("endLabels").asList(Value::asString);
                    if (a.isEmpty() || b.isEmpty()) {
                        return;
                    }
                    var rel = new GraphExport.Relationship(a.get(0), r.get("startId").asObject().toString(),
                            r.get("type").asString(), b.get(0), r.get("endId").asObject().toString(),
                            r.get("props").asMap());
                    if (keys.contains(rel.startKey()) && keys.contains(rel.endKey())) {
                        rels.add(rel);
                    }
                });
                return new GraphExport(nodes, rels);
            });
        }
    }

    /** True when a story with this id exists. */
    public boolean storyExists(String storyId) {
        SessionConfig config = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        try (Session session = driver.session(config)) {
            return session.executeRead(tx -> !tx.run(CypherResources.read("export/nodes.cypher"),
                    Map.of("story", storyId)).list().isEmpty());
        }
    }
}
