package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fixes one systematic part-of-speech error before the parser runs: a present-tense verb right after a name that
 * starts a clause, tagged as a plural noun ("Okafor arrests Daniel", "Sheriff Ruth Okafor (Viola Davis) pieces
 * together the truth"). Left alone, the parser makes the name a compound of the "noun" and no verb rule can match.
 * Which verbs count is data: {@code rules/lexicon/verbs_after_names.txt} plus the verbs of {@code disclosure.tsv} and
 * of the relation verb lexicons. The same after "he"/"she" ("she slashes his arm"). A word after a determiner + name ("the Hale murders") or before a verb ("the Smith
 * arrests shocked") is left as it is.
 */
final class NameVerbRetagger {
    /** Tags that may come right before the name: the name then starts a clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", "``", "''", "CC", "RB", "IN", "WRB", "WDT", "WP",
            "VBZ", "VBD", "VBP");

    private final Set<String> verbs = new LinkedHashSet<>();

    Set<String> verbs() {
        return verbs;
    }

    /** @param verbs the verbs (base forms, lower case) whose "-s" form is retagged */
    NameVerbRetagger(Set<String> verbs) {
        this.verbs.addAll(verbs);
    }

    /** Retags the sentences' tokens in place; returns how many tokens changed. */
    int retag(Annotation annotation) {
        int changed = 0;
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return 0;
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                if ("NNS".equals(t.tag()) && isVerbForm(t.word())
                        && (afterClauseInitialName(tokens, i) || afterSubjectPronoun(tokens, i))
                        && !beforeVerb(tokens, i)) {
                    t.setTag("VBZ");
                    changed++;
                }
            }
        }
        return changed;
    }

    boolean isVerbForm(String word) {
        if (!word.equals(word.toLowerCase(Locale.ROOT)) || !word.endsWith("s") || word.length() < 4) {
            return false;
        }
        String stem = word.substring(0, word.length() - 1);
        if (verbs.contains(stem)) {
            return true;
        }
        if (word.endsWith("es") && verbs.contains(word.substring(0, word.length() - 2))) {
            return true;
        }
        return word.endsWith("ies") && verbs.contains(word.substring(0, word.length() - 3) + "y");
    }

    /** The word follows a run of proper nouns (maybe with a parenthesis after it) that opens a clause. */
    private static boolean afterClauseInitialName(List<CoreLabel> tokens, int i) {
        int j = i - 1;
        if ("-RRB-".equals(tokens.get(j).tag())) {
            // "Ruth Okafor (Viola Davis) pieces": skip the parenthesis
            while (j >= 0 && !"-LRB-".equals(tokens.get(j).tag())) {
                j--;
            }
            j--;
        }
        if (j < 0 || !"NNP".equals(tokens.get(j).tag())) {
            return false;
        }
        while (j >= 0 && "NNP".equals(tokens.get(j).tag())) {
            j--;
        }
        return j < 0 || CLAUSE_OPENERS.contains(tokens.get(j).tag());
    }

    /** "she slashes Julian's arm": a third-person subject pronoun is never followed by a plural noun. */
    private static boolean afterSubjectPronoun(List<CoreLabel> tokens, int i) {
        String w = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
        return "PRP".equals(tokens.get(i - 1).tag()) && (w.equals("he") || w.equals("she"));
    }

    private static boolean beforeVerb(List<CoreLabel> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).tag();
        return next.startsWith("VB") || next.equals("MD") || next.equals("POS");
    }
}
