package charactergraph.loader.secrets;

import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A killing is a secret when the text shows it hidden: found by a rule that says so ({@code secret: HIDDEN_KILLING}),
 * staged ({@code staging_cues} in the sentences after it, by the killer or an accomplice), done secretly
 * ({@code secrecy_adverbs}), uncovered by the article ({@code uncovering_cues}: "it turns out"), or covered up.
 * The killer keeps it and took part; accomplices who helped stage it too.
 */
final class KillingSecrets implements SecretSource {
    private final Cues staging;
    private final Cues uncovering;
    private final Set<String> secrecyAdverbs;
    private final int stagingWindow;
    private final CoverUps coverUps;

    KillingSecrets(RuleCatalog rules, int cueGap, int stagingWindow, CoverUps coverUps) {
        this.staging = new Cues(rules, "staging_cues", cueGap);
        this.uncovering = new Cues(rules, "uncovering_cues", cueGap);
        this.secrecyAdverbs = rules.lexicon("secrecy_adverbs");
        this.stagingWindow = stagingWindow;
        this.coverUps = coverUps;
    }

    @Override
    public void find(SecretContext c, Ledger ledger) {
        for (Relation r : c.relations) {
            if (r.type() != RelationType.KILLED) {
                continue;
            }
            boolean byRule = r.evidence().stream().anyMatch(e -> {
                RelationRule rule = c.ruleOf(e);
                return rule != null && rule.secret() == SecretKind.HIDDEN_KILLING;
            });
            Set<String> stagedWith = new LinkedHashSet<>();
            Set<String> helpers = new LinkedHashSet<>();
            boolean staged = false;
            for (Evidence e : r.evidence()) {
                for (int t = e.sentence(); t <= e.sentence() + stagingWindow && t < c.size(); t++) {
                    if (!staging.in(c.sentence(t))) {
                        continue;
                    }
                    Set<String> subjects = c.subjectsIn(t);
                    Set<String> accomplices = CoverUps.accomplicesOf(c, r.from(), t);
                    accomplices.retainAll(subjects);
                    if (subjects.contains(r.from()) || !accomplices.isEmpty()) {
                        staged = true;
                        stagedWith.addAll(c.mentionedIn(t));
                        helpers.addAll(accomplices);
                    }
                }
            }
            boolean secretly = r.evidence().stream().anyMatch(e -> c.sentence(e.sentence()).tokens().stream()
                    .anyMatch(t -> secrecyAdverbs.contains(t.base())));
            // "it turns out X killed Y", "the finale reveals ...": the article uncovers it; someone covering for
            // the killer ("lied to the police about where he was") hides it
            boolean revealed = r.evidence().stream().anyMatch(e -> uncovering.in(c.sentence(e.sentence())));
            boolean covered = coverUps.coveredFor(c, r);
            if (!byRule && !staged && !secretly && !revealed && !covered) {
                continue;
            }
            Draft d = new Draft(SecretKind.HIDDEN_KILLING);
            d.subjects.add(r.from());
            d.subjects.add(r.to());
            d.subjects.addAll(stagedWith);
            d.keepers.add(r.from());
            d.addRelation(r);
            ledger.know(d, r.from(), KnowledgeSource.TOOK_PART, r.evidence().get(0));
            for (Relation a : c.relations) {
                if (a.type() == RelationType.ACCOMPLICE_OF && a.to().equals(r.from()) && helpers.contains(a.from())) {
                    d.keepers.add(a.from());
                    d.addRelation(a);
                    ledger.know(d, a.from(), KnowledgeSource.TOOK_PART, a.evidence().get(0));
                }
            }
            d.statement = c.name(r.from()) + " killed " + c.name(r.to()) + (staged ? " and disguised what happened"
                    : byRule || secretly ? " and made the death look like an accident" : "") + (helpers.isEmpty() ? ""
                    : "; " + c.names(helpers) + " helped");
            ledger.drafts.add(d);
        }
    }
}
