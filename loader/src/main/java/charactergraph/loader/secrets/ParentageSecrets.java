package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.Gender;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A hidden parentage is a secret about the parent and the child; whoever took the child ({@code secret-role:
 * child-taker}) keeps it and took part, and it is a baby swap when they "swapped the babies" ({@code swap_verbs},
 * {@code child_nouns}). A mother knows whom she bore; a hidden father knows only where the text says so, and the
 * child's mother keeps his parenthood.
 */
final class ParentageSecrets implements SecretSource {
    private final Set<String> swapVerbs;
    private final Set<String> childNouns;
    private final SecretNegation negation;

    ParentageSecrets(RuleCatalog rules, SecretNegation negation) {
        this.swapVerbs = rules.lexicon("swap_verbs");
        this.childNouns = rules.lexicon("child_nouns");
        this.negation = negation;
    }

    @Override
    public void find(SecretContext c, Ledger ledger) {
        Map<Integer, Set<String>> swappers = swappers(c);
        for (Relation r : c.relations) {
            if (r.type() != RelationType.SECRETLY_PARENT_OF) {
                continue;
            }
            Draft d = new Draft(SecretKind.HIDDEN_PARENTAGE);
            d.subjects.add(r.from());
            d.subjects.add(r.to());
            d.addRelation(r);
            for (Relation t : c.relations) {
                if (t.type() == RelationType.KIDNAPPED && t.to().equals(r.to()) && c.hasRole(t, "child-taker")) {
                    d.subjects.add(t.from());
                    d.keepers.add(t.from());
                    d.addRelation(t);
                    ledger.know(d, t.from(), KnowledgeSource.TOOK_PART, t.evidence().get(0));
                    for (Evidence e : t.evidence()) {
                        Set<String> sw = swappers.get(e.sentence());
                        if (sw != null && sw.contains(t.from())) {
                            d.kind = SecretKind.BABY_SWAP;
                        }
                    }
                }
            }
            Set<String> takers = new LinkedHashSet<>(d.keepers);
            if (c.gender(r.from()) != Gender.MALE) {
                ledger.know(d, r.from(), KnowledgeSource.DISCOVERED, r.evidence().get(0));
            } else if (d.kind == SecretKind.HIDDEN_PARENTAGE) {
                for (Relation m : c.relations) {
                    if (m.type() == RelationType.PARENT_OF && m.to().equals(r.to()) && !m.from().equals(r.from())
                            && c.gender(m.from()) == Gender.FEMALE) {
                        d.subjects.add(m.from());
                        d.keepers.add(m.from());
                        ledger.know(d, m.from(), KnowledgeSource.TOOK_PART, m.evidence().get(0));
                    }
                }
            }
            String child = c.name(r.to());
            String parent = c.name(r.from());
            d.statement = child + " is " + parent + "'s biological child" + (takers.isEmpty() ? ""
                    : (d.kind == SecretKind.BABY_SWAP ? "; " + c.names(takers) + " swapped the babies and took the child"
                    : "; " + c.names(takers) + " took the child"));
            ledger.drafts.add(d);
        }
    }

    /** sentence -> subjects of "swapped the babies". */
    private Map<Integer, Set<String>> swappers(SecretContext c) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int s = 0; s < c.size(); s++) {
            DependencyGraph g = c.graph(s);
            for (Token w : g.vertices()) {
                if (!swapVerbs.contains(w.base()) || negation.negated(g, w)) {
                    continue;
                }
                boolean babies = g.outgoing(w).stream().anyMatch(e -> e.relation().equals("obj")
                        && childNouns.contains(e.dependent().base()));
                if (!babies) {
                    continue;
                }
                for (Dependency e : g.outgoing(w)) {
                    if (e.relation().equals("nsubj")) {
                        out.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(c.mentions.of(s, g, e.dependent()));
                    }
                }
            }
        }
        return out;
    }
}
