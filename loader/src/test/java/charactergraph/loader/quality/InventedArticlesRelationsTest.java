package charactergraph.loader.quality;

import charactergraph.loader.NlpFixture;
import charactergraph.loader.eval.ExtractionScorer;
import charactergraph.loader.interchange.InterchangeJson;
import com.fasterxml.jackson.databind.JsonNode;
import charactergraph.model.Character;
import charactergraph.model.Extraction;
import charactergraph.model.Knowledge;
import charactergraph.model.Relation;
import charactergraph.model.Secret;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline (real cleaner and resolver) on invented recap articles of other stories in the test resources:
 * exactly the relations and secrets their text supports, and the seed's quality bar on one with a gold file.
 */
class InventedArticlesRelationsTest {
    private static Extraction extract(String name) throws Exception {
        try (InputStream in = InventedArticlesRelationsTest.class.getResourceAsStream("/articles/" + name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return NlpFixture.extract(text).extraction();
        }
    }

    private static Set<String> relations(Extraction x) {
        Map<String, String> names = x.characters().stream().collect(Collectors.toMap(Character::id, Character::name));
        TreeSet<String> out = new TreeSet<>();
        for (Relation r : x.relations()) {
            out.add(r.type() + " " + names.get(r.from()) + " -> " + names.get(r.to()));
        }
        return out;
    }

    private static Set<String> secrets(Extraction x) {
        Map<String, String> names = x.characters().stream().collect(Collectors.toMap(Character::id, Character::name));
        TreeSet<String> out = new TreeSet<>();
        for (Secret s : x.secrets()) {
            out.add(s.kind() + " " + s.subjects().stream().map(names::get).sorted().toList() + " known by "
                    + s.knowers().stream().map(Knowledge::characterId).map(names::get).collect(Collectors.toCollection(TreeSet::new)));
        }
        return out;
    }

    @Test
    void blackwoodRecap() throws Exception {
        Extraction x = extract("blackwood-recap");
        assertEquals(new TreeSet<>(Set.of("MARRIED_TO Miriam Hale -> Owen", "PARENT_OF Miriam Hale -> Wren",
                "SECRETLY_PARENT_OF Agnes Tull -> Wren")), relations(x));
        assertEquals(new TreeSet<>(Set.of("HIDDEN_PARENTAGE [Agnes Tull, Wren] known by [Agnes Tull, Owen]")), secrets(x));
    }

    @Test
    void harborLightsFinaleScoresLikeTheSeed() throws Exception {
        Extraction x = extract("harbor-lights-finale");
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/harbor-lights-finale.json")) {
            gold = InterchangeJson.mapper().readTree(in);
        }
        ExtractionScorer.Report report = ExtractionScorer.score(gold, InterchangeJson.toTree(x));
        System.err.print(report.format());
        assertTrue(report.relationsCore().f1() >= 0.9, report.format());
        assertTrue(report.relationsAll().f1() >= 0.85, report.format());
        assertTrue(report.knows().f1() >= 0.95, report.format());
    }

    private static ExtractionScorer.Report score(String article, String gold) throws Exception {
        Extraction x;
        try (InputStream in = InventedArticlesRelationsTest.class.getResourceAsStream(article)) {
            x = NlpFixture.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8)).extraction();
        }
        JsonNode g;
        try (InputStream in = InventedArticlesRelationsTest.class.getResourceAsStream(gold)) {
            g = InterchangeJson.mapper().readTree(in);
        }
        ExtractionScorer.Report report = ExtractionScorer.score(g, InterchangeJson.toTree(x));
        System.err.print(report.format());
        return report;
    }

    /** Who knew which secret, scored against the gold files of the invented articles (measured figures minus a margin). */
    @Test
    void knowledgeOnTheInventedArticlesWithGold() throws Exception {
        ExtractionScorer.Report glass = score("/articles/glass-orchard-recap.txt", "/gold/glass-orchard-recap.json");
        assertTrue(glass.relationsCore().f1() >= 0.95 && glass.knows().f1() >= 0.9, glass.format());
        ExtractionScorer.Report northgate = score("/articles/northgate-recap.txt", "/gold/northgate-recap.json");
        assertTrue(northgate.relationsCore().f1() >= 0.85 && northgate.knows().f1() >= 0.9, northgate.format());
        ExtractionScorer.Report saltmarsh = score("/articles/saltmarsh-finale.txt", "/gold/saltmarsh-finale.json");
        assertTrue(saltmarsh.relationsCore().f1() >= 0.95 && saltmarsh.knows().f1() >= 0.95, saltmarsh.format());
        ExtractionScorer.Report ferry = score("/articles/ferrymans-wake-recap.txt", "/gold/ferrymans-wake-recap.json");
        assertTrue(ferry.relationsCore().f1() >= 0.95 && ferry.relationsAll().f1() >= 0.95 && ferry.knows().f1() >= 0.95,
                ferry.format());
        ExtractionScorer.Report still = score("/articles/stillwater-review.txt", "/gold/stillwater-review.json");
        assertTrue(still.relationsCore().f1() >= 0.95 && still.relationsAll().f1() >= 0.95 && still.knows().f1() >= 0.95,
                still.format());
    }

    @Test
    void coldCreekReview() throws Exception {
        Extraction x = extract("cold-creek-review");
        // "Hank confesses that he set the fire" after "The fire at the Dunmore ranch killed Eli Dunmore"; "Walt had
        // known for months and said nothing" makes Walt a knower of the secret last spoken of
        assertEquals(new TreeSet<>(Set.of("KILLED Hank -> Eli Dunmore", "SIBLING_OF Hank -> Walt Harlan")), relations(x));
        // June finds the gas can, hears Hank confess and arrests him: she knows what he did (ANNOTATION.md: whoever
        // discovers it)
        assertEquals(new TreeSet<>(Set.of("HIDDEN_KILLING [Eli Dunmore, Hank] known by [Hank, June Takeda, Walt Harlan]")), secrets(x));
    }

    @Test
    void quietHarborFinale() throws Exception {
        Extraction x = extract("quiet-harbor-finale");
        assertEquals(new TreeSet<>(Set.of("MARRIED_TO Nora Whitcombe -> Thomas", "PARENT_OF Thomas -> Samuel Whitcombe",
                "SIBLING_OF Callum -> Nora Whitcombe")), relations(x));
        // "Adeyemi confronts Sam at the harbor" after finding his false name in the ledger: she knows it too
        assertEquals(new TreeSet<>(Set.of("FALSE_IDENTITY [Samuel Whitcombe] known by [Ruth Adeyemi, Samuel Whitcombe]")),
                secrets(x));
    }

    @Test
    void saltmarshFinale() throws Exception {
        Extraction x = extract("saltmarsh-finale");
        // "shoots him dead", "gave Simon a false alibi", "helped him bury", "is the biological father of Maggie's
        // son, Luke" (only the nearest apposition names the son); "pushed Peter off the cliff" kills him: "after her
        // husband's death" names no one, and her husband is Peter ("Maggie's husband, Peter Thorne").
        assertEquals(new TreeSet<>(Set.of("ACCOMPLICE_OF Ava Hale -> Simon Hale", "COVERS_UP_FOR Ava Hale -> Simon Hale",
                "KILLED Owen Pryce -> Simon Hale", "KILLED Simon Hale -> Peter Thorne", "MARRIED_TO Ava Hale -> Simon Hale",
                "MARRIED_TO Maggie Thorne -> Peter Thorne", "PARENT_OF Maggie Thorne -> Luke",
                "SECRETLY_PARENT_OF Simon Hale -> Luke", "SIBLING_OF Maggie Thorne -> Rose Tanner")), relations(x));
    }

    @Test
    void glassOrchardRecap() throws Exception {
        Extraction x = extract("glass-orchard-recap");
        // "was poisoned by", "X's killer turns out to be Y", "her real mother is Y", "took the fall for", "helped
        // hide the body" (accomplice of the latest killer), "lied to police to protect her" (her is not the liar);
        // the actor in "with Marco Bell as her son Julian Cross" is no character. Missed: "her son Julian" inside
        // the casting phrase, Harold as Julian's father.
        assertEquals(new TreeSet<>(Set.of("ACCOMPLICE_OF Bernadette Kell -> Evelyn Cross",
                "COVERS_UP_FOR Bernadette Kell -> Evelyn Cross", "COVERS_UP_FOR Ray Dunn -> Julian Cross", "EMPLOYS Evelyn Cross -> Bernadette Kell",
                "KILLED Evelyn Cross -> Julian Cross", "KILLED Julian Cross -> Harold Cross",
                "MARRIED_TO Evelyn Cross -> Harold Cross", "SECRETLY_PARENT_OF Bernadette Kell -> Lily Cross")), relations(x));
    }

    @Test
    void northgateRecap() throws Exception {
        Extraction x = extract("northgate-recap");
        // "was abducted by", "held Sophie captive", "gave her brother a false alibi" (parsed as a bare dep).
        // "Victor is his son, a secret he kept" is hidden parentage ("his" is not Victor), and "he fathered Victor"
        // adds no plain PARENT_OF beside it; "Grace rescues Sophie" (Grace tagged as a common noun) is found. Known
        // gap: "ran over a witness ..., killing him" is missed.
        assertEquals(new TreeSet<>(Set.of("COVERS_UP_FOR Agnes Crane -> Victor Crane", "KIDNAPPED Victor Crane -> Sophie Lowell",
                "PARENT_OF Grace Lowell -> Sophie Lowell", "RESCUED Grace Lowell -> Sophie Lowell",
                "SECRETLY_PARENT_OF Michael Brandt -> Victor Crane",
                "SIBLING_OF Agnes Crane -> Victor Crane")), relations(x));
    }

    /**
     * An article the rules were not written against (test resources heldout/): the figures it reaches now, asserted
     * as they are so that a regression shows.
     */
    @Test
    void heldOutLakehouseArticle() throws Exception {
        Extraction x;
        try (InputStream in = getClass().getResourceAsStream("/heldout/lakehouse.txt")) {
            x = NlpFixture.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8)).extraction();
        }
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/heldout/lakehouse.gold.json")) {
            gold = InterchangeJson.mapper().readTree(in);
        }
        ExtractionScorer.Report report = ExtractionScorer.score(gold, InterchangeJson.toTree(x));
        System.err.print(report.format());
        assertEquals(1.0, report.characters().f1(), 1e-9, report.format());
        assertEquals(1.0, report.actors().f1(), 1e-9, report.format());
        assertEquals(1.0, report.relationsCore().f1(), 1e-9, report.format());
        assertEquals(1.0, report.relationsAll().f1(), 1e-9, report.format());
        assertTrue(report.knows().f1() >= 0.85, report.format());
    }

    /**
     * Two articles written before the rules for knowledge were (test resources heldout-2/: a present-tense recap with
     * pronouns and passives, an "ending explained" with headings and quotes), never tuned to: the figures they reach,
     * minus a small margin, so that a regression shows.
     */
    @Test
    void heldOutUndertowRecap() throws Exception {
        ExtractionScorer.Report r = score("/heldout-2/undertow-recap.txt", "/heldout-2/undertow-recap.gold.json");
        assertEquals(1.0, r.characters().f1(), 1e-9, r.format());
        assertEquals(1.0, r.actors().f1(), 1e-9, r.format());
        assertTrue(r.relationsCore().f1() >= UNDERTOW_CORE, r.format());
        assertTrue(r.relationsAll().f1() >= UNDERTOW_ALL, r.format());
        assertTrue(r.knows().f1() >= UNDERTOW_KNOWS, r.format());
    }

    @Test
    void heldOutBlackthornEndingExplained() throws Exception {
        ExtractionScorer.Report r = score("/heldout-2/blackthorn-ending-explained.txt",
                "/heldout-2/blackthorn-ending-explained.gold.json");
        assertEquals(1.0, r.characters().f1(), 1e-9, r.format());
        assertEquals(1.0, r.actors().f1(), 1e-9, r.format());
        assertTrue(r.relationsCore().f1() >= BLACKTHORN_CORE, r.format());
        assertTrue(r.relationsAll().f1() >= BLACKTHORN_ALL, r.format());
        assertTrue(r.knows().f1() >= BLACKTHORN_KNOWS, r.format());
    }

    @Test
    void heldOutVintageEndingExplained() throws Exception {
        assertHeldOut("/heldout-3/vintage-ending-explained", VINTAGE_CORE, VINTAGE_ALL, VINTAGE_KNOWS);
    }

    @Test
    void heldOutNightRoadRecap() throws Exception {
        assertHeldOut("/heldout-3/night-road-recap", NIGHT_ROAD_CORE, NIGHT_ROAD_ALL, NIGHT_ROAD_KNOWS);
    }

    @Test
    void heldOutSecondSkinEndingExplained() throws Exception {
        assertHeldOut("/heldout-3/second-skin-ending-explained", SECOND_SKIN_CORE, SECOND_SKIN_ALL, SECOND_SKIN_KNOWS);
    }

    @Test
    void heldOutQuarryHouseEndingExplained() throws Exception {
        // heldout-4 (rules-5): a bracketed cast list of "Actor (Character)" lines, a shooting the victim survives
        assertHeldOut("/heldout-4/quarry-house-ending-explained", QUARRY_CORE, QUARRY_ALL, QUARRY_KNOWS);
    }

    @Test
    void heldOutCarrowPointReview() throws Exception {
        // heldout-4 (rules-5): a prose cast list ("X is that brother, Y", "X rounds out the main cast as Y")
        assertHeldOut("/heldout-4/carrow-point-review", CARROW_CORE, CARROW_ALL, CARROW_KNOWS);
    }

    private static void assertHeldOut(String base, double core, double all, double knows) throws Exception {
        ExtractionScorer.Report r = score(base + ".txt", base + ".gold.json");
        assertEquals(1.0, r.characters().f1(), 1e-9, r.format());
        assertEquals(1.0, r.actors().f1(), 1e-9, r.format());
        assertTrue(r.relationsCore().f1() >= core, r.format());
        assertTrue(r.relationsAll().f1() >= all, r.format());
        assertTrue(r.knows().f1() >= knows, r.format());
    }

    // measured on the held-out articles after the rules-4 changes (see rules-4-report.md), minus 0.05
    private static final double UNDERTOW_CORE = 0.95;
    private static final double UNDERTOW_ALL = 0.95;
    private static final double UNDERTOW_KNOWS = 0.77;
    private static final double BLACKTHORN_CORE = 0.95;
    private static final double BLACKTHORN_ALL = 0.84;
    private static final double BLACKTHORN_KNOWS = 0.86;
    private static final double VINTAGE_CORE = 0.95;
    private static final double VINTAGE_ALL = 0.81;
    private static final double VINTAGE_KNOWS = 0.62;
    private static final double NIGHT_ROAD_CORE = 0.28;
    private static final double NIGHT_ROAD_ALL = 0.62;
    private static final double NIGHT_ROAD_KNOWS = 0.15;
    private static final double SECOND_SKIN_CORE = 0.95;
    private static final double SECOND_SKIN_ALL = 0.95;
    private static final double SECOND_SKIN_KNOWS = 0.66;
    // heldout-4, measured after the rules-5 changes (see rules-5-report.md), minus 0.05
    private static final double QUARRY_CORE = 0.84;
    private static final double QUARRY_ALL = 0.69;
    private static final double QUARRY_KNOWS = 0.70;
    private static final double CARROW_CORE = 0.75;
    private static final double CARROW_ALL = 0.79;
    private static final double CARROW_KNOWS = 0.70;
}
