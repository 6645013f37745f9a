package charactergraph.loader.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The corpus figures equal score_corpus.py's on a small corpus of invented annotations
 * ({@code corpus-scoring/gold} and {@code /system}: aliases, titles, a duplicate, symmetric types reversed, an
 * unscored type, unresolved names, secrets matched by their subjects, a text with no system output, a text with no
 * relations, and figures on rounding ties). The expected files are what score_corpus.py printed on that folder:
 * {@code expected.txt}, {@code expected-misses.txt} (with --misses) and {@code expected.json} (with --json).
 */
class CorpusScoreTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path fixture() throws URISyntaxException {
        return Path.of(CorpusScoreTest.class.getClassLoader().getResource("corpus-scoring").toURI());
    }

    /** Scores the fixture as score_corpus.py does: every gold file, its system file or nothing. */
    static CorpusScore score() throws Exception {
        List<CorpusScore.Text> texts = new ArrayList<>();
        Path dir = fixture();
        try (var files = Files.list(dir.resolve("gold"))) {
            for (Path g : files.sorted().toList()) {
                String name = g.getFileName().toString().replace(".json", "");
                JsonNode gold = JSON.readTree(g.toFile());
                Path s = dir.resolve("system").resolve(name + ".json");
                texts.add(Files.exists(s) ? CorpusScore.Text.scored(name, gold, JSON.readTree(s.toFile()))
                        : CorpusScore.Text.unusable(name, gold, "no system output"));
            }
        }
        return CorpusScore.of(texts);
    }

    /**
     * Every line score_corpus.py printed is printed, in the same order (other lines may come between: evidence and
     * knowers), except its notes, which are worded differently; the pooled line may go on with the pooled characters.
     */
    static void assertPrintsTheLinesOf(String expected, String actual) {
        Iterator<String> ours = actual.lines().iterator();
        for (String line : expected.lines().toList()) {
            if (line.startsWith("note: ")) {
                continue;
            }
            boolean found = false;
            while (ours.hasNext() && !found) {
                String o = ours.next();
                found = o.equals(line) || line.startsWith("POOLED") && o.startsWith(line + "   characters ");
            }
            if (!found) {
                fail("score_corpus.py printed\n" + line + "\nwhich is missing (or out of order) in\n" + actual);
            }
        }
    }

    @Test
    void printsWhatScoreCorpusPrints() throws Exception {
        String text = score().format(false, List.of());
        assertPrintsTheLinesOf(Files.readString(fixture().resolve("expected.txt")), text);
        // the rounding of score.py: 0.125 prints as 0.12 (String.format would print 0.13)
        assertTrue(text.contains("village-well  0.81   1.00   0.50   0.12"), text);
        assertTrue(text.contains("POOLED (micro) F1: core 0.50   all 0.47   knows 0.24   characters 0.77"), text);
        assertTrue(text.contains("note: orchard-fire: no system output; scored zero"), text);
    }

    @Test
    void theJsonHasScoreCorpusFigures() throws Exception {
        JsonNode expected = JSON.readTree(fixture().resolve("expected.json").toFile());
        JsonNode ours = JSON.readTree(JSON.writeValueAsString(score().toJson(false, List.of())));
        for (String section : List.of("texts", "mean", "pooled")) {
            assertSameNumbers(section, expected.get(section), ours.get(section));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("by_type").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertSameNumbers("by_type." + e.getKey(), e.getValue(), ours.get("by_type").get(e.getKey()));
        }
        assertEquals(expected.get("by_type").size(), ours.get("by_type").size(), "the same types");
        // round(0.8125, 3) is 0.812 in Python (Math.round would make it 0.813), and the mean is taken over those
        assertEquals(0.812, ours.at("/texts/village-well/characters").asDouble());
        assertEquals(0.61125, ours.at("/mean/characters").asDouble(), 1e-15);
        assertEquals(2.0 * 20 / (26 + 26), ours.at("/pooled/characters").asDouble(), 1e-15);
    }

    /** Every number of {@code expected} is in {@code actual}, as the same double (nested objects alike). */
    static void assertSameNumbers(String where, JsonNode expected, JsonNode actual) {
        assertTrue(actual != null, where + " is missing");
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertSameNumbers(where + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
            }
        } else {
            assertEquals(expected.asDouble(), actual.asDouble(), where);
        }
    }

    @Test
    void withMissesPrintsScoreCorpusMissesAndTheirEvidence() throws Exception {
        String text = score().format(true, List.of());
        assertPrintsTheLinesOf(Files.readString(fixture().resolve("expected-misses.txt")), text);
        // a missed relation with the gold's evidence; a spurious one with each of our sentences and rules
        assertTrue(text.contains("""
                                missed:   INJURED Jory Pike Detective Tomas Reyes
                                            gold: Jory slashes Reyes across the arm
                """), text);
        assertTrue(text.contains("""
                                spurious: COVERS_UP_FOR Mara Quill Jory Pike
                                            ours: [sentence 7, rule cover-silence] Mara says nothing to the police.
                                            ours: [sentence 9, rule cover-silence] Again Mara keeps quiet about Jory.
                """), text);
        // the same evidence as the fact above is not repeated
        assertTrue(text.contains("""
                                missed:   (knows) Agnes Pryor #1 Hester poisoned the well
                                            gold: by the harvest every household knows who poisoned the well
                                missed:   (knows) Clara Dunn #1 Hester poisoned the well
                                            gold: (as above)
                """), text);
        // a name the gold does not know, marked ?; a system file without provenance: the relation's evidence quote
        assertTrue(text.contains("""
                                spurious: INJURED Mara Quill ?Harbor Master
                                            ours: Mara slaps the harbor master.
                                spurious: KIDNAPPED ?Harbor Master Lena Quill
                                            ours: [sentence 11, rule kidnap-lock-in] The harbor master locks Lena in the shed.
                """), text);
        // knowers too: a missed one with the gold secret, a spurious one with our knower's evidence
        assertTrue(text.contains("""
                                missed:   (knows) Lena Quill #1 Jory killed Bram
                                            gold: Mara saw Jory on the pier that night
                                missed:   (knows) Lena Quill #2 Lena hid the boat key
                                            gold: Lena slips the key into the tackle box
                """), text);
        assertTrue(text.contains("""
                                spurious: (knows) ?Harbor Master ?the harbor master's debt
                                            ours: The harbor master owes money to everyone.
                                spurious: (knows) Detective Tomas Reyes #1 Jory killed Bram
                                            ours: [sentence 12, rule knows-suspect] Reyes suspects the fall was no accident.
                """), text);
    }

    @Test
    void theJsonListsTheMissesWithTheirEvidence() throws Exception {
        JsonNode ours = JSON.readTree(JSON.writeValueAsString(score().toJson(true, List.of("a note"))));
        JsonNode spurious = ours.at("/texts/harbor-night/spurious");
        assertEquals("[\"COVERS_UP_FOR\",\"Mara Quill\",\"Jory Pike\"]", spurious.get(0).get("fact").toString());
        assertEquals(7, spurious.get(0).at("/evidence/0/sentence").asInt());
        assertEquals("cover-silence", spurious.get(0).at("/evidence/0/rule").asText());
        assertEquals(3, ours.at("/texts/orchard-fire/missed").size(), "two relations and one knower");
        assertEquals("no system output", ours.at("/texts/orchard-fire/problem").asText());
        assertEquals("[\"orchard-fire: no system output; scored zero\",\"a note\"]", ours.get("notes").toString());
    }

    @Test
    void printsTiesAsPythonDoes() {
        assertEquals("0.12", ExtractionScorer.fixed(0.125, 2));
        assertEquals("0.62", ExtractionScorer.fixed(0.625, 2));
        assertEquals("0.38", ExtractionScorer.fixed(0.375, 2));
        assertEquals("0.14", ExtractionScorer.fixed(0.145, 2), "0.145 is a little under in binary");
        assertEquals(0.062, ExtractionScorer.round(0.0625));
        assertEquals(0.667, ExtractionScorer.round(2.0 / 3));
        assertEquals(0.001, ExtractionScorer.round(0.0005), "0.0005 is a little over in binary");
    }

    @Test
    void pooledFiguresAreZeroNotUndefinedWhenEmpty() throws IOException {
        JsonNode gold = JSON.readTree("{\"characters\": [], \"relations\": [], \"secrets\": []}");
        CorpusScore empty = CorpusScore.of(List.of(CorpusScore.Text.scored("nothing", gold, gold)));
        assertEquals(0.0, empty.pooledAll().f1());
        assertEquals(1.0, empty.meanAll(), "a text with no gold and no output is 1.0 per text");
    }
}
