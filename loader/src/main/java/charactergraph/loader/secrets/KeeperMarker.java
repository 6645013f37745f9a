package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.SecretKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "a secret she kept from everyone", "he had hidden the adoption" ({@code hide_verbs} with a noun of
 * {@code hidden_things.tsv}): the subject kept what the sentence states, or the secrets in play of the kind the
 * hidden thing names; "has a secret of her own" ({@code secret_having_verbs}) keeps a secret stated next.
 */
final class KeeperMarker {
    static final String RULE = "secret-kept";
    private final Set<String> hideVerbs;
    private final Set<String> secretHavingVerbs;
    private final Map<String, Optional<SecretKind>> hiddenThings;
    private final SecretNegation negation;
    private final double confidence;

    KeeperMarker(RuleCatalog rules, SecretNegation negation) {
        this.hideVerbs = rules.lexicon("hide_verbs");
        this.secretHavingVerbs = rules.lexicon("secret_having_verbs");
        this.hiddenThings = rules.hiddenThings();
        this.negation = negation;
        this.confidence = rules.parameters().confidence("secrets.keeper-confidence");
    }

    void read(SecretContext c, Ledger ledger, int s, DependencyGraph g, Token v) {
        boolean hiding = hideVerbs.contains(v.base());
        // "he has a secret of his own: ..." : only with "secret"
        boolean having = secretHavingVerbs.contains(v.base());
        if (!(hiding || having) || negation.negated(g, v)) {
            return;
        }
        List<Draft> kept = null;
        for (Dependency e : g.outgoing(v)) {
            String thing = e.dependent().base();
            if (!e.relation().equals("obj") || !hiddenThings.containsKey(thing) || !hiding && !thing.equals("secret")) {
                continue;
            }
            SecretKind kind = hiddenThings.get(thing).orElse(null);
            kept = kind == null ? ledger.statedIn(s, s) : ledger.inPlay(s).stream().filter(d -> d.kind == kind
                    || kind == SecretKind.HIDDEN_PARENTAGE && d.kind == SecretKind.BABY_SWAP).toList();
            if (kept.isEmpty() && having) {
                // "Ivy has a secret of her own. ... The letters show that ...": a new secret, told next
                kept = ledger.statedIn(s + 1, s + 3);
            } else if (kept.isEmpty() && kind == null) {
                kept = Ledger.latest(s, ledger.inPlay(s)); // "kept it from the police": the secret last spoken of
            }
        }
        if (kept == null || kept.isEmpty()) {
            return;
        }
        Evidence ev = c.evidence(s, RULE, confidence, FactStatus.STATED);
        for (Dependency e : g.outgoing(v)) {
            if (!e.relation().equals("nsubj")) {
                continue;
            }
            for (String keeper : c.mentions.of(s, g, e.dependent())) {
                for (Draft d : kept) {
                    d.keepers.add(keeper);
                    ledger.know(d, keeper, KnowledgeSource.TOOK_PART, ev);
                }
            }
        }
    }
}
