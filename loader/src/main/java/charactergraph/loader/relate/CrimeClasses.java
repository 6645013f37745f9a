package charactergraph.loader.relate;

import charactergraph.loader.rules.RuleCatalog;

import java.util.Set;

/**
 * Which crime a noun names, so that "the abduction" can stand for "Milo's kidnapping": kidnapping nouns are one
 * class, killing and killer nouns another ({@code kill_nouns}, {@code killer_nouns}), every other noun its own.
 */
final class CrimeClasses {
    private final Set<String> kidnapNouns;
    private final Set<String> killerNouns;
    private final Set<String> killNouns;

    CrimeClasses(RuleCatalog rules) {
        this.kidnapNouns = rules.lexicon("kidnap_nouns");
        this.killerNouns = rules.lexicon("killer_nouns");
        this.killNouns = rules.lexicon("kill_nouns");
    }

    String of(String lemma) {
        if (kidnapNouns.contains(lemma)) {
            return "kidnapping";
        }
        return killerNouns.contains(lemma) || killNouns.contains(lemma) ? "killing" : lemma;
    }

    boolean isKidnapping(String lemma) {
        return kidnapNouns.contains(lemma);
    }

    boolean isKilling(String lemma) {
        return killNouns.contains(lemma);
    }
}
