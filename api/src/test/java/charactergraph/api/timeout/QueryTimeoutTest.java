package charactergraph.api.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.api.testsupport.WipedSharedNeo4j;

/**
 * A query that runs past neo4j.query-timeout is stopped by Neo4j and answered 503 with a problem, promptly: every
 * simple path of up to six hops between two members of a 24-character clique is far too many to enumerate.
 */
@MicronautTest
@ExtendWith(WipedSharedNeo4j.class)
class QueryTimeoutTest extends AppHttpTest {
    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("neo4j.query-timeout", "500ms");
    }

    @BeforeAll
    void clique() {
        SharedNeo4j.run("""
                UNWIND range(0, 23) AS i
                CREATE (:Character {id: 'clique/c' + i, name: 'C' + i, names: ['c' + i], aliases: [], story: 'clique'})
                """);
        SharedNeo4j.run("""
                MATCH (a:Character {story: 'clique'}), (b:Character {story: 'clique'}) WHERE a.id < b.id
                CREATE (a)-[:FRIEND_OF {quote: 'q', quotes: ['q']}]->(b)
                """);
    }

    @Test
    void aQueryOverTheTimeoutIs503() {
        long start = System.nanoTime();
        Map<?, ?> problem = Problems.expect(http.toBlocking(), "/api/paths?from=c0&to=c1&maxHops=6&limit=200",
                HttpStatus.SERVICE_UNAVAILABLE);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals("Query took too long", problem.get("title"));
        assertTrue(problem.get("detail").toString().contains("NEO4J_QUERY_TIMEOUT"));
        assertTrue(seconds < 20, "answered after " + seconds + " s");
    }
}
