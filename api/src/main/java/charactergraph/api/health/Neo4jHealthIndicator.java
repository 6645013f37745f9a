package charactergraph.api.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.neo4j.LocalNeo4j;
import charactergraph.api.neo4j.Neo4jSettings;

/** Reports under {@code /health} whether Neo4j answers a read, with its version and where it is. */
@Singleton
public class Neo4jHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final GraphReads reads;
    private final Neo4jSettings settings;
    private final LocalNeo4j localNeo4j;

    public Neo4jHealthIndicator(GraphReads reads, Neo4jSettings settings, LocalNeo4j localNeo4j) {
        this.reads = reads;
        this.settings = settings;
        this.localNeo4j = localNeo4j;
    }

    @Override
    protected String getName() {
        return "neo4j";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uri", settings.getUri().toString());
        localNeo4j.launcher().ifPresent(l -> {
            details.put("startedByApp", true);
            details.put("dataDir", l.dataDir().toString());
        });
        try {
            List<Map<String, Object>> components = reads.listOnce("app/server-components.cypher", Map.of(),
                    r -> Map.of("name", r.get("name").asString(), "version", r.get("version").asString(),
                            "edition", r.get("edition").asString()));
            if (!components.isEmpty()) {
                details.put("version", components.get(0).get("version"));
                details.put("edition", components.get(0).get("edition"));
            }
            healthStatus = HealthStatus.UP;
        } catch (RuntimeException e) {
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }
}
