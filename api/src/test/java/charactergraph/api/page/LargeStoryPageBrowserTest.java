package charactergraph.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.api.testsupport.WipedSharedNeo4j;

/**
 * A story of 200 characters and about 400 relationships (an inline generated graph): the page draws them all, labels
 * thin out at the zoom that fits the whole graph and come back when zoomed in, clicks and the timeline still answer,
 * and a name holding HTML is shown as text. The times it took are printed, not asserted.
 */
@MicronautTest
@ExtendWith(WipedSharedNeo4j.class)
class LargeStoryPageBrowserTest extends AppHttpTest {
    static final String STORY = "the-long-night";
    static final String EVIL = "<img src=x onerror=\"window.__xss = 1\">Mallory";
    @Inject
    EmbeddedServer server;
    Chromium chromium;

    @BeforeAll
    void buildStoryAndStartChromium() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("Sentence ").append(i).append(" of the night.\n");
        }
        SharedNeo4j.run("CREATE (s:Story {id: '" + STORY + "', name: 'The Long Night'})"
                + " CREATE (d:Document {id: 'long-night-recap', title: 'The Long Night, recapped', story: '" + STORY
                + "', text: '" + text.toString().replace("\n", "\\n") + "'})"
                + " WITH s, d UNWIND range(0, 199) AS i"
                + " CREATE (c:Character {id: '" + STORY + "/person-' + i, story: '" + STORY + "', mentions: 1 + i % 9,"
                + "   name: CASE i WHEN 7 THEN '" + EVIL.replace("'", "\\'") + "' ELSE 'Person ' + i END})-[:IN_STORY]->(s)"
                + " CREATE (d)-[:MENTIONS {evidence: [toString(i) + ':0-10 0.9 STATED test'], quotes: ['Sentence']}]->(c)");
        SharedNeo4j.run("MATCH (a:Character {story: '" + STORY + "'}), (b:Character {story: '" + STORY + "'})"
                + " WITH a, b, toInteger(split(a.id, '-')[size(split(a.id, '-')) - 1]) AS i,"
                + "      toInteger(split(b.id, '-')[size(split(b.id, '-')) - 1]) AS j"
                + " WHERE j = (i + 1) % 200 OR (j = (i * 37 + 11) % 200 AND j <> i)"
                + " CREATE (a)-[:FRIEND_OF {sources: ['long-night-recap'], quotes: ['Sentence'], status: 'STATED',"
                + "   confidence: 0.8, quote: 'Sentence', evidence: [toString(i) + ':0-8 0.8 STATED test']}]->(b)");
        SharedNeo4j.run("MATCH (k:Character {id: '" + STORY + "/person-3'}), (t:Character {id: '" + STORY + "/person-150'})"
                + " CREATE (k)-[:KILLED {sources: ['long-night-recap'], quotes: ['Sentence'], status: 'STATED',"
                + "   confidence: 0.9, quote: 'Sentence', evidence: ['150:0-8 0.9 STATED test']}]->(t)"
                + " CREATE (x:Secret {id: '" + STORY + "/hidden-killing-person-150', story: '" + STORY + "',"
                + "   kind: 'HIDDEN_KILLING', statement: 'Person 3 killed Person 150'})"
                + " CREATE (x)-[:ABOUT]->(t) CREATE (k)-[:KEEPS]->(x)"
                + " CREATE (k)-[:KNOWS {how: 'TOOK_PART', order: 150, hows: ['TOOK_PART'], orders: [150], whens: ['']}]->(x)");
        chromium = Chromium.start(1280, 900);
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoHundredCharactersAreDrawnWithFewerLabelsAndThePageStillAnswers() throws Exception {
        long t0 = System.nanoTime();
        chromium.open("http://127.0.0.1:" + server.getPort() + "/stories/" + STORY);
        long drawn = System.nanoTime();
        assertEquals(200L, chromium.jsLong("return window.storyGraph.nodes().length"));
        Map<String, Object> graph = get("/api/stories/" + STORY + "/graph");
        long edges = ((List<?>) ((Map<String, Object>) graph.get("elements")).get("edges")).size();
        assertTrue(edges > 350, "edges " + edges);
        assertEquals(edges, chromium.jsLong("return window.storyGraph.edges().length"));

        // At the zoom that fits 200 characters, Cytoscape leaves out labels drawn smaller than min-zoomed-font-size.
        String labelled = "const cy = window.storyGraph; return cy.nodes().filter(n => parseFloat(n.style('font-size'))"
                + " * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size'))).length";
        long labelsWhole = chromium.jsLong(labelled);
        assertTrue(labelsWhole < 100, labelsWhole + " of 200 labels drawn at the whole graph's zoom");
        assertEquals("", chromium.js("return window.storyGraph.edges()[0].style('label')"),
                "no relationship labels on a large graph until one is selected");
        chromium.js("const cy = window.storyGraph; cy.zoom({level: 2.5, position: cy.getElementById('"
                + STORY + "/person-0').position()})");
        assertTrue(chromium.jsLong(labelled) == 200, "zoomed in, labels come back");
        chromium.js("window.storyGraph.fit()");

        // Still answering: a character from the list, then the timeline moved.
        long t1 = System.nanoTime();
        chromium.driver().findElement(By.cssSelector("#character-list button[data-id='" + STORY + "/person-3']")).click();
        chromium.waiting().until(d -> d.findElements(By.cssSelector("#details .fact[data-type='KILLED']")).size() == 1);
        long clicked = System.nanoTime();
        WebElement slider = chromium.driver().findElement(By.id("asof"));
        slider.sendKeys(Keys.HOME);
        chromium.waiting().until(d -> "0".equals(chromium.js("return document.body.dataset.asof")));
        assertEquals(edges + 200, chromium.jsLong("return window.storyGraph.elements('.later').length"));
        slider.sendKeys(Keys.END);
        chromium.waiting().until(d -> "".equals(chromium.js("return document.body.dataset.asof")));
        long moved = System.nanoTime();
        assertTrue(chromium.driver().findElement(By.cssSelector("article.secret")).getText().contains("Person 3"));

        // A name holding HTML is text: no image element, no script run.
        WebElement evil = chromium.driver().findElement(By.cssSelector("#character-list button[data-id='" + STORY + "/person-7']"));
        assertEquals(EVIL, evil.getText());
        assertEquals(0L, chromium.jsLong("return document.querySelectorAll('body img').length"));
        assertEquals(Boolean.TRUE, chromium.js("return window.__xss === undefined"));
        chromium.screenshot(Path.of("target", "story-page", "large.png"));
        System.out.printf("story page, 200 characters and %d relationships: drawn in %.1f s after navigation (layout"
                        + " %s ms of it), a character's facts in %.2f s, timeline to the start and back in %.2f s%n", edges,
                (drawn - t0) / 1e9, chromium.js("return document.body.dataset.layoutMs"), (clicked - t1) / 1e9,
                (moved - clicked) / 1e9);
    }

    private Map<String, Object> get(String uri) {
        return client().retrieve(io.micronaut.http.HttpRequest.GET(uri),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }
}
