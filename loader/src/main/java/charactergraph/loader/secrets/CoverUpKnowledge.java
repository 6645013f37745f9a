package charactergraph.loader.secrets;

import charactergraph.model.Evidence;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;

import java.util.List;

/**
 * Covering up for someone (not as their scapegoat) implies knowing what they hide, unless the coverer is already
 * shown knowing a secret about them (which is what the cover-up protects).
 */
final class CoverUpKnowledge {
    void read(SecretContext c, Ledger ledger, int s) {
        for (Relation cover : c.relations) {
            if (cover.type() != RelationType.COVERS_UP_FOR || c.hasRole(cover, "scapegoat")) {
                continue;
            }
            for (Evidence e : cover.evidence()) {
                if (e.sentence() != s) {
                    continue;
                }
                List<Draft> hidden = ledger.inPlay(s).stream().filter(d -> d.keepers.contains(cover.to())).toList();
                boolean knowsAlready = ledger.inPlay(s).stream()
                        .anyMatch(d -> d.subjects.contains(cover.to()) && d.knownBy(cover.from()));
                if (hidden.isEmpty() || knowsAlready) {
                    continue;
                }
                for (Draft d : hidden) {
                    ledger.know(d, cover.from(), KnowledgeSource.DISCOVERED, e);
                }
            }
        }
    }
}
