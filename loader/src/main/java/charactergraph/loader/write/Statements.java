package charactergraph.loader.write;

import charactergraph.cypher.CypherResources;
import charactergraph.model.RelationType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The writer's Cypher statements, read once from {@code cypher/writer/*.cypher}. */
final class Statements {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Statements() {
    }

    static String get(String name) {
        return CACHE.computeIfAbsent(name, n -> CypherResources.read("writer/" + n + ".cypher"));
    }

    /** The statement creating new relationships of one type (create-relations.cypher), the type spliced in likewise. */
    static String createRelations(RelationType type) {
        return CACHE.computeIfAbsent("create-relations:" + type.name(),
                k -> get("create-relations").replace("REL_TYPE", type.name()));
    }
}
