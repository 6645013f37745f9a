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
        assertTrue(report.knows().f1() >= 0.7, report.format());
    }

    @Test
    void coldCreekReview() throws Exception {
        Extraction x = extract("cold-creek-review");
        // "Hank confesses that he set the fire" after "The fire at the Dunmore ranch killed Eli Dunmore"
        assertEquals(new TreeSet<>(Set.of("KILLED Hank -> Eli Dunmore", "SIBLING_OF Hank -> Walt Harlan")), relations(x));
        assertEquals(new TreeSet<>(Set.of("HIDDEN_KILLING [Eli Dunmore, Hank] known by [Hank]")), secrets(x));
    }

    @Test
    void quietHarborFinale() throws Exception {
        Extraction x = extract("quiet-harbor-finale");
        assertEquals(new TreeSet<>(Set.of("MARRIED_TO Nora Whitcombe -> Thomas", "PARENT_OF Thomas -> Samuel Whitcombe",
                "SIBLING_OF Callum -> Nora Whitcombe")), relations(x));
        assertEquals(new TreeSet<>(Set.of("FALSE_IDENTITY [Samuel Whitcombe] known by [Samuel Whitcombe]")), secrets(x));
    }
}
