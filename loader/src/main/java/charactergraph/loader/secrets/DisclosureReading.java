package charactergraph.loader.secrets;

import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.Disclosure;
import charactergraph.model.SecretKind;

import java.util.Set;

/**
 * One disclosure verb read in one sentence ("Ann tells Ben the truth", "Cal discovers that Dee killed Ed"): who comes
 * to know (its subjects; for a telling verb its listeners; "learns from X": its sources), and what its object or
 * content says, as the flags the scope ladder ({@code rules/secrets/scope.rules}) tests.
 *
 * @param verb        the disclosure's entry in {@code disclosure.tsv}
 * @param all         its object is a word for everything ({@code scope_all}: "confesses everything")
 * @param truth       its object is a word for the truth ({@code scope_truth}: "learns the truth", "the secret")
 * @param about       the characters "the truth about X" names
 * @param anaphor     it points back at a secret told before ("what he has done", "finds out about it")
 * @param anaphorKind the kind of secret the hidden thing names ("the adoption"), or null
 * @param content     it has content of its own beyond the listeners ("that X killed Y", "X talking about Z")
 * @param clause      it governs a complement clause ("knows that ...")
 * @param parentage   its complement clause says whose parent or child someone is ("that X was not his son")
 */
record DisclosureReading(int sentence, DependencyGraph graph, Token node, Disclosure verb, Set<String> subjects,
                         Set<String> listeners, Set<String> sources, boolean all, boolean truth, Set<String> about,
                         boolean anaphor, SecretKind anaphorKind, boolean content, boolean clause, boolean parentage) {
    static final Set<String> FLAGS = Set.of("all", "truth", "about", "anaphor", "content", "knows", "told", "listeners",
            "clause", "parentage");

    /** A telling verb: it has a listener who is told. */
    boolean told() {
        return verb.listenerHow() != null;
    }

    /** "knows that ...", not "knows the truth" (which the other flags read). */
    boolean knows() {
        return verb.lemma().equals("know") && !all && !truth && !anaphor;
    }

    /** A flag by the name the scope ladder uses. */
    boolean flag(String name) {
        return switch (name) {
            case "all" -> all;
            case "truth" -> truth;
            case "about" -> !about.isEmpty();
            case "anaphor" -> anaphor;
            case "content" -> content;
            case "knows" -> knows();
            case "told" -> told();
            case "listeners" -> !listeners.isEmpty();
            case "clause" -> clause;
            case "parentage" -> parentage;
            default -> throw new IllegalArgumentException("unknown disclosure flag " + name);
        };
    }
}
