package charactergraph.loader.annotate;

import charactergraph.loader.clean.CleanedText;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A present-tense verb right after a clause-opening name is a verb, not a plural noun; noun compounds stay nouns. */
class NameVerbRetaggerTest {
    private static final DocumentAnnotator ANNOTATOR = new DocumentAnnotator();

    private static CoreSentence sentence(String text) {
        return ANNOTATOR.annotate("t", new CleanedText(text, text, List.of())).document().sentences().get(0);
    }

    private static String tagOf(CoreSentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).map(CoreLabel::tag).findFirst().orElseThrow();
    }

    private static boolean hasSubject(CoreSentence s, String verb, String subject) {
        for (SemanticGraphEdge e : s.dependencyParse().edgeListSorted()) {
            if (e.getRelation().toString().startsWith("nsubj") && e.getGovernor().word().equals(verb)
                    && e.getDependent().word().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aVerbAfterANameIsParsedAsTheNamesVerb() {
        CoreSentence s = sentence("Okafor arrests Daniel at the fair.");
        assertEquals("VBZ", tagOf(s, "arrests"));
        assertTrue(hasSubject(s, "arrests", "Okafor"), s.dependencyParse().toList());
        assertEquals("arrest", s.tokens().get(1).lemma());
    }

    @Test
    void aParenthesisBetweenNameAndVerbAndATitleDoNotMatter() {
        CoreSentence s = sentence("Sheriff Ruth Okafor (Viola Davis) pieces together the truth when she finds the diary.");
        assertEquals("VBZ", tagOf(s, "pieces"));
        assertTrue(hasSubject(s, "pieces", "Okafor"), s.dependencyParse().toList());
        CoreSentence after = sentence("Meanwhile, Dana Whitlock confesses to the police.");
        assertEquals("VBZ", tagOf(after, "confesses"));
    }

    @Test
    void nounCompoundsAfterADeterminerOrBeforeAVerbStayNouns() {
        assertEquals("NNS", tagOf(sentence("The Hale murders shocked the town."), "murders"));
        assertEquals("NNS", tagOf(sentence("Okafor arrests were reported in the paper."), "arrests"));
    }
}
