package charactergraph.loader.secrets;

import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kidnappings the article reveals ({@code reveal_cues} in or just before the sentence: "we discover that X
 * orchestrated the abduction") or that someone covers up: one secret per victim, kept by every kidnapper.
 */
final class KidnappingSecrets implements SecretSource {
    private final Cues reveal;
    private final CoverUps coverUps;

    KidnappingSecrets(RuleCatalog rules, int cueGap, CoverUps coverUps) {
        this.reveal = new Cues(rules, "reveal_cues", cueGap);
        this.coverUps = coverUps;
    }

    @Override
    public void find(SecretContext c, Ledger ledger) {
        Map<String, List<Relation>> byVictim = new LinkedHashMap<>();
        for (Relation r : c.relations) {
            if (r.type() == RelationType.KIDNAPPED && !c.hasRole(r, "child-taker")) {
                byVictim.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<Relation>> e : byVictim.entrySet()) {
            boolean revealed = e.getValue().stream().flatMap(r -> r.evidence().stream())
                    .anyMatch(ev -> reveal.in(c.sentence(ev.sentence()))
                            || ev.sentence() > 0 && reveal.in(c.sentence(ev.sentence() - 1)))
                    || e.getValue().stream().anyMatch(r -> coverUps.coveredFor(c, r));
            if (!revealed) {
                continue;
            }
            Draft d = new Draft(SecretKind.HIDDEN_CRIME);
            for (Relation r : e.getValue()) {
                d.subjects.add(r.from());
                d.keepers.add(r.from());
                d.addRelation(r);
                ledger.know(d, r.from(), KnowledgeSource.TOOK_PART, r.evidence().get(0));
            }
            d.subjects.add(e.getKey());
            d.statement = c.names(d.keepers) + " kidnapped " + c.name(e.getKey());
            ledger.drafts.add(d);
        }
    }
}
