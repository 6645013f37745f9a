package charactergraph.loader.relate;

import charactergraph.loader.rules.KinshipEntry;
import charactergraph.model.RelationType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The relations found so far in one article, in the order found: kinship first, then the other rules. */
final class Findings {
    final List<Finding> kin = new ArrayList<>();
    final List<Finding> found = new ArrayList<>();

    boolean married(String a, String b) {
        for (Finding f : kin) {
            if (f.type() == RelationType.MARRIED_TO && (f.from().equals(a) && f.to().equals(b)
                    || f.from().equals(b) && f.to().equals(a))) {
                return true;
            }
        }
        return false;
    }

    /** The doer of the latest killing, kidnapping or injury found in sentences s - window to s, other than {@code other}. */
    Set<String> culprit(int s, String other, int window) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Finding f = found.get(i);
            if (f.sentence() < s - window) {
                break;
            }
            if ((f.type() == RelationType.KIDNAPPED || f.type() == RelationType.KILLED || f.type() == RelationType.INJURED)
                    && !f.from().equals(other) && f.sentence() <= s) {
                // (other == null: whoever it is)
                return Set.of(f.from());
            }
        }
        return Set.of();
    }

    /** The relatives of one kind (a kinship entry's) the article gives a character. */
    Set<String> relativesOf(String ego, KinshipEntry entry) {
        Set<String> candidates = new LinkedHashSet<>();
        for (Finding k : kin) {
            boolean parentage = k.type() == RelationType.PARENT_OF || k.type() == RelationType.SECRETLY_PARENT_OF;
            boolean sameType = k.type() == entry.type() || parentage && entry.type() == RelationType.PARENT_OF;
            if (!sameType) {
                continue;
            }
            if (entry.type().symmetric()) {
                if (k.from().equals(ego)) {
                    candidates.add(k.to());
                } else if (k.to().equals(ego)) {
                    candidates.add(k.from());
                }
            } else if (entry.alterToEgo() && k.to().equals(ego)) {
                candidates.add(k.from());
            } else if (!entry.alterToEgo() && k.from().equals(ego)) {
                candidates.add(k.to());
            }
        }
        if (candidates.size() > 1) {
            // "his daughter" is the acknowledged one when another is a hidden child
            Set<String> open = new LinkedHashSet<>(candidates);
            for (Finding k : kin) {
                if (k.type() == RelationType.SECRETLY_PARENT_OF && (k.from().equals(ego) || k.to().equals(ego))) {
                    open.remove(k.from().equals(ego) ? k.to() : k.from());
                }
            }
            if (open.size() == 1) {
                return open;
            }
        }
        return candidates;
    }
}
