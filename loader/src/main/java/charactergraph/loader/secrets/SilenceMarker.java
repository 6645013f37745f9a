package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;

import java.util.List;
import java.util.Set;

/**
 * "kept quiet", "stays silent", "said nothing" ({@code silence_phrases}): the subject knew the secret last spoken of
 * (not the one it was done to).
 */
final class SilenceMarker {
    static final String RULE = "secret-kept-silent";
    private final Set<String> silencePhrases;
    private final SecretNegation negation;
    private final double confidence;

    SilenceMarker(RuleCatalog rules, SecretNegation negation) {
        this.silencePhrases = rules.lexicon("silence_phrases");
        this.negation = negation;
        this.confidence = rules.parameters().confidence("secrets.silence-confidence");
    }

    void read(SecretContext c, Ledger ledger, int s, DependencyGraph g, Token v) {
        if (negation.negated(g, v)) {
            return;
        }
        boolean silent = false;
        for (Dependency e : g.outgoing(v)) {
            if (silencePhrases.contains(v.base() + " " + e.dependent().base())) {
                silent = true;
            }
        }
        if (!silent) {
            return;
        }
        List<Draft> kept = Ledger.latest(s, ledger.inPlay(s));
        if (kept.isEmpty()) {
            return;
        }
        Evidence ev = c.evidence(s, RULE, confidence, FactStatus.IMPLIED);
        for (Dependency e : g.outgoing(v)) {
            if (!e.relation().equals("nsubj")) {
                continue;
            }
            for (String keeper : c.mentions.of(s, g, e.dependent())) {
                for (Draft d : kept) {
                    // the one the deed was done to is no keeper of it (and a misparsed subject often is them)
                    boolean victim = d.relations.stream().anyMatch(r -> r.to().equals(keeper));
                    if (!victim && !d.knownBy(keeper)) {
                        ledger.know(d, keeper, KnowledgeSource.DISCOVERED, ev);
                    }
                }
            }
        }
    }
}
