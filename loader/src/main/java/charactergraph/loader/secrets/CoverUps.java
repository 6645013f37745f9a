package charactergraph.loader.secrets;

import charactergraph.model.Evidence;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;

import java.util.LinkedHashSet;
import java.util.Set;

/** Questions about cover-ups and accomplices that several secret sources ask. */
final class CoverUps {
    private final int window;

    /** @param window how many sentences after a crime a cover-up still makes it a secret */
    CoverUps(int window) {
        this.window = window;
    }

    /** Someone (not made a scapegoat) covers up for the doer of a crime in the sentences after it. */
    boolean coveredFor(SecretContext c, Relation crime) {
        int first = crime.evidence().stream().mapToInt(Evidence::sentence).min().orElse(Integer.MAX_VALUE);
        return c.relations.stream().anyMatch(x -> x.type() == RelationType.COVERS_UP_FOR && x.to().equals(crime.from())
                && !c.hasRole(x, "scapegoat") && x.evidence().stream().anyMatch(e -> e.sentence() >= first
                && e.sentence() <= first + window));
    }

    /** Accomplices of a culprit stated in sentence s. */
    static Set<String> accomplicesOf(SecretContext c, String culprit, int s) {
        Set<String> out = new LinkedHashSet<>();
        for (Relation a : c.relations) {
            if (a.type() == RelationType.ACCOMPLICE_OF && a.to().equals(culprit)
                    && a.evidence().stream().anyMatch(e -> e.sentence() == s)) {
                out.add(a.from());
            }
        }
        return out;
    }
}
