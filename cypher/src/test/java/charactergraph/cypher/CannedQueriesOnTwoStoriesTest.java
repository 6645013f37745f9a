package charactergraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Every canned query on the two-story fixture (the seed story as the README model stores it, plus an invented
 * story with its own "Peter"), with the rows a reader of the article expects.
 */
class CannedQueriesOnTwoStoriesTest {
    private static final String AHF = "all-her-fault";
    private static final String SALT = "salt-house";
    private static CannedQueries catalogue;

    @BeforeAll
    static void loadGraph() {
        TestNeo4j.freshGraph("fixtures/two-stories.cypher");
        catalogue = CannedQueries.load();
    }

    /** Runs a query in a read transaction; parameters as alternating name, value. */
    private static List<Map<String, Object>> run(String name, Object... nameValuePairs) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            params.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        CannedQuery query = catalogue.get(name).orElseThrow(() -> new AssertionError("no canned query " + name));
        return TestNeo4j.runRead(query, params);
    }

    /** Each row reduced to the given columns joined by '|', in row order. */
    private static List<String> project(List<Map<String, Object>> rows, String... columns) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                assertTrue(row.containsKey(c), "no column " + c + " in " + row.keySet());
                cells.add(String.valueOf(row.get(c)));
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    @Test
    void storyGraphReturnsCharacterRelationshipsAsGraphElementsForThePicture() {
        List<Map<String, Object>> rows = run("story-graph", "story", AHF);
        assertEquals(21, rows.size(), "the 21 relationships between characters of the seed story");
        Node first = (Node) rows.get(0).get("character");
        Relationship rel = (Relationship) rows.get(0).get("relationship");
        assertEquals("all-her-fault/brian", first.get("id").asString(), "ordered by id");
        assertEquals("SIBLING_OF", rel.type(), "symmetric, stored from the lower id");
        assertEquals(8, run("story-graph", "story", SALT).size());
        assertEquals(29, run("story-graph", "story", null).size());
    }

    @Test
    void secretsGraphDrawsWhoKnewAndWhoKept() {
        List<Map<String, Object>> rows = run("secrets-graph", "story", AHF);
        assertEquals(26, rows.size(), "14 KNOWS and 12 KEEPS");
        long knows = rows.stream().filter(r -> ((Relationship) r.get("link")).type().equals("KNOWS")).count();
        assertEquals(14, knows);
        assertEquals(11, run("secrets-graph", "story", SALT).size());
    }

    @Test
    void whoIsFindsACharacterByAnyAliasInAnyCase() {
        List<Map<String, Object>> carrie = run("who-is", "name", "  CARRIE finch ");
        assertEquals(List.of("all-her-fault/josephine-murphy|Josephine Murphy|[Sophia Lillis]|FEMALE|7"),
                project(carrie, "id", "character", "actors", "gender", "relationships"));
        assertEquals(List.of("Josie", "Josie Murphy", "Carrie", "Carrie Finch"), carrie.get(0).get("aliases"));
        assertEquals(List.of("all-her-fault-ending", "all-her-fault-recap"), carrie.get(0).get("documents"));

        assertEquals(List.of("all-her-fault|Peter Irvine", "salt-house|Peter Vance"),
                project(run("who-is", "name", "peter"), "story", "character"), "a name shared by two stories");
        assertEquals(List.of("salt-house|Peter Vance"), project(run("who-is", "name", "Peter", "story", SALT), "story", "character"));
        assertEquals(List.of("Colin"), project(run("who-is", "name", "all-her-fault/colin"), "character"), "by id");
        assertTrue(run("who-is", "name", "Nobody Here").isEmpty());
    }

    @Test
    void killingsListEveryKillingWithEvidenceAndWhetherItWasAnAccident() {
        List<Map<String, Object>> rows = run("killings", "story", AHF);
        assertEquals(List.of(
                "Josephine Murphy|Colin|true|STATED",
                "Marissa Irvine|Peter Irvine|false|STATED",
                "Peter Irvine|Josephine Murphy|false|STATED",
                "Peter Irvine|Rob|false|STATED"), project(rows, "killer", "victim", "accidental", "status"));
        Map<String, Object> rob = rows.get(3);
        assertEquals(List.of("While Rob is counting the cash and distracted, Peter kills him with a lamp",
                "Peter kills Rob with a lamp at the motel"), rob.get("evidence"));
        assertEquals(List.of("all-her-fault-ending", "all-her-fault-recap"), rob.get("sources"));
        assertEquals(0.95, (Double) rob.get("confidence"), 1e-9);

        assertEquals(List.of("salt-house|Edwin Hale|Agnes Pell"), project(run("killings", "story", SALT), "story", "killer", "victim"));
        assertEquals(5, run("killings", "story", null).size(), "null story means every story");
    }

    @Test
    void doneByListsActionsButNotFamilyTies() {
        assertEquals(List.of(
                "INJURED|Brian|false|STATED",
                "KIDNAPPED|Milo Irvine|null|ALLEGED",
                "KILLED|Josephine Murphy|false|STATED",
                "KILLED|Rob|false|STATED"),
                project(run("done-by", "character", "Peter Irvine", "story", AHF), "action", "target", "accidental", "status"));
        assertEquals(List.of("KIDNAPPED|Milo Irvine|null", "KILLED|Colin|true"),
                project(run("done-by", "character", "josie", "story", null), "action", "target", "accidental"),
                "SECRETLY_PARENT_OF is a family tie, not an action");
        assertEquals(List.of("Peter Vance|COVERS_UP_FOR|Margaret Hale"),
                project(run("done-by", "character", "Peter", "story", SALT), "character", "action", "target"));
    }

    @Test
    void coverUpsIncludeChainsWithinEachStory() {
        List<Map<String, Object>> rows = run("cover-ups", "story", AHF);
        assertEquals(List.of(
                "Detective Alcaras|Marissa Irvine|1",
                "Lia|Peter Irvine|1",
                "Marissa Irvine|Peter Irvine|1",
                "Detective Alcaras|Peter Irvine|2"), project(rows, "coverer", "coveredFor", "hops"));
        assertEquals(List.of("Detective Alcaras", "Marissa Irvine", "Peter Irvine"), rows.get(3).get("chain"));
        assertEquals(List.of("he tells her he's closing the case", "Marissa doesn't turn him in"), rows.get(3).get("evidence"));

        assertEquals(List.of(
                "all-her-fault|Detective Alcaras|Marissa Irvine|1",
                "all-her-fault|Lia|Peter Irvine|1",
                "all-her-fault|Marissa Irvine|Peter Irvine|1",
                "all-her-fault|Detective Alcaras|Peter Irvine|2",
                "salt-house|Margaret Hale|Edwin Hale|1",
                "salt-house|Peter Vance|Margaret Hale|1",
                "salt-house|Peter Vance|Edwin Hale|2"),
                project(run("cover-ups", "story", null), "story", "coverer", "coveredFor", "hops"));
    }

    @Test
    void familyIncludesSecretParentageFirst() {
        assertEquals(List.of(
                "Josephine Murphy|SECRETLY_PARENT_OF|Milo Irvine|true",
                "Marissa Irvine|MARRIED_TO|Peter Irvine|false",
                "Marissa Irvine|PARENT_OF|Milo Irvine|false",
                "Peter Irvine|PARENT_OF|Milo Irvine|false",
                "Rob|PARENT_OF|Josephine Murphy|false",
                "Brian|SIBLING_OF|Peter Irvine|false",
                "Lia|SIBLING_OF|Peter Irvine|false"),
                project(run("family", "character", null, "story", AHF), "person", "relation", "relative", "secret"));
        assertEquals(List.of(
                "Josephine Murphy|SECRETLY_PARENT_OF|Milo Irvine",
                "Marissa Irvine|PARENT_OF|Milo Irvine",
                "Peter Irvine|PARENT_OF|Milo Irvine"),
                project(run("family", "character", "Milo", "story", AHF), "person", "relation", "relative"));
        assertEquals(List.of(
                "Agnes Pell|SECRETLY_PARENT_OF|Tom Hale|STATED",
                "Edwin Hale|MARRIED_TO|Margaret Hale|STATED",
                "Edwin Hale|PARENT_OF|Tom Hale|STATED",
                "Margaret Hale|PARENT_OF|Tom Hale|ALLEGED"),
                project(run("family", "character", null, "story", SALT), "person", "relation", "relative", "status"));
    }

    @Test
    void identitiesListOtherNamesButNotNicknames() {
        List<Map<String, Object>> rows = run("identities", "story", null);
        assertEquals(List.of("Josephine Murphy|[Carrie, Carrie Finch]", "Agnes Pell|[Mrs. Grey]"),
                project(rows, "character", "otherNames"), "Josie and Maggie are nicknames; Alcaras is part of the name");
        assertEquals(List.of("Carrie Finch is really Josephine 'Josie' Murphy"), rows.get(0).get("identitySecrets"));
        assertEquals(List.of(), rows.get(1).get("identitySecrets"));
    }

    @Test
    void secretKnowersSayHowAndSinceWhen() {
        assertEquals(List.of(
                "Josephine Murphy|DISCOVERED|24",
                "Peter Irvine|TOOK_PART|24",
                "Marissa Irvine|TOLD|26",
                "Detective Alcaras|DEDUCED|54"),
                project(run("secret-knowers", "story", AHF, "secret", "BABIES"), "knower", "how", "since"));
        assertEquals(14, run("secret-knowers", "story", AHF, "secret", null).size());
        List<Map<String, Object>> killing = run("secret-knowers", "story", null, "secret", "salt-house/edwin-killed-agnes");
        assertEquals(List.of("Edwin Hale|TOOK_PART|4", "Margaret Hale|DEDUCED|6", "Peter Vance|TOLD|7"),
                project(killing, "knower", "how", "since"));
        assertEquals("hears the truth from Margaret", killing.get(2).get("evidence"));
    }

    @Test
    void secretsTimelineGivesTheOrderSecretsCameOut() {
        List<Map<String, Object>> rows = run("secrets-timeline", "story", AHF);
        assertEquals(List.of(
                "all-her-fault/kidnapping-plot|8|[Josephine Murphy]|null|[]",
                "all-her-fault/peter-killed-rob|13|[Peter Irvine]|26|[Marissa Irvine]",
                "all-her-fault/carrie-is-josie|18|[Josephine Murphy]|null|[]",
                "all-her-fault/baby-swap|24|[Josephine Murphy, Peter Irvine]|24|[Josephine Murphy]",
                "all-her-fault/peter-tripped-brian|35|[Peter Irvine]|null|[]",
                "all-her-fault/marissa-killed-peter|52|[Marissa Irvine]|57|[Detective Alcaras]"),
                project(rows, "secret", "firstKnown", "firstKnowers", "revealedAt", "revealedTo"));
        assertEquals(List.of("salt-house/tom-is-agnes-son|3", "salt-house/edwin-killed-agnes|4"),
                project(run("secrets-timeline", "story", SALT), "secret", "firstKnown"));
    }

    @Test
    void knewBeforeCountsOnlyKnowledgeShownEarlier() {
        assertEquals(List.of("Josephine Murphy|24", "Peter Irvine|24", "Marissa Irvine|26"),
                project(run("knew-before", "asOf", 30, "secret", "babies", "story", AHF), "knower", "since"));
        assertEquals(List.of("Josephine Murphy", "Peter Irvine"),
                project(run("knew-before", "asOf", 26, "secret", "all-her-fault/baby-swap", "story", null), "knower"),
                "strictly before: Marissa is told at 26");
        assertTrue(run("knew-before", "asOf", 24, "secret", "babies", "story", null).isEmpty());
        assertEquals(List.of(
                "salt-house/edwin-killed-agnes|Edwin Hale",
                "salt-house/tom-is-agnes-son|Agnes Pell",
                "salt-house/tom-is-agnes-son|Edwin Hale"),
                project(run("knew-before", "asOf", 5, "secret", null, "story", SALT), "secret", "knower"));
    }

    @Test
    void keptFromListsSecretsAboutTheCharacterOrFamilyTheyDidNotKnow() {
        List<Map<String, Object>> marissa = run("kept-from", "character", "Marissa", "story", AHF);
        assertEquals(List.of(
                "all-her-fault/kidnapping-plot|[Milo Irvine]|[Josephine Murphy, Kyle, Rob]",
                "all-her-fault/peter-tripped-brian|[Peter Irvine]|[Peter Irvine]"),
                project(marissa, "secret", "concerns", "keepers"));
        assertEquals(List.of(
                "all-her-fault/baby-swap", "all-her-fault/carrie-is-josie", "all-her-fault/kidnapping-plot",
                "all-her-fault/marissa-killed-peter", "all-her-fault/peter-killed-rob", "all-her-fault/peter-tripped-brian"),
                project(run("kept-from", "character", "milo", "story", null), "secret"),
                "Milo knew none of the secrets about himself, his parents or his secret mother");
        assertEquals(List.of(
                "salt-house/edwin-killed-agnes|[Agnes Pell, Edwin Hale]|[Edwin Hale, Margaret Hale, Peter Vance]",
                "salt-house/tom-is-agnes-son|[Agnes Pell, Edwin Hale, Tom Hale]|[Agnes Pell, Edwin Hale, Margaret Hale]"),
                project(run("kept-from", "character", "Tom", "story", SALT), "secret", "concerns", "knownBy"));
    }

    @Test
    void characterKnowledgeSaysWhatTheyKnewAndKept() {
        assertEquals(List.of(
                "all-her-fault/baby-swap|true|DEDUCED|54|true",
                "all-her-fault/marissa-killed-peter|true|DEDUCED|57|true",
                "all-her-fault/peter-killed-rob|true|DEDUCED|57|false"),
                project(run("character-knowledge", "character", "alcaras", "story", AHF), "secret", "knew", "how", "since", "kept"));
        assertEquals(List.of(
                "salt-house/tom-is-agnes-son|DISCOVERED|5|true",
                "salt-house/edwin-killed-agnes|DEDUCED|6|true"),
                project(run("character-knowledge", "character", "Maggie", "story", null), "secret", "how", "since", "kept"));
    }

    @Test
    void shortestPathAcceptsAliasesAndStaysInsideOneStory() {
        List<Map<String, Object>> rows = run("shortest-path", "from", "Carrie Finch", "to", "brian", "story", AHF);
        assertEquals(List.of("Josephine Murphy|Brian|2|[Josephine Murphy, Peter Irvine, Brian]"),
                project(rows, "fromCharacter", "toCharacter", "hops", "names"));
        assertEquals(List.of("Peter Irvine KILLED Josephine Murphy", "Brian SIBLING_OF Peter Irvine"), rows.get(0).get("steps"));
        assertEquals(List.of("[Colin, Josephine Murphy, Rob]"),
                project(run("shortest-path", "from", "colin", "to", "ROB", "story", null), "names"));
        assertEquals(List.of("Peter Vance|Margaret Hale|1"),
                project(run("shortest-path", "from", "Peter", "to", "Margaret", "story", null), "fromCharacter", "toCharacter", "hops"),
                "only the Peter of Margaret's story");
        assertEquals(List.of("Peter Irvine|Colin|2"),
                project(run("shortest-path", "from", "Peter", "to", "Colin", "story", null), "fromCharacter", "toCharacter", "hops"));
        assertTrue(run("shortest-path", "from", "Edwin", "to", "Marissa", "story", null).isEmpty(), "no path across stories");
        assertTrue(run("shortest-path", "from", "Jenny", "to", "Marissa", "story", AHF).isEmpty(),
                "Jenny has no relationships: no path through secrets or the story node");
    }

    @Test
    void shortPathsListEverySimplePathUpToTheLength() {
        assertEquals(List.of(
                "2|[Colin, Josephine Murphy, Rob]|[Josephine Murphy KILLED Colin, Rob ACCOMPLICE_OF Josephine Murphy]",
                "2|[Colin, Josephine Murphy, Rob]|[Josephine Murphy KILLED Colin, Rob PARENT_OF Josephine Murphy]"),
                project(run("short-paths", "from", "Colin", "to", "Rob", "maxHops", 2, "limit", null, "story", AHF), "hops", "names", "steps"));
        List<Map<String, Object>> three = run("short-paths", "from", "Colin", "to", "Rob", "maxHops", 3, "limit", null, "story", AHF);
        assertEquals(List.of(
                "2|[Colin, Josephine Murphy, Rob]",
                "2|[Colin, Josephine Murphy, Rob]",
                "3|[Colin, Josephine Murphy, Milo Irvine, Rob]",
                "3|[Colin, Josephine Murphy, Milo Irvine, Rob]",
                "3|[Colin, Josephine Murphy, Peter Irvine, Rob]"), project(three, "hops", "names"));
        assertEquals(3, run("short-paths", "from", "Colin", "to", "Rob", "maxHops", 3, "limit", 3, "story", AHF).size());

        List<Map<String, Object>> wide = run("short-paths", "from", "Colin", "to", "Rob", "maxHops", 50, "limit", 200, "story", null);
        assertTrue(wide.size() > 5);
        for (Map<String, Object> row : wide) {
            long hops = (Long) row.get("hops");
            List<?> names = (List<?>) row.get("names");
            assertTrue(hops <= 5, "paths are capped at five hops: " + row);
            assertEquals(names.size(), new HashSet<>(names).size(), "a path visits a character once: " + names);
        }
    }

    @Test
    void evidenceBetweenGivesOneRowPerSentenceWithOffsetsIntoTheArticle() throws IOException {
        List<Map<String, Object>> rows = run("evidence-between", "a", "Peter", "b", "Rob", "story", AHF);
        assertEquals(List.of(
                "Peter Irvine|KILLED|Rob|all-her-fault-ending|13|STATED|kill-active",
                "Peter Irvine|KILLED|Rob|all-her-fault-recap|1|STATED|kill-active"),
                project(rows, "subject", "fact", "object", "source", "sentence", "status", "rule"));
        String seed = Files.readString(Path.of("..", "seeds", "all-her-fault-ending.txt"), StandardCharsets.UTF_8);
        Map<String, Object> first = rows.get(0);
        assertEquals(first.get("quote"), seed.substring(((Long) first.get("startOffset")).intValue(),
                ((Long) first.get("endOffset")).intValue()), "offsets point at the quote in the seed file");
        assertEquals(List.of("Brian|SIBLING_OF|Peter Irvine", "Peter Irvine|INJURED|Brian"),
                project(run("evidence-between", "a", "Brian", "b", "Peter Irvine", "story", null), "subject", "fact", "object"),
                "both directions");
    }

    @Test
    void mostConnectedRanksByDistinctCharacters() {
        assertEquals(List.of(
                "Peter Irvine|6|11|3|3",
                "Josephine Murphy|5|7|3|2",
                "Milo Irvine|5|7|0|0"),
                project(run("most-connected", "story", AHF, "limit", 3), "character", "connectedCharacters", "relationships",
                        "secretsKnown", "secretsKept"));
        List<Map<String, Object>> all = run("most-connected", "story", null, "limit", null);
        assertEquals(10, all.size(), "limit defaults to 10");
        assertEquals("Peter Irvine", all.get(0).get("character"));
    }

    @Test
    void singleSourceFactsLeaveOutWhatTwoArticlesSupport() {
        assertEquals(List.of(
                "Josephine Murphy|KILLED|Colin|all-her-fault-ending",
                "Peter Irvine|KILLED|Josephine Murphy|all-her-fault-ending"),
                project(run("single-source", "story", AHF, "fact", "killed"), "subject", "fact", "object", "source"),
                "Peter->Rob and Marissa->Peter are in the recap too");
        List<Map<String, Object>> all = run("single-source", "story", AHF, "fact", null);
        // 71 facts carry provenance in this story (21 between characters, 8 PLAYS, 16 ABOUT, 12 KEEPS, 14 KNOWS);
        // four of them are also in the recap.
        assertEquals(67, all.size());
        assertFalse(project(all, "fact", "subject").contains("SECRETLY_PARENT_OF|Josephine Murphy"));
        assertEquals(24, run("single-source", "story", SALT, "fact", null).size());
    }

    @Test
    void contestedFactsAreStatedByOneArticleAndOnlyAllegedByAnother() {
        List<Map<String, Object>> rows = run("contested-facts", "story", null);
        assertEquals(List.of(
                "Detective Alcaras|COVERS_UP_FOR|Marissa Irvine|[all-her-fault-ending]|[all-her-fault-recap]",
                "Marissa Irvine|KILLED|Peter Irvine|[all-her-fault-ending]|[all-her-fault-recap]"),
                project(rows, "subject", "fact", "object", "statedBy", "doubtedBy"),
                "Josie's secret parentage is alleged once but stated by the same article, so it is not contested");
        assertEquals(List.of("ALLEGED: Viewers are left to wonder whether Marissa meant for Peter to die"),
                rows.get(1).get("doubtingQuotes"));
        assertTrue(run("contested-facts", "story", SALT).isEmpty(), "an allegation with no contrary source is not a contest");
    }

    @Test
    void documentsSayWhatEachArticleContributed() {
        assertEquals(List.of(
                "all-her-fault|all-her-fault-ending|11|6|71",
                "all-her-fault|all-her-fault-recap|6|0|4",
                "salt-house|salt-house-summary|5|2|24"),
                project(run("documents", "story", null), "story", "document", "charactersMentioned", "secretsReported",
                        "factsSupported"));
    }

    @Test
    void everyQueryIsCoveredByATestHere() throws IOException {
        // Surefire runs in the module directory, so the test's own source is at hand.
        String source = Files.readString(Path.of("src/test/java/charactergraph/cypher/" + getClass().getSimpleName() + ".java"));
        List<String> untested = catalogue.names().stream()
                .filter(n -> !source.contains("run(\"" + n + "\""))
                .collect(Collectors.toList());
        assertEquals(List.of(), untested);
    }
}
