package charactergraph.api.characters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SeedGraphHttpTest;

/** Characters, their network and their knowledge over the seed article's graph, built by the real pipeline. */
@MicronautTest
class CharacterEndpointsTest extends SeedGraphHttpTest {
    @Test
    void listsEveryCharacterOfTheStory() {
        Set<Object> ids = list("/api/characters?story=all-her-fault").stream().map(c -> c.get("id"))
                .collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("all-her-fault/marissa-irvine", "all-her-fault/peter",
                "all-her-fault/josephine-murphy", "all-her-fault/detective-alcaras")), ids.toString());
        assertEquals(List.of(), list("/api/characters?story=no-such-story"));
    }

    @Test
    void searchFindsCharactersByAliasAndDespiteATypo() {
        List<Map<String, Object>> josie = list("/api/characters?q=josie");
        assertEquals("all-her-fault/josephine-murphy", josie.get(0).get("id"));
        assertTrue(((List<?>) josie.get(0).get("aliases")).contains("Carrie Finch"));
        assertEquals(List.of("Sophia Lillis"), josie.get(0).get("actors"));

        List<Map<String, Object>> marisa = list("/api/characters?q=marisa&story=all-her-fault");
        assertEquals("all-her-fault/marissa-irvine", marisa.get(0).get("id"));

        assertEquals(List.of(), list("/api/characters?q=%2B%2B%2B"), "punctuation only finds nothing, no error");
    }

    @Test
    @SuppressWarnings("unchecked")
    void characterHasNamesActorsAndRelationshipsBothWaysWithEvidence() {
        Map<String, Object> peter = get("/api/characters/all-her-fault/peter");
        assertEquals("Peter", peter.get("name"));
        assertEquals("all-her-fault", peter.get("story"));
        assertEquals(List.of("Jake Lacy"), peter.get("actors"));

        List<Map<String, Object>> out = (List<Map<String, Object>>) peter.get("outgoing");
        Map<String, Object> killedRob = out.stream().filter(r -> r.get("type").equals("KILLED")
                && ((Map<?, ?>) r.get("other")).get("id").equals("all-her-fault/rob")).findFirst().orElseThrow();
        Map<?, ?> evidence = (Map<?, ?>) ((List<?>) killedRob.get("evidence")).get(0);
        assertTrue(evidence.get("quote").toString().contains("Peter kills him with a lamp"), evidence.toString());
        assertEquals("all-her-fault-ending", evidence.get("document"));
        assertTrue(evidence.containsKey("sentence") && evidence.containsKey("start") && evidence.containsKey("rule"));
        // the stored entry '12:1601-1676 0.9 STATED kill-active', read back field by field
        assertEquals(12, ((Number) evidence.get("sentence")).intValue(), evidence.toString());
        assertEquals(1601, ((Number) evidence.get("start")).intValue(), evidence.toString());
        assertEquals(1676, ((Number) evidence.get("end")).intValue(), evidence.toString());
        assertEquals(0.9, ((Number) evidence.get("confidence")).doubleValue(), 1e-12, evidence.toString());
        assertEquals("STATED", evidence.get("status"));
        assertEquals("kill-active", evidence.get("rule"));

        List<Map<String, Object>> in = (List<Map<String, Object>>) peter.get("incoming");
        assertTrue(in.stream().anyMatch(r -> r.get("type").equals("KILLED")
                && ((Map<?, ?>) r.get("other")).get("id").equals("all-her-fault/marissa-irvine")), in.toString());
    }

    @Test
    void aSingleSegmentIsANameAnAliasOrAnEncodedId() {
        assertEquals("all-her-fault/josephine-murphy", get("/api/characters/Josie").get("id"));
        assertEquals("all-her-fault/peter", get("/api/characters/all-her-fault%2Fpeter").get("id"));
        assertEquals("all-her-fault/peter", get("/api/characters/peter/network").get("center"));
        assertEquals("all-her-fault/marissa-irvine", get("/api/characters/marissa/knowledge").get("id"));
        Map<?, ?> problem = Problems.expect(client(), "/api/characters/Nobody", HttpStatus.NOT_FOUND);
        assertTrue(problem.get("detail").toString().contains("GET /api/characters"), problem.toString());
    }

    @Test
    void unknownCharacterIs404NamingCloseMatches() {
        Map<?, ?> problem = Problems.expect(client(), "/api/characters/all-her-fault/petr", HttpStatus.NOT_FOUND);
        assertEquals("Unknown character", problem.get("title"));
        assertTrue(problem.get("detail").toString().contains("all-her-fault/peter"), problem.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void networkIsCytoscapeElementsWithEdgesOnlyBetweenItsNodes() {
        Map<String, Object> net = get("/api/characters/all-her-fault/lia/network?depth=1");
        Map<String, Object> elements = (Map<String, Object>) net.get("elements");
        List<Map<String, Map<String, Object>>> nodes = (List<Map<String, Map<String, Object>>>) elements.get("nodes");
        Set<Object> ids = nodes.stream().map(n -> n.get("data").get("id")).collect(Collectors.toSet());
        assertEquals(Set.of("all-her-fault/lia", "all-her-fault/peter"), ids, "Lia's only relations are with Peter");
        List<Map<String, Map<String, Object>>> edges = (List<Map<String, Map<String, Object>>>) elements.get("edges");
        assertEquals(Set.of("COVERS_UP_FOR", "SIBLING_OF"),
                edges.stream().map(e -> e.get("data").get("label")).collect(Collectors.toSet()));

        Map<String, Object> wider = get("/api/characters/all-her-fault/lia/network?depth=2");
        List<Map<String, Map<String, Object>>> wideNodes = (List<Map<String, Map<String, Object>>>)
                ((Map<String, Object>) wider.get("elements")).get("nodes");
        Set<Object> wideIds = wideNodes.stream().map(n -> n.get("data").get("id")).collect(Collectors.toSet());
        assertTrue(wideIds.containsAll(Set.of("all-her-fault/rob", "all-her-fault/milo", "all-her-fault/brian")),
                wideIds.toString());
        for (Map<String, Map<String, Object>> e : (List<Map<String, Map<String, Object>>>)
                ((Map<String, Object>) wider.get("elements")).get("edges")) {
            assertTrue(wideIds.contains(e.get("data").get("source")) && wideIds.contains(e.get("data").get("target")));
        }
        assertEquals(1, wideNodes.stream().filter(n -> Boolean.TRUE.equals(n.get("data").get("center"))).count());
    }

    @Test
    void networkDepthIsOneToThree() {
        for (String bad : List.of("0", "4", "two")) {
            Map<?, ?> problem = Problems.expect(client(), "/api/characters/all-her-fault/lia/network?depth=" + bad,
                    HttpStatus.BAD_REQUEST);
            assertTrue(problem.get("detail").toString().contains("from 1 to 3"), problem.toString());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void knowledgeShowsWhatMarissaKnewKeptAndWhatWasKeptFromHer() {
        Map<String, Object> all = get("/api/characters/all-her-fault/marissa-irvine/knowledge");
        List<Map<String, Object>> knew = (List<Map<String, Object>>) all.get("knew");
        Map<String, Object> swap = knew.stream().filter(k -> k.get("secret").toString().contains("baby-swap"))
                .findFirst().orElseThrow(() -> new AssertionError(knew.toString()));
        assertEquals("TOLD", swap.get("how"));
        List<Map<String, Object>> kept = (List<Map<String, Object>>) all.get("kept");
        assertEquals(List.of("all-her-fault/hidden-killing-marissa-irvine-peter"),
                kept.stream().map(k -> k.get("secret")).toList());

        long toldAt = ((Number) swap.get("order")).longValue();
        Map<String, Object> before = get("/api/characters/all-her-fault/marissa-irvine/knowledge?asOf=" + toldAt);
        assertFalse(((List<Map<String, Object>>) before.get("knew")).stream()
                .anyMatch(k -> k.get("secret").toString().contains("baby-swap")));
        Map<String, Object> keptFrom = ((List<Map<String, Object>>) before.get("keptFrom")).stream()
                .filter(k -> k.get("secret").toString().contains("baby-swap")).findFirst()
                .orElseThrow(() -> new AssertionError(before.toString()));
        assertTrue(((List<Map<String, Object>>) keptFrom.get("keepers")).stream()
                .anyMatch(c -> c.get("id").equals("all-her-fault/peter")));
        assertEquals("TOLD", keptFrom.get("learnedHow"));

        Problems.expect(client(), "/api/characters/all-her-fault/marissa-irvine/knowledge?asOf=soon",
                HttpStatus.BAD_REQUEST);
    }
}
