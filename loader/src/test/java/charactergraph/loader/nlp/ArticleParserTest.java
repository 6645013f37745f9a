package charactergraph.loader.nlp;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.NlpFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CoreNLP settings the later stages rely on. */
class ArticleParserTest {
    @Test
    void lineBreaksEndSentencesOffsetsAreFileOffsetsAndDependenciesAreEnhanced() {
        String text = "Why Did Nell Run\nNell Acre grabbed her keys and locked Bo in the cellar.\n"
                + "Subscribe to our newsletter for more recaps delivered to your inbox\nShe works at the hospital every night.\n"
                + "Her brother Tom visits her on Sundays, and he always brings her flowers.";
        ArticleExtractor.Result r = NlpFixture.extract(text);
        List<Sentence> sentences = r.parsed().sentences();
        // the heading and the newsletter line are blanked; each remaining line is its own sentence
        assertEquals(3, sentences.size(), sentences.toString());
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.begin(), t.end()));
            }
        }
        Sentence first = sentences.get(0);
        assertEquals("PERSON", first.tokens().get(0).ner());
        // enhanced++: the subject of "grabbed" is carried over to the coordinated "locked"
        boolean sharedSubject = false;
        for (Dependency e : first.parsedGraph().edges()) {
            if (e.relation().equals("nsubj") && e.governor().word().equals("locked")
                    && e.dependent().word().equals("Acre")) {
                sharedSubject = true;
            }
        }
        assertTrue(sharedSubject, first.parsedGraph().toString());
        assertFalse(r.parsed().corefChains().isEmpty(), "coreference ran");
    }

    @Test
    void anArticleThatIsAllBoilerplateGivesNoCharactersAndNoError() {
        ArticleExtractor.Result r = NlpFixture.extract(
                "Related: Ten Shows To Watch This Weekend\nSign up for our newsletter, delivered to your inbox daily.\nRead More\n");
        assertTrue(r.extraction().characters().isEmpty());
        assertTrue(r.extraction().relations().isEmpty());
    }
}
