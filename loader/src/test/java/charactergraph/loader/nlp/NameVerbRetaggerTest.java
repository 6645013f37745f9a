package charactergraph.loader.nlp;

import charactergraph.loader.NlpFixture;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A present-tense verb right after a clause-opening name is a verb, not a plural noun; noun compounds stay nouns. */
class NameVerbRetaggerTest {
    private static Sentence sentence(String text) {
        return NlpFixture.parse(text).sentence(0);
    }

    private static String tagOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).map(Token::tag).findFirst().orElseThrow();
    }

    private static boolean hasSubject(Sentence s, String verb, String subject) {
        for (Dependency e : s.parsedGraph().edges()) {
            if (e.relation().startsWith("nsubj") && e.governor().word().equals(verb)
                    && e.dependent().word().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aVerbAfterANameIsParsedAsTheNamesVerb() {
        Sentence s = sentence("Okafor arrests Daniel at the fair.");
        assertEquals("VBZ", tagOf(s, "arrests"));
        assertTrue(hasSubject(s, "arrests", "Okafor"), s.parsedGraph().toString());
        assertEquals("arrest", s.tokens().get(1).lemma());
    }

    @Test
    void aParenthesisBetweenNameAndVerbAndATitleDoNotMatter() {
        Sentence s = sentence("Sheriff Ruth Okafor (Viola Davis) pieces together the truth when she finds the diary.");
        assertEquals("VBZ", tagOf(s, "pieces"));
        assertTrue(hasSubject(s, "pieces", "Okafor"), s.parsedGraph().toString());
        Sentence after = sentence("Meanwhile, Dana Whitlock confesses to the police.");
        assertEquals("VBZ", tagOf(after, "confesses"));
    }

    @Test
    void nounCompoundsAfterADeterminerOrBeforeAVerbStayNouns() {
        assertEquals("NNS", tagOf(sentence("The Hale murders shocked the town."), "murders"));
        assertEquals("NNS", tagOf(sentence("Okafor arrests were reported in the paper."), "arrests"));
    }
}
