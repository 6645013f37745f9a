package charactergraph.loader.secrets;

import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.Set;

/**
 * Partners in crime know each other's hidden deeds: a character the relations make an accomplice of a doer (or whose
 * accomplice the doer is) knows the doer's hidden killings and crimes, as one who took part, from the sentence that
 * makes them partners.
 */
final class AccompliceKnowledge {
    static final String RULE = "accomplice-knows";
    private static final Set<SecretKind> DEEDS = Set.of(SecretKind.HIDDEN_KILLING, SecretKind.HIDDEN_CRIME, SecretKind.HIDDEN_PLAN);
    private final double confidence;

    AccompliceKnowledge(RuleCatalog rules) {
        this.confidence = rules.parameters().confidence("secrets.accomplice-confidence");
    }

    void read(SecretContext c, Ledger ledger) {
        for (Relation a : c.relations) {
            if (a.type() != RelationType.ACCOMPLICE_OF) {
                continue;
            }
            for (Draft d : ledger.drafts) {
                if (!DEEDS.contains(d.kind)) {
                    continue;
                }
                share(c, ledger, d, a.from(), a.to(), a);
                share(c, ledger, d, a.to(), a.from(), a);
            }
        }
    }

    private void share(SecretContext c, Ledger ledger, Draft d, String partner, String doer, Relation a) {
        if (d.keepers.contains(doer) && !d.knownBy(partner) && d.relations.stream().noneMatch(r -> r.to().equals(partner))) {
            ledger.know(d, partner, KnowledgeSource.TOOK_PART,
                    c.evidence(a.evidence().get(0).sentence(), RULE, confidence, FactStatus.IMPLIED));
        }
    }
}
