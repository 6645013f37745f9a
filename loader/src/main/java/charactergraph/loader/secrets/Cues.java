package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;

import java.util.List;
import java.util.Locale;

/**
 * A list of cue phrases from a lexicon ("it turns out", "made it look like"): a sentence has a cue when the words of
 * one of them appear in order, each at most {@code gap} words after the one before, matched by word or lemma.
 */
final class Cues {
    private final List<String[]> phrases;
    private final int gap;

    Cues(RuleCatalog rules, String lexicon, int gap) {
        this.phrases = rules.lexicon(lexicon).stream().map(p -> p.split(" ")).toList();
        this.gap = gap;
    }

    boolean in(Sentence s) {
        return at(s) >= 0;
    }

    /** The index of the token where a cue starts, or -1. */
    int at(Sentence s) {
        List<Token> tokens = s.tokens();
        for (String[] cue : phrases) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!matches(tokens.get(i), cue[0])) {
                    continue;
                }
                int at = i;
                int k = 1;
                for (int j = i + 1; j < tokens.size() && k < cue.length && j - at <= gap + 1; j++) {
                    if (matches(tokens.get(j), cue[k])) {
                        at = j;
                        k++;
                    }
                }
                if (k == cue.length) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matches(Token t, String w) {
        return t.base().equals(w) || t.word().toLowerCase(Locale.ROOT).equals(w);
    }
}
