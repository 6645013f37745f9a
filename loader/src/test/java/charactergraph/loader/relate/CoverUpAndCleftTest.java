package charactergraph.loader.relate;

import charactergraph.loader.NlpFixture;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Destroying evidence a paragraph after the deed still covers for its doer; a cleft ("it was X who switched his
 * tablets") names the doer. Short stories written for this test.
 */
class CoverUpAndCleftTest {
    @Test
    void destroyingEvidenceSeveralSentencesAfterTheDeedCoversForTheDoer() {
        TreeSet<String> r = NlpFixture.relationLines(String.join(" ",
                "Celia Moor poisoned Arthur Moor with foxglove tea over several weeks.",
                "The doctor blamed his heart.",
                "The funeral was quick and the village moved on.",
                "Only the family lawyer, Felix Dunn, had doubts.",
                "He had seen the plants in the greenhouse.",
                "He had also read the will.",
                "Instead of going to the police, Felix destroyed the pharmacy receipts."));
        assertTrue(r.contains("COVERS_UP_FOR Felix Dunn -> Celia Moor"), r.toString());
    }

    @Test
    void aCleftNamesWhoSwitchedTheTablets() {
        TreeSet<String> r = NlpFixture.relationLines("Ansel Vey died at his desk in May. The finale shows the truth: "
                + "it was Mira Holt who switched Ansel's heart tablets for sleeping pills.");
        assertTrue(r.contains("KILLED Mira Holt -> Ansel Vey"), r.toString());
    }
}
