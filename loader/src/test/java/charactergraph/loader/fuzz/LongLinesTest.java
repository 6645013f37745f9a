package charactergraph.loader.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.NlpFixture;
import charactergraph.model.Evidence;

/**
 * An article that is one endless line without sentence punctuation (600 words) goes through the whole pipeline
 * in about the time of ordinary text of that size; it used to run for more than ten minutes in pronoun resolution.
 * The bound below is a liveness check with a wide margin for a busy machine, not a speed target.
 */
class LongLinesTest {
    @Test
    void aLongLineWithoutPunctuationIsExtractedInBoundedTime() {
        String[] words = {"Nora", "met", "Owen", "and", "the", "detective", "who", "killed", "Silas", "while", "he", "was",
                "away", "with", "her", "brother", ","};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        NlpFixture.extract("Nora met Owen."); // the models load outside the measured time
        long t0 = System.nanoTime();
        ArticleExtractor.Result r = NlpFixture.extract(text.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("[LongLinesTest] 600 words on one line: " + ms + " ms, "
                + r.parsed().sentences().size() + " sentences");
        assertTrue(r.parsed().sentences().size() >= 600 / 120, "cut into sentences");
        for (var rel : r.extraction().relations()) {
            for (Evidence e : rel.evidence()) {
                assertEquals(text.substring(e.start(), e.end()), e.quote());
            }
        }
        assertTrue(ms < 300_000, "took " + ms + " ms");
    }
}
