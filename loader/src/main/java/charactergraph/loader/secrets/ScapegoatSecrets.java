package charactergraph.loader.secrets;

import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.Locale;

/**
 * "Peter tripped Brian and then let his sister take the blame": a deed (an injury, a killing, a kidnapping) next to
 * a cover-up whose rule says the coverer was made a scapegoat is a secret about the doer, the one it was done to and
 * the scapegoat, kept by the doer.
 */
final class ScapegoatSecrets implements SecretSource {
    @Override
    public void find(SecretContext c, Ledger ledger) {
        for (Relation cover : c.relations) {
            if (cover.type() != RelationType.COVERS_UP_FOR || !c.hasRole(cover, "scapegoat")) {
                continue;
            }
            String culprit = cover.to();
            for (Relation deed : c.relations) {
                if (!deed.from().equals(culprit) || !(deed.type() == RelationType.INJURED
                        || deed.type() == RelationType.KILLED || deed.type() == RelationType.KIDNAPPED)) {
                    continue;
                }
                boolean near = deed.evidence().stream().anyMatch(de -> cover.evidence().stream()
                        .anyMatch(ce -> ce.sentence() - de.sentence() >= 0 && ce.sentence() - de.sentence() <= 1));
                if (!near) {
                    continue;
                }
                Draft d = new Draft(SecretKind.COVER_UP);
                d.subjects.add(culprit);
                d.subjects.add(deed.to());
                d.subjects.add(cover.from());
                d.keepers.add(culprit);
                d.scapegoats.add(cover.from());
                d.addRelation(deed);
                d.addRelation(cover);
                ledger.know(d, culprit, KnowledgeSource.TOOK_PART, deed.evidence().get(0));
                d.statement = c.name(culprit) + " " + deed.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                        + c.name(deed.to()) + " and let " + c.name(cover.from()) + " take the blame";
                ledger.drafts.add(d);
            }
        }
    }
}
