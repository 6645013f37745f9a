package charactergraph.api.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import charactergraph.testsupport.Neo4jHarness;

/**
 * The path queries walk at most the hops the caller asked for (the pattern's bound is the validated maxHops):
 * all-paths.cypher no longer enumerates every path up to 6 hops and filters afterwards, and shortest-path.cypher
 * has no exhaustive-search fallback, which shortestPath() ran whenever no path satisfied its predicates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathQueryPlanTest {

    /**
     * A chain a - b - c - d - e, plus a shortcut a - x - e of two hops; every character is IN_STORY of one story
     * node (a shorter route that is not character to character), and z has no other relationship.
     */
    @BeforeAll
    void chain() {
        Neo4jHarness.wipe();
        try (Session session = Neo4jHarness.driver().session()) {
            session.run("""
                    CREATE (a:Character {id: 's/a', name: 'A'}), (b:Character {id: 's/b', name: 'B'}),
                           (c:Character {id: 's/c', name: 'C'}), (d:Character {id: 's/d', name: 'D'}),
                           (e:Character {id: 's/e', name: 'E'}), (x:Character {id: 's/x', name: 'X'})
                    CREATE (a)-[:KNOWS_OF]->(b), (b)-[:KNOWS_OF]->(c), (c)-[:KNOWS_OF]->(d), (d)-[:KNOWS_OF]->(e),
                           (a)-[:KNOWS_OF]->(x), (x)-[:KNOWS_OF]->(e)
                    CREATE (z:Character {id: 's/z', name: 'Z'}), (s:Story {id: 's'})
                    WITH s MATCH (c:Character) CREATE (c)-[:IN_STORY]->(s)
                    """).consume();
        }
    }

    @Test
    void theExpansionBoundIsMaxHops() {
        for (int hops = 1; hops <= PathQueryService.MAX_ALL_PATHS_HOPS; hops++) {
            String query = PathQueryService.allPathsQuery(hops);
            List<String> expansions = new ArrayList<>();
            try (Session session = Neo4jHarness.driver().session()) {
                collectExpansions(session.run("EXPLAIN " + query, params(3)).consume().plan(), expansions);
            }
            assertEquals(1, expansions.size(), "one expansion: " + expansions);
            String expansion = expansions.get(0);
            if (hops == 1) {
                // One hop: the planner expands once, no variable length at all.
                assertFalse(expansion.contains("*"), expansion);
            } else {
                // Neo4j prints the bound as *..N (the lower bound 1 is the default).
                assertTrue(expansion.matches(".*\\*(1)?\\.\\." + hops + "].*"), "hops " + hops + ": " + expansion);
            }
        }
    }

    @Test
    void outOfRangeBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PathQueryService.allPathsQuery(0));
        assertThrows(IllegalArgumentException.class, () -> PathQueryService.allPathsQuery(7));
        assertThrows(IllegalArgumentException.class, () -> PathQueryService.shortestPathQuery(0));
        assertThrows(IllegalArgumentException.class, () -> PathQueryService.shortestPathQuery(11));
    }

    @Test
    void shortestPathSearchIsBoundedByMaxHopsAndHasNoExhaustiveFallback() {
        for (int hops = 1; hops <= PathQueryService.MAX_SHORTEST_HOPS; hops++) {
            String query = PathQueryService.shortestPathQuery(hops);
            List<String> operators = new ArrayList<>();
            try (Session session = Neo4jHarness.driver().session()) {
                collectOperators(session.run("EXPLAIN " + query, params(hops)).consume().plan(), operators);
            }
            assertTrue(operators.stream().noneMatch(o -> o.startsWith("VarLengthExpand")), "fallback: " + operators);
            String search = operators.stream().filter(o -> o.startsWith("StatefulShortestPath")).findFirst()
                    .orElseThrow(() -> new AssertionError("no SHORTEST search: " + operators));
            assertTrue(search.contains("{1, " + hops + "}"), "hops " + hops + ": " + search);
        }
    }

    @Test
    void shortestPathGoesCharacterToCharacterWithinMaxHops() {
        assertEquals(List.of(), shortest("s/a", "s/e", 1), "a-story-e is not character to character");
        assertEquals(List.of("s/a", "s/x", "s/e"), shortest("s/a", "s/e", 2));
        assertEquals(List.of("s/a", "s/x", "s/e"), shortest("s/a", "s/e", 10));
        assertEquals(List.of(), shortest("s/a", "s/z", 10), "z shares only the story node");
    }

    private static List<String> shortest(String from, String to, int maxHops) {
        Map<String, Object> p = params(maxHops);
        p.put("from", from);
        p.put("to", to);
        try (Session session = Neo4jHarness.driver().session()) {
            List<List<String>> rows = session.run(PathQueryService.shortestPathQuery(maxHops), p)
                    .list(r -> r.get("characters").asList(c -> c.get("id").asString()));
            return rows.isEmpty() ? List.of() : rows.get(0);
        }
    }

    private static void collectOperators(Plan plan, List<String> out) {
        out.add(plan.operatorType() + " " + plan.arguments().get("Details"));
        plan.children().forEach(c -> collectOperators(c, out));
    }

    @Test
    void pathsLongerThanMaxHopsAreNotReturned() {
        assertEquals(List.of(), lengths(1));
        assertEquals(List.of(2L), lengths(2));
        assertEquals(List.of(2L), lengths(3));
        assertEquals(List.of(2L, 4L), lengths(4));
        assertEquals(List.of(2L, 4L), lengths(6));
    }

    private static List<Long> lengths(int maxHops) {
        try (Session session = Neo4jHarness.driver().session()) {
            return session.run(PathQueryService.allPathsQuery(maxHops), params(maxHops))
                    .list(r -> (long) r.get("hops").size());
        }
    }

    private static Map<String, Object> params(int maxHops) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", "s/a");
        p.put("to", "s/e");
        p.put("types", null);
        p.put("maxHops", (long) maxHops);
        p.put("limit", 25L);
        return p;
    }

    private static void collectExpansions(Plan plan, List<String> out) {
        if (plan.operatorType().contains("Expand")) {
            out.add(String.valueOf(plan.arguments().get("Details")));
        }
        plan.children().forEach(c -> collectExpansions(c, out));
    }
}
