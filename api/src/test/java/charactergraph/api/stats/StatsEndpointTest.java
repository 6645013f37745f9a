package charactergraph.api.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.api.testsupport.WipedSharedNeo4j;

@MicronautTest
@ExtendWith(WipedSharedNeo4j.class)
class StatsEndpointTest extends AppHttpTest {
    /** Each test here brings its own fixture (or none), so the graph is emptied before each, not only per class. */
    @BeforeEach
    void emptyGraph() {
        SharedNeo4j.wipe();
    }

    @Test
    void countsNodesPerLabelAndRelationshipsPerType() {
        // Two killings, three characters in one story, one secret two of them know, and an unlabelled node.
        SharedNeo4j.run("""
                CREATE (s:Story {id: 'harbour'})
                CREATE (a:Character {id: 'harbour/ada'}), (b:Character {id: 'harbour/ben'}),
                       (c:Character:Suspect {id: 'harbour/cy'})
                CREATE (k:Secret {id: 'harbour/the-boat'})
                CREATE (a)-[:IN_STORY]->(s), (b)-[:IN_STORY]->(s), (c)-[:IN_STORY]->(s)
                CREATE (a)-[:KILLED]->(b), (c)-[:KILLED]->(a)
                CREATE (a)-[:KNOWS]->(k), (c)-[:KNOWS]->(k)
                CREATE ()
                """);

        GraphStats stats = client().retrieve(HttpRequest.GET("/api/stats"), GraphStats.class);

        assertEquals(6, stats.nodes());
        assertEquals(7, stats.relationships());
        assertEquals(Map.of("Character", 3L, "Secret", 1L, "Story", 1L, "Suspect", 1L), stats.nodesPerLabel());
        assertEquals(Map.of("IN_STORY", 3L, "KILLED", 2L, "KNOWS", 2L), stats.relationshipsPerType());
        assertEquals("Character", stats.nodesPerLabel().keySet().iterator().next(), "labels come sorted by name");
    }

    @Test
    void anEmptyGraphHasZeroCountsAndEmptyMaps() {
        Map<String, Object> body = client().retrieve(HttpRequest.GET("/api/stats"),
                Argument.mapOf(String.class, Object.class));

        assertEquals(0, ((Number) body.get("nodes")).intValue());
        assertEquals(0, ((Number) body.get("relationships")).intValue());
        assertEquals(Map.of(), body.get("nodesPerLabel"));
        assertEquals(Map.of(), body.get("relationshipsPerType"));
    }

    @Test
    void unknownPathsAnswerWithProblemJson() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client().exchange(HttpRequest.GET("/api/no-such-thing"), String.class));

        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals(404, ((Number) problem.get("status")).intValue());
        assertEquals("Not Found", problem.get("title"));
        assertEquals("/api/no-such-thing", problem.get("instance"));
        assertTrue(problem.containsKey("type"));
    }
}
