package charactergraph.loader.annotate;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.NlpFixture;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CoreNLP settings the later stages rely on. */
class DocumentAnnotatorTest {
    @Test
    void lineBreaksEndSentencesOffsetsAreFileOffsetsAndDependenciesAreEnhanced() {
        String text = "Why Did Nell Run\nNell Acre grabbed her keys and locked Bo in the cellar.\n"
                + "Subscribe to our newsletter for more recaps delivered to your inbox\nShe works at the hospital every night.\n"
                + "Her brother Tom visits her on Sundays, and he always brings her flowers.";
        ArticleExtractor.Result r = NlpFixture.extract(text);
        List<CoreSentence> sentences = r.annotated().document().sentences();
        // the heading and the newsletter line are blanked; each remaining line is its own sentence
        assertEquals(3, sentences.size(), sentences.toString());
        for (CoreSentence s : sentences) {
            for (CoreLabel t : s.tokens()) {
                assertEquals(t.originalText(), text.substring(t.beginPosition(), t.endPosition()));
            }
        }
        CoreSentence first = sentences.get(0);
        assertEquals("PERSON", first.tokens().get(0).ner());
        // enhanced++: the subject of "grabbed" is carried over to the coordinated "locked"
        boolean sharedSubject = false;
        for (SemanticGraphEdge e : first.dependencyParse().edgeListSorted()) {
            if (e.getRelation().toString().equals("nsubj") && e.getGovernor().word().equals("locked")
                    && e.getDependent().word().equals("Acre")) {
                sharedSubject = true;
            }
        }
        assertTrue(sharedSubject, first.dependencyParse().toList());
        assertFalse(r.annotated().document().corefChains().isEmpty(), "coreference ran");
    }

    @Test
    void anArticleThatIsAllBoilerplateGivesNoCharactersAndNoError() {
        ArticleExtractor.Result r = NlpFixture.extract(
                "Related: Ten Shows To Watch This Weekend\nSign up for our newsletter, delivered to your inbox daily.\nRead More\n");
        assertTrue(r.extraction().characters().isEmpty());
        assertTrue(r.extraction().relations().isEmpty());
    }
}
