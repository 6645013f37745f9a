package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;

import java.util.Set;

/**
 * A negated verb in the secret stage: "not", "never" as an adverb or negation on the word ({@code negation}); unlike
 * the relation stage, a negative determiner ("no one") does not count, since "told no one" still keeps a secret.
 */
final class SecretNegation {
    private final Set<String> negations;

    SecretNegation(RuleCatalog rules) {
        this.negations = rules.lexicon("negation");
    }

    boolean negated(DependencyGraph g, Token w) {
        for (Dependency e : g.outgoing(w)) {
            String r = e.relation();
            if ((r.equals("advmod") || r.equals("neg")) && negations.contains(e.dependent().base())) {
                return true;
            }
        }
        return false;
    }
}
