package charactergraph.loader.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java port gives the figures score.py prints for the same two files (checked by running score.py on them). */
class ExtractionScorerTest {
    static JsonNode json(String resource) throws IOException {
        try (InputStream in = ExtractionScorerTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void matchesThePythonScorer() throws IOException {
        ExtractionScorer.Report r = ExtractionScorer.score(json("scoring/gold.json"), json("scoring/system.json"));
        assertEquals(new ExtractionScorer.Prf(2, 4, 3, 0.5, 0.667, 0.571), r.characters());
        assertEquals(1, r.duplicates());
        assertEquals(1.0, r.actors().f1());
        assertEquals(new ExtractionScorer.Prf(1, 1, 1, 1.0, 1.0, 1.0), r.relationsCore());
        assertEquals(new ExtractionScorer.Prf(2, 3, 3, 0.667, 0.667, 0.667), r.relationsAll());
        assertEquals(new ExtractionScorer.Prf(2, 3, 2, 0.667, 1.0, 0.8), r.knows());
        assertEquals(List.of("FRIEND_OF"), r.unscoredTypes());
        assertEquals(List.of(List.of("PARENT_OF", "Anna Price", "Detective Cara Díaz")), r.missed());
        assertEquals(List.of(List.of("MARRIED_TO", "?Zed", "Anna Price")), r.spurious());
        String text = r.format();
        assertTrue(text.contains("characters       P=0.50 R=0.67 F1=0.57  (tp 2, system 4, gold 3)"), text);
        assertTrue(text.contains("knows            P=0.67 R=1.00 F1=0.80  (tp 2, system 3, gold 2)"), text);
    }

    @Test
    void goldAgainstItselfIsPerfect() throws IOException {
        JsonNode gold = json("gold/all-her-fault-ending.json");
        ExtractionScorer.Report r = ExtractionScorer.score(gold, gold);
        assertEquals(1.0, r.characters().f1());
        assertEquals(0, r.duplicates());
        assertEquals(1.0, r.actors().f1());
        assertEquals(1.0, r.relationsAll().f1());
        assertEquals(1.0, r.knows().f1());
    }

    @Test
    void namesCompareWithoutCaseAccentsPunctuationOrTitles() {
        assertEquals("cara diaz", ExtractionScorer.norm("Detective Cara Díaz"));
        assertEquals("o neil", ExtractionScorer.norm("Mr. O'Neil"));
        assertEquals("detective", ExtractionScorer.norm("Detective"));
    }
}
