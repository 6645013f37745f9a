package charactergraph.api.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SeedGraph;
import charactergraph.api.testsupport.SeedGraphHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;

/** The story list, one story's picture as of a point, and the articles' texts, over the seed article's graph. */
@MicronautTest
@SuppressWarnings("unchecked")
class StoryEndpointsTest extends SeedGraphHttpTest {
    static final String STORY = "all-her-fault";

    private static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Map<String, Object> data(Map<String, Object> element) {
        return (Map<String, Object>) element.get("data");
    }

    private static String id(Map<String, Object> refHolder, String key) {
        return ((Map<?, ?>) refHolder.get(key)).get("id").toString();
    }

    @Test
    void listsEveryStoryWithWhatTheGraphHoldsAboutIt() {
        List<Map<String, Object>> stories = list("/api/stories");
        assertEquals(1, stories.size(), stories.toString());
        Map<String, Object> story = stories.get(0);
        assertEquals(STORY, story.get("id"));
        assertEquals("All Her Fault", story.get("name"));
        assertEquals((long) list("/api/characters?story=" + STORY + "&limit=1000").size(),
                ((Number) story.get("characters")).longValue());
        assertEquals((long) list("/api/secrets?story=" + STORY).size(), ((Number) story.get("secrets")).longValue());
        assertEquals(1L, ((Number) story.get("documents")).longValue());
        assertTrue(((Number) story.get("relationships")).longValue() > 5, story.toString());
        Problems.expect(client(), "/api/stories?limit=0", HttpStatus.BAD_REQUEST);
    }

    @Test
    void theStoryGraphHoldsEveryCharacterAndRelationshipOfTheStory() {
        Map<String, Object> graph = get("/api/stories/" + STORY + "/graph");
        Map<String, Object> elements = (Map<String, Object>) graph.get("elements");
        Set<String> nodeIds = new HashSet<>();
        maps(elements.get("nodes")).forEach(n -> nodeIds.add(data(n).get("id").toString()));
        Set<String> characters = new HashSet<>();
        list("/api/characters?story=" + STORY + "&limit=1000").forEach(c -> characters.add(c.get("id").toString()));
        assertEquals(characters, nodeIds);
        assertEquals(false, graph.get("truncated"));
        assertEquals(List.of(Map.of("id", "all-her-fault-ending", "title",
                "'All Her Fault' Season 1 Ending Explained: What Really Happened to Milo — and Peter")), graph.get("documents"));

        // Peter's relationships, as the character endpoint gives them, are the edges that touch him.
        Map<String, Object> peter = get("/api/characters/all-her-fault/peter");
        Set<String> expected = new HashSet<>();
        maps(peter.get("outgoing")).forEach(r -> expected.add("all-her-fault/peter " + r.get("type") + " " + id(r, "other")));
        maps(peter.get("incoming")).forEach(r -> expected.add(id(r, "other") + " " + r.get("type") + " all-her-fault/peter"));
        Set<String> edges = new HashSet<>();
        long lastSentence = -1;
        for (Map<String, Object> e : maps(elements.get("edges"))) {
            Map<String, Object> d = data(e);
            assertTrue(nodeIds.contains(d.get("source")) && nodeIds.contains(d.get("target")), d.toString());
            assertTrue(((Number) d.get("sentences")).intValue() >= 1, d.toString());
            lastSentence = Math.max(lastSentence, ((Number) d.get("firstSeen")).longValue());
            if (d.get("source").equals("all-her-fault/peter") || d.get("target").equals("all-her-fault/peter")) {
                edges.add(d.get("source") + " " + d.get("label") + " " + d.get("target"));
            }
        }
        assertEquals(expected, edges);
        assertTrue(edges.contains("all-her-fault/peter KILLED all-her-fault/josephine-murphy"), edges.toString());
        Map<String, Object> peterNode = maps(elements.get("nodes")).stream().map(StoryEndpointsTest::data)
                .filter(d -> d.get("id").equals("all-her-fault/peter")).findFirst().orElseThrow();
        assertEquals(List.of("Jake Lacy"), peterNode.get("actors"));
        assertTrue(((Number) graph.get("sentences")).longValue() > lastSentence);
    }

    @Test
    void eachSecretHasItsKnowersInTheOrderTheStoryShowsThem() {
        Map<String, Object> graph = get("/api/stories/" + STORY + "/graph");
        List<Map<String, Object>> secrets = maps(graph.get("secrets"));
        assertEquals(list("/api/secrets?story=" + STORY).size(), secrets.size());
        for (Map<String, Object> s : secrets) {
            Map<String, Object> detail = get("/api/secrets/" + s.get("id"));
            assertEquals(detail.get("statement"), s.get("statement"));
            List<String> expected = maps(detail.get("knowers")).stream()
                    .map(k -> id(k, "character") + " " + k.get("how") + " " + k.get("order")).toList();
            List<String> got = maps(s.get("knowers")).stream()
                    .map(k -> id(k, "character") + " " + k.get("how") + " " + k.get("order")).toList();
            assertEquals(expected, got, s.get("id").toString());
            assertTrue(((Number) graph.get("sentences")).longValue() > maps(s.get("knowers")).stream()
                    .mapToLong(k -> ((Number) k.get("order")).longValue()).max().orElse(-1));
        }
    }

    @Test
    void asOfAPointShowsOnlyWhatTheStoryHadShownAndWhoKnewThen() {
        Map<String, Object> whole = get("/api/stories/" + STORY + "/graph");
        Map<String, Object> swap = maps(whole.get("secrets")).stream().filter(s -> "BABY_SWAP".equals(s.get("kind")))
                .findFirst().orElseThrow();
        long marissaLearned = maps(swap.get("knowers")).stream()
                .filter(k -> id(k, "character").equals("all-her-fault/marissa-irvine"))
                .mapToLong(k -> ((Number) k.get("order")).longValue()).findFirst().orElseThrow();

        Map<String, Object> then = get("/api/stories/" + STORY + "/graph?asOf=" + marissaLearned);
        assertEquals(marissaLearned, ((Number) then.get("asOf")).longValue());
        assertEquals(whole.get("sentences"), then.get("sentences"), "the slider's extent does not move");
        Map<String, Object> swapThen = maps(then.get("secrets")).stream().filter(s -> s.get("id").equals(swap.get("id")))
                .findFirst().orElseThrow();
        assertEquals(List.of("all-her-fault/peter", "all-her-fault/josephine-murphy"),
                maps(swapThen.get("knowers")).stream().map(k -> id(k, "character")).toList());
        // The same point in the secrets' own endpoint gives the same knowers, how and order, for every secret.
        for (Map<String, Object> s : maps(then.get("secrets"))) {
            Map<String, Object> detail = get("/api/secrets/" + s.get("id") + "?asOf=" + marissaLearned);
            assertEquals(maps(detail.get("knowers")).stream().map(k -> id(k, "character") + " " + k.get("how") + " "
                            + k.get("order")).toList(),
                    maps(s.get("knowers")).stream().map(k -> id(k, "character") + " " + k.get("how") + " "
                            + k.get("order")).toList(), s.get("id").toString());
        }
        Map<String, Object> elements = (Map<String, Object>) then.get("elements");
        Map<String, Object> all = (Map<String, Object>) whole.get("elements");
        assertTrue(maps(elements.get("edges")).size() < maps(all.get("edges")).size());
        assertFalse(maps(elements.get("edges")).isEmpty());
        for (Map<String, Object> e : maps(elements.get("edges"))) {
            assertTrue(((Number) data(e).get("firstSeen")).longValue() < marissaLearned, e.toString());
        }
        for (Map<String, Object> n : maps(elements.get("nodes"))) {
            assertTrue(((Number) data(n).get("firstSeen")).longValue() < marissaLearned, n.toString());
        }
        Map<String, Object> start = get("/api/stories/" + STORY + "/graph?asOf=0");
        assertEquals(List.of(), ((Map<String, Object>) start.get("elements")).get("nodes"));
        assertTrue(maps(start.get("secrets")).stream().allMatch(s -> maps(s.get("knowers")).isEmpty()));
    }

    @Test
    void aStoryIsFoundByNameAndTheLimitKeepsTheMostMentioned() {
        assertEquals(STORY, get("/api/stories/All%20Her%20Fault/graph").get("id"));
        Map<String, Object> three = get("/api/stories/" + STORY + "/graph?limit=3");
        assertEquals(true, three.get("truncated"));
        Map<String, Object> elements = (Map<String, Object>) three.get("elements");
        assertEquals(3, maps(elements.get("nodes")).size());
        Set<String> ids = new HashSet<>();
        maps(elements.get("nodes")).forEach(n -> ids.add(data(n).get("id").toString()));
        assertTrue(ids.contains("all-her-fault/peter"), ids.toString());
        for (Map<String, Object> e : maps(elements.get("edges"))) {
            assertTrue(ids.contains(data(e).get("source")) && ids.contains(data(e).get("target")), e.toString());
        }
    }

    @Test
    void badRequestsAreProblems() {
        Map<?, ?> unknown = Problems.expect(client(), "/api/stories/no-such-story/graph", HttpStatus.NOT_FOUND);
        assertTrue(unknown.get("detail").toString().contains(STORY), unknown.toString());
        Problems.expect(client(), "/api/stories/%20/graph", HttpStatus.NOT_FOUND);
        Problems.expect(client(), "/api/stories/" + STORY + "/graph?asOf=soon", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/stories/" + STORY + "/graph?asOf=-3", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/stories/" + STORY + "/graph?limit=0", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/stories/" + STORY + "/graph?limit=99999", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/stories/" + "x".repeat(2000) + "/graph", HttpStatus.NOT_FOUND);
    }

    @Test
    void theArticleTextHoldsEveryQuoteAtItsOffsets() throws Exception {
        Map<String, Object> doc = get("/api/documents/all-her-fault-ending/text");
        String text = doc.get("text").toString();
        assertEquals(Files.readString(SeedGraph.seedFile()), text);
        assertEquals(STORY, doc.get("story"));
        int checked = 0;
        for (String who : List.of("peter", "marissa-irvine", "josephine-murphy")) {
            Map<String, Object> c = get("/api/characters/all-her-fault/" + who);
            for (Map<String, Object> r : maps(c.get("outgoing"))) {
                for (Map<String, Object> e : maps(r.get("evidence"))) {
                    int start = ((Number) e.get("start")).intValue();
                    int end = ((Number) e.get("end")).intValue();
                    assertEquals(e.get("quote"), text.substring(start, end));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 5, "checked " + checked);
        Problems.expect(client(), "/api/documents/no-such-document/text", HttpStatus.NOT_FOUND);
    }

    @Test
    void aDocumentLoadedBeforeTextsWereKeptSaysHowToGetIt() {
        try {
            SharedNeo4j.run("MATCH (d:Document {id: 'all-her-fault-ending'}) REMOVE d.text");
            Map<?, ?> problem = Problems.expect(client(), "/api/documents/all-her-fault-ending/text", HttpStatus.NOT_FOUND);
            assertEquals("Text not kept", problem.get("title"));
            assertTrue(problem.get("detail").toString().contains("Load the same file again"), problem.toString());
        } finally {
            SeedGraph.load();
        }
    }
}
