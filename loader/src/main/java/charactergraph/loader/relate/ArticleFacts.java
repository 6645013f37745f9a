package charactergraph.loader.relate;

import charactergraph.model.Evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the relation rules consult across sentences, read from the whole article before they run: who dies, the
 * victims of crimes named by nouns and verbs, the culprits a sentence marks as principals, relatives who die
 * without being named.
 */
final class ArticleFacts {
    /** A crime's victim, in order of appearance. {@code crime} is its class: "killing", "kidnapping", or its noun. */
    record CrimeVictim(int sentence, String character, String crime) {
    }

    /** "her father dies": a relative the sentence does not name, by the ego's id and the kin noun. */
    record UnnamedRelative(String ego, String noun) {
    }

    /** "the truth about her husband": a spouse noun naming nobody, with its ego and the sentence's evidence. */
    record UnnamedSpouse(String ego, Evidence evidence) {
    }

    /** Characters who die somewhere in the article. */
    final Set<String> dead = new HashSet<>();
    final List<CrimeVictim> crimeVictims = new ArrayList<>();
    /** sentence index -> principals marked there ("she didn't work alone"). */
    final Map<Integer, List<String>> principals = new LinkedHashMap<>();
    final List<UnnamedRelative> unnamedDead = new ArrayList<>();
    final List<UnnamedSpouse> unnamedSpouses = new ArrayList<>();
}
