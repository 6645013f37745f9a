package charactergraph.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import charactergraph.api.testsupport.SeedGraph;
import charactergraph.api.testsupport.SeedGraphHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;

/**
 * The story page in a real browser engine (headless Chromium) over the seed article's graph: what a new user sees
 * without typing anything, a click on a character and its evidence read in the article, the timeline moved with the
 * keyboard and who knew then, the path finder, a phone's screen. Expected values come from the API's own answers.
 */
@MicronautTest
@SuppressWarnings("unchecked")
class StoryPageBrowserTest extends SeedGraphHttpTest {
    static final String STORY = "all-her-fault";
    @Inject
    EmbeddedServer server;
    Chromium chromium;

    @BeforeAll
    void startChromium() throws Exception {
        chromium = Chromium.start(1400, 1000);
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The seed article's graph, and a second, tiny story to pick. */
    @Override
    protected void graph() {
        SeedGraph.load();
        SharedNeo4j.run("CREATE (s:Story {id: 'the-quiet-harbour', name: 'The Quiet Harbour'})"
                + " CREATE (d:Document {id: 'quiet-harbour-recap', title: 'The Quiet Harbour, a recap',"
                + "   story: 'the-quiet-harbour', text: 'Ada Vane betrayed Tom Reed.'})"
                + " CREATE (a:Character {id: 'the-quiet-harbour/ada-vane', name: 'Ada Vane', names: ['ada vane'],"
                + "   story: 'the-quiet-harbour', mentions: 1})-[:IN_STORY]->(s)"
                + " CREATE (b:Character {id: 'the-quiet-harbour/tom-reed', name: 'Tom Reed', names: ['tom reed'],"
                + "   story: 'the-quiet-harbour', mentions: 1})-[:IN_STORY]->(s)"
                + " CREATE (d)-[:MENTIONS {evidence: ['0:0-27 0.9 STATED test'], quotes: ['Ada Vane betrayed Tom Reed.']}]->(a)"
                + " CREATE (d)-[:MENTIONS {evidence: ['0:0-27 0.9 STATED test'], quotes: ['Ada Vane betrayed Tom Reed.']}]->(b)"
                + " CREATE (a)-[:BETRAYED {sources: ['quiet-harbour-recap'], quotes: ['Ada Vane betrayed Tom Reed.'],"
                + "   evidence: ['0:0-27 0.9 STATED test'], quote: 'Ada Vane betrayed Tom Reed.', confidence: 0.9,"
                + "   status: 'STATED'}]->(b)");
    }

    private String base() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private String babySwap() {
        return list("/api/secrets?story=" + STORY).stream().filter(s -> "BABY_SWAP".equals(s.get("kind")))
                .map(s -> s.get("id").toString()).findFirst().orElseThrow();
    }

    private List<String> ids(String css) {
        return chromium.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("data-id")).toList();
    }

    private WebElement secretArticle(String id) {
        return chromium.driver().findElement(By.cssSelector("article.secret[data-secret='" + id + "']"));
    }

    @Test
    void aNewUserSeesTheCharactersAndTheBabySwapTimelineWithoutTypingAnything() throws Exception {
        chromium.open(base() + "/");
        assertTrue(chromium.driver().getCurrentUrl().endsWith("/stories/" + STORY), chromium.driver().getCurrentUrl());
        assertEquals(STORY, new Select(chromium.driver().findElement(By.id("story"))).getFirstSelectedOption()
                .getAttribute("value"));
        long characters = list("/api/characters?story=" + STORY + "&limit=1000").size();
        assertEquals(characters, chromium.jsLong("return window.storyGraph.nodes().length"));
        assertEquals(characters, chromium.driver().findElements(By.cssSelector("#character-list button")).size());
        assertTrue(chromium.jsLong("return window.storyGraph.edges().length") > 5);

        // The baby swap's timeline: a mark per knower, and the list of who knew, in the story's order.
        Map<String, Object> swap = get("/api/secrets/" + babySwap());
        List<String> knowers = ((List<Map<String, Object>>) swap.get("knowers")).stream()
                .map(k -> ((Map<?, ?>) k.get("character")).get("id").toString()).toList();
        WebElement article = secretArticle(babySwap());
        assertTrue(article.isDisplayed());
        assertTrue(article.getText().contains(swap.get("statement").toString()), article.getText());
        assertEquals(knowers.size(), article.findElements(By.cssSelector(".lane .mark")).size());
        assertEquals(knowers, ids("article.secret[data-secret='" + babySwap() + "'] ul.knew li"));

        // Red and thick: a killing is drawn in the Browser style's colour for KILLED, wider than a family tie.
        String killColour = chromium.js("return window.storyGraph.edges('[label = \"KILLED\"]')[0].style('line-color')").toString();
        assertEquals("rgb(192,57,43)", killColour.replace(" ", ""), "#C0392B of style.grass");
        double killWidth = Double.parseDouble(chromium.js("return window.storyGraph.edges('[label = \"KILLED\"]')[0].style('width')").toString().replace("px", ""));
        double tieWidth = Double.parseDouble(chromium.js("return window.storyGraph.edges('[label = \"PARENT_OF\"], [label = \"MARRIED_TO\"]')[0].style('width')").toString().replace("px", ""));
        assertTrue(killWidth > tieWidth, killWidth + " vs " + tieWidth);

        // Offline: everything the page loaded came from the app.
        for (Object url : chromium.jsList("return performance.getEntriesByType('resource').map(e => e.name)")) {
            assertTrue(url.toString().startsWith(base() + "/"), url.toString());
        }
        chromium.screenshot(Path.of("target", "story-page", "seed.png"));
    }

    @Test
    void clickingACharacterShowsItsFactsAndEachSentenceInTheArticle() throws Exception {
        chromium.open(base() + "/stories/" + STORY);
        // Pick the other story, then this one again, with the story picker.
        new Select(chromium.driver().findElement(By.id("story"))).selectByValue("the-quiet-harbour");
        chromium.waiting().until(d -> chromium.jsLong("return window.storyGraph.nodes().length") == 2
                && d.getCurrentUrl().endsWith("/stories/the-quiet-harbour"));
        new Select(chromium.driver().findElement(By.id("story"))).selectByValue(STORY);
        long characters = list("/api/characters?story=" + STORY + "&limit=1000").size();
        chromium.waiting().until(d -> chromium.jsLong("return window.storyGraph.nodes().length") == characters
                && "ready".equals(chromium.js("return document.body.dataset.state")));

        // A real click on Peter's node, where Cytoscape drew it.
        Map<String, Object> at = (Map<String, Object>) chromium.js("const n = window.storyGraph.getElementById(arguments[0]);"
                + " window.storyGraph.center(n); const p = n.renderedPosition(); const r = document.getElementById('graph')"
                + ".getBoundingClientRect(); return {x: p.x - r.width / 2, y: p.y - r.height / 2};", STORY + "/peter");
        new Actions(chromium.driver()).moveToElement(chromium.driver().findElement(By.id("graph")),
                ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue()).click().perform();
        chromium.waiting().until(d -> !d.findElements(By.cssSelector("#details .fact")).isEmpty());
        assertEquals("Peter", chromium.driver().findElement(By.id("details-title")).getText());

        Map<String, Object> peter = get("/api/characters/" + STORY + "/peter");
        Map<String, Object> killing = ((List<Map<String, Object>>) peter.get("outgoing")).stream()
                .filter(r -> r.get("type").equals("KILLED")
                        && ((Map<?, ?>) r.get("other")).get("id").equals(STORY + "/josephine-murphy"))
                .findFirst().orElseThrow();
        WebElement fact = chromium.driver().findElement(By.cssSelector(
                "#details .fact[data-type='KILLED'][data-other='" + STORY + "/josephine-murphy'][data-direction='out']"));
        Map<String, Object> evidence = ((List<Map<String, Object>>) killing.get("evidence")).get(0);
        assertTrue(fact.getText().contains(killing.get("status").toString().toLowerCase()), fact.getText());
        assertTrue(fact.getText().contains(String.format("confidence %.2f", ((Number) killing.get("confidence")).doubleValue())), fact.getText());
        assertEquals(evidence.get("quote"), fact.findElement(By.cssSelector("blockquote")).getText());

        // "Why do you say that?": the article, with that very sentence highlighted.
        fact.findElement(By.cssSelector("a.why")).click();
        WebElement mark = chromium.waiting().until(d -> {
            List<WebElement> marks = d.findElements(By.cssSelector("#reader[open] #reader-text mark"));
            return marks.isEmpty() ? null : marks.get(0);
        });
        assertEquals(evidence.get("quote"), mark.getText());
        String text = Files.readString(SeedGraph.seedFile());
        assertEquals((long) text.length(), chromium.jsLong("return document.getElementById('reader-text').textContent.length"));
        assertEquals(((Number) evidence.get("start")).longValue(),
                chromium.jsLong("const t = document.getElementById('reader-text'); const r = document.createRange();"
                        + " r.setStart(t, 0); r.setEndBefore(t.querySelector('mark')); return r.toString().length"));
        assertTrue(chromium.jsLong("const m = document.querySelector('#reader-text mark').getBoundingClientRect();"
                + " const b = document.getElementById('reader-text').getBoundingClientRect();"
                + " return m.bottom > b.top && m.top < b.bottom ? 1 : 0") == 1, "the sentence is scrolled into view");
        chromium.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        chromium.waiting().until(d -> d.findElements(By.cssSelector("#reader[open]")).isEmpty());

        // A relationship clicked on the graph shows its own facts.
        chromium.js("window.storyGraph.edges('[label = \"KILLED\"][source = \"" + STORY + "/peter\"]')[0].emit('tap')");
        chromium.waiting().until(d -> d.findElement(By.id("details-title")).getText().contains("KILLED")
                && !d.findElements(By.cssSelector("#details .fact[data-type='KILLED'] blockquote")).isEmpty());
    }

    @Test
    void movingTheTimelineWithTheKeyboardShowsWhoKnewThen() {
        chromium.open(base() + "/stories/" + STORY);
        String swap = babySwap();
        Map<String, Object> whole = get("/api/secrets/" + swap);
        long marissaLearned = ((List<Map<String, Object>>) whole.get("knowers")).stream()
                .filter(k -> ((Map<?, ?>) k.get("character")).get("id").equals(STORY + "/marissa-irvine"))
                .mapToLong(k -> ((Number) k.get("order")).longValue()).findFirst().orElseThrow();
        Map<String, Object> then = get("/api/secrets/" + swap + "?asOf=" + marissaLearned);
        List<String> knewThen = ((List<Map<String, Object>>) then.get("knowers")).stream()
                .map(k -> ((Map<?, ?>) k.get("character")).get("id").toString()).toList();
        assertEquals(List.of(STORY + "/peter", STORY + "/josephine-murphy"), knewThen);

        WebElement slider = chromium.driver().findElement(By.id("asof"));
        slider.sendKeys(Keys.HOME);
        for (long i = 0; i < marissaLearned; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        chromium.waiting().until(d -> String.valueOf(marissaLearned).equals(chromium.js("return document.body.dataset.asof")));
        assertEquals("before sentence " + marissaLearned + " of " + get("/api/stories/" + STORY + "/graph").get("sentences"),
                chromium.driver().findElement(By.id("asof-label")).getText());
        assertEquals(knewThen, ids("article.secret[data-secret='" + swap + "'] ul.knew li"));
        assertEquals(List.of(STORY + "/marissa-irvine", STORY + "/detective-alcaras"),
                ids("article.secret[data-secret='" + swap + "'] ul.not-yet li"));
        assertTrue(chromium.driver().getCurrentUrl().contains("asOf=" + marissaLearned), chromium.driver().getCurrentUrl());

        // The graph as of then: what the story had not shown yet is faded, the rest is drawn.
        Map<String, Object> graphThen = get("/api/stories/" + STORY + "/graph?asOf=" + marissaLearned);
        Map<String, Object> elements = (Map<String, Object>) graphThen.get("elements");
        long shown = ((List<?>) elements.get("nodes")).size() + ((List<?>) elements.get("edges")).size();
        assertEquals(shown, chromium.jsLong("return window.storyGraph.elements().not('.later').length"));
        assertTrue(chromium.jsLong("return window.storyGraph.elements('.later').length") > 0);

        // Marissa's own panel as of then: the swap is still kept from her.
        chromium.driver().findElement(By.cssSelector("#character-list button[data-id='" + STORY + "/marissa-irvine']")).click();
        chromium.waiting().until(d -> !d.findElements(By.cssSelector("#details .knowledge")).isEmpty());
        String knowledge = chromium.driver().findElement(By.cssSelector("#details .knowledge")).getText();
        assertTrue(knowledge.contains("before sentence " + marissaLearned), knowledge);
        // Her killing of Peter comes later in the story than that point: its fact says so.
        assertFalse(chromium.driver().findElements(By.cssSelector(
                "#details .fact.later[data-type='KILLED'][data-other='" + STORY + "/peter']")).isEmpty());
        assertTrue(chromium.driver().findElement(By.cssSelector("#details .kept-from")).getText()
                .contains(whole.get("statement").toString()), knowledge);

        slider.sendKeys(Keys.END);
        chromium.waiting().until(d -> "".equals(chromium.js("return document.body.dataset.asof")));
        assertEquals(4, ids("article.secret[data-secret='" + swap + "'] ul.knew li").size());
        assertEquals(0L, chromium.jsLong("return window.storyGraph.elements('.later').length"));
    }

    @Test
    void theKeyboardAloneFindsACharacter() {
        chromium.open(base() + "/stories/" + STORY);
        WebElement filter = chromium.driver().findElement(By.id("character-filter"));
        filter.sendKeys("josie");
        filter.sendKeys(Keys.TAB);
        WebElement focused = chromium.driver().switchTo().activeElement();
        assertEquals(STORY + "/josephine-murphy", focused.getAttribute("data-id"));
        focused.sendKeys(Keys.ENTER);
        chromium.waiting().until(d -> d.findElement(By.id("details-title")).getText().startsWith("Josephine"));
        assertEquals("true", focused.getAttribute("aria-pressed"));
    }

    @Test
    void thePathFinderDrawsTheShortestPathWithEachHopsEvidence() {
        chromium.open(base() + "/stories/" + STORY);
        Map<String, Object> answer = get("/api/paths/shortest?from=" + STORY + "/marissa-irvine&to=" + STORY
                + "/josephine-murphy&story=" + STORY);
        List<Map<String, Object>> hops = (List<Map<String, Object>>) ((List<Map<String, Object>>) answer.get("paths"))
                .get(0).get("hops");
        new Select(chromium.driver().findElement(By.id("path-from"))).selectByValue(STORY + "/marissa-irvine");
        new Select(chromium.driver().findElement(By.id("path-to"))).selectByValue(STORY + "/josephine-murphy");
        chromium.driver().findElement(By.cssSelector("#path-form button[type=submit]")).click();
        chromium.waiting().until(d -> !d.findElements(By.cssSelector("#path-result li.hop")).isEmpty());
        List<WebElement> shown = chromium.driver().findElements(By.cssSelector("#path-result li.hop"));
        assertEquals(hops.size(), shown.size());
        for (int i = 0; i < hops.size(); i++) {
            assertTrue(shown.get(i).getText().contains(hops.get(i).get("type").toString()), shown.get(i).getText());
            assertEquals(hops.get(i).get("quote"), shown.get(i).findElement(By.cssSelector("blockquote")).getText());
        }
        assertEquals((long) hops.size(), chromium.jsLong("return window.storyGraph.edges('.path').length"));
        assertEquals((long) hops.size() + 1, chromium.jsLong("return window.storyGraph.nodes('.path').length"));
    }

    @Test
    void onAPhoneThePageIsOneColumnWithoutSidewaysScrolling() throws Exception {
        chromium.resize(390, 844);
        try {
            chromium.open(base() + "/stories/" + STORY);
            assertTrue(chromium.jsLong("return document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
                    "no sideways scrolling");
            Map<String, Object> graph = (Map<String, Object>) chromium.js("const r = document.getElementById('graph')"
                    + ".getBoundingClientRect(); return {w: r.width, h: r.height, bottom: r.bottom + window.scrollY};");
            assertTrue(((Number) graph.get("w")).doubleValue() <= 390 && ((Number) graph.get("h")).doubleValue() >= 250, graph.toString());
            double panelTop = ((Number) chromium.js("return document.getElementById('panel').getBoundingClientRect().top"
                    + " + window.scrollY")).doubleValue();
            assertTrue(panelTop >= ((Number) graph.get("bottom")).doubleValue(), "the panel comes below the graph");
            chromium.screenshot(Path.of("target", "story-page", "phone.png"));
        } finally {
            chromium.resize(1400, 1000);
        }
    }
}
