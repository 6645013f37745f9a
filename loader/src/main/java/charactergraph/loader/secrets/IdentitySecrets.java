package charactergraph.loader.secrets;

import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.SecretKind;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * "X isn't X at all; her real name is Y" ({@code false_identity_cues}): the person lives under a false identity. The
 * person with two names is the one the sentence names more than once, else the first person named.
 */
final class IdentitySecrets implements SecretSource {
    static final String RULE = "secret-false-identity";
    private final Cues cues;
    private final double confidence;

    IdentitySecrets(RuleCatalog rules, int cueGap) {
        this.cues = new Cues(rules, "false_identity_cues", cueGap);
        this.confidence = rules.parameters().confidence("secrets.false-identity-confidence");
    }

    @Override
    public void find(SecretContext c, Ledger ledger) {
        for (int s = 0; s < c.size(); s++) {
            if (!cues.in(c.sentence(s))) {
                continue;
            }
            Map<String, Integer> counts = c.mentionCounts(s);
            if (counts.isEmpty()) {
                continue;
            }
            int most = counts.values().stream().max(Integer::compare).orElse(0);
            Set<String> who = new LinkedHashSet<>();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (most > 1 ? e.getValue() == most : who.isEmpty()) {
                    who.add(e.getKey());
                }
            }
            Draft d = new Draft(SecretKind.FALSE_IDENTITY);
            d.subjects.addAll(who);
            d.keepers.addAll(who);
            Evidence ev = c.evidence(s, RULE, confidence, FactStatus.STATED);
            d.evidence.add(ev);
            d.established = s;
            for (String id : who) {
                ledger.know(d, id, KnowledgeSource.TOOK_PART, ev);
            }
            d.statement = c.names(who) + " lives under a false identity: " + ev.quote();
            ledger.drafts.add(d);
        }
    }
}
