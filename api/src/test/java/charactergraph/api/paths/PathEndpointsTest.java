package charactergraph.api.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SeedGraphHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;

/** Paths over the seed article's graph, plus one character of another story with a name the seed also has. */
@MicronautTest
class PathEndpointsTest extends SeedGraphHttpTest {
    @Override
    protected void graph() {
        super.graph();
        SharedNeo4j.run("""
                CREATE (:Story {id: 'harbour', name: 'Harbour'})
                CREATE (:Character {id: 'harbour/peter', name: 'Peter', names: ['peter'], aliases: [], story: 'harbour'})
                """);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> paths(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("paths");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> hops(Map<String, Object> path) {
        return (List<Map<String, Object>>) path.get("hops");
    }

    @Test
    void shortestPathFromMarissaToJosieTakesTwoHopsWithEvidence() {
        Map<String, Object> answer = get("/api/paths/shortest?from=Marissa&to=josie");
        assertEquals("all-her-fault/marissa-irvine", ((Map<?, ?>) answer.get("from")).get("id"));
        assertEquals("all-her-fault/josephine-murphy", ((Map<?, ?>) answer.get("to")).get("id"));
        assertEquals(6, answer.get("maxHops"));
        Map<String, Object> path = paths(answer).get(0);
        assertEquals(2, path.get("length"));
        List<Map<String, Object>> hops = hops(path);
        assertEquals("all-her-fault/marissa-irvine", ((Map<?, ?>) hops.get(0).get("from")).get("id"));
        assertEquals("all-her-fault/josephine-murphy", ((Map<?, ?>) hops.get(1).get("to")).get("id"));
        for (Map<String, Object> hop : hops) {
            assertNotNull(hop.get("type"));
            assertTrue(List.of("OUT", "IN").contains(hop.get("direction")));
            assertFalse(hop.get("quote").toString().isBlank());
        }
    }

    @Test
    void typesFilterKeepsOnlyKillingsAndShowsDirection() {
        Map<String, Object> answer = get("/api/paths/shortest?from=all-her-fault/marissa-irvine&to=Josie&types=killed");
        List<Map<String, Object>> hops = hops(paths(answer).get(0));
        assertEquals(List.of("KILLED", "KILLED"), hops.stream().map(h -> h.get("type")).toList());
        // Marissa KILLED Peter (walked forwards), Peter KILLED Josie (forwards too).
        assertEquals(List.of("OUT", "OUT"), hops.stream().map(h -> h.get("direction")).toList());
        assertEquals("all-her-fault/peter", ((Map<?, ?>) hops.get(0).get("to")).get("id"));
        assertTrue(hops.get(1).get("quote").toString().contains("kills her"));

        Map<String, Object> back = get("/api/paths/shortest?from=Josie&to=Marissa&types=KILLED");
        assertEquals(List.of("IN", "IN"), hops(paths(back).get(0)).stream().map(h -> h.get("direction")).toList());
    }

    @Test
    void noPathWithinTheTypesIs404() {
        Map<?, ?> problem = Problems.expect(client(), "/api/paths/shortest?from=Marissa&to=Josie&types=SIBLING_OF",
                HttpStatus.NOT_FOUND);
        assertEquals("No path", problem.get("title"));
    }

    @Test
    void unknownTypeIs400ListingTheValidOnes() {
        Map<?, ?> problem = Problems.expect(client(), "/api/paths/shortest?from=Marissa&to=Josie&types=KILLED,LOVES",
                HttpStatus.BAD_REQUEST);
        assertTrue(problem.get("detail").toString().contains("LOVES"));
        assertTrue(problem.get("detail").toString().contains("SECRETLY_PARENT_OF"), problem.toString());
    }

    @Test
    void maxHopsAndLimitAreCapped() {
        Problems.expect(client(), "/api/paths/shortest?from=Marissa&to=Josie&maxHops=11", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/paths/shortest?from=Marissa&to=Josie&maxHops=0", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/paths?from=Marissa&to=Josie&maxHops=7", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/paths?from=Marissa&to=Josie&limit=201", HttpStatus.BAD_REQUEST);
        Map<?, ?> problem = Problems.expect(client(), "/api/paths?from=Marissa&to=Josie&limit=many",
                HttpStatus.BAD_REQUEST);
        assertTrue(problem.get("detail").toString().contains("default 25"), problem.toString());
        assertEquals(10, get("/api/paths/shortest?from=Marissa&to=Josie&maxHops=10").get("maxHops"));
        Problems.expect(client(), "/api/paths/shortest?from=Marissa&to=Josie&maxHops=1", HttpStatus.NOT_FOUND);
    }

    @Test
    void allPathsAreSimpleShortestFirstAndLimited() {
        Map<String, Object> answer = get("/api/paths?from=Marissa&to=Josie&maxHops=4&limit=200");
        List<Map<String, Object>> paths = paths(answer);
        assertTrue(paths.size() > 3, "several ways join them: " + paths.size());
        int previous = 0;
        for (Map<String, Object> p : paths) {
            int length = (Integer) p.get("length");
            assertTrue(length >= previous && length <= 4);
            previous = length;
            List<?> characters = (List<?>) p.get("characters");
            assertEquals(length + 1, characters.size());
            assertEquals(characters.size(), new HashSet<>(characters).size(), "no character twice: " + characters);
        }
        assertEquals(2, get("/api/paths?from=Marissa&to=Josie&limit=2").get("paths") instanceof List<?> l ? l.size() : -1);
    }

    @Test
    void unknownAndAmbiguousCharacters() {
        Map<?, ?> unknown = Problems.expect(client(), "/api/paths/shortest?from=Marisa&to=Josie", HttpStatus.NOT_FOUND);
        assertTrue(unknown.get("detail").toString().contains("all-her-fault/marissa-irvine"), unknown.toString());

        Map<?, ?> ambiguous = Problems.expect(client(), "/api/paths/shortest?from=Peter&to=Josie", HttpStatus.CONFLICT);
        assertTrue(ambiguous.get("detail").toString().contains("story="), ambiguous.toString());
        assertTrue(ambiguous.get("detail").toString().contains("harbour/peter"));
        Map<String, Object> chosen = get("/api/paths/shortest?from=Peter&to=Josie&story=all-her-fault");
        assertEquals(1, hops(paths(chosen).get(0)).size(), "Peter killed Josie: one hop");

        Problems.expect(client(), "/api/characters/Peter", HttpStatus.CONFLICT);
        Map<String, Object> harbourPeter = client().retrieve(HttpRequest.GET("/api/characters/Peter?story=harbour"),
                Argument.mapOf(String.class, Object.class));
        assertEquals("harbour/peter", harbourPeter.get("id"));

        Problems.expect(client(), "/api/paths/shortest?to=Josie", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/paths/shortest?from=Josie&to=Carrie", HttpStatus.BAD_REQUEST);
    }
}
