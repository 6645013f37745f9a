package charactergraph.loader.relate;

import charactergraph.model.RelationType;

import java.util.List;
import java.util.Set;

/**
 * {@code principal}: whom an accomplice helped. A culprit a principal-marker rule marked in this sentence or the
 * window before ("she didn't work alone"), else the doer of the latest killing or kidnapping found in the sentences
 * just before; never the accomplice themself.
 */
final class PrincipalRole implements RoleResolver {
    private final int window;

    PrincipalRole(int window) {
        this.window = window;
    }

    @Override
    public String name() {
        return "principal";
    }

    @Override
    public boolean readsNode() {
        return false;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        Reading r = q.reading();
        int s = q.sentence();
        String accomplice = q.from();
        for (int back = 0; back <= window && s - back >= 0; back++) {
            List<String> marked = r.facts.principals.get(s - back);
            if (marked != null) {
                for (int i = marked.size() - 1; i >= 0; i--) {
                    if (!marked.get(i).equals(accomplice)) {
                        return Set.of(marked.get(i));
                    }
                }
            }
        }
        List<Finding> found = r.findings.found;
        for (int i = found.size() - 1; i >= 0; i--) {
            Finding f = found.get(i);
            if (f.sentence() < s - window) {
                break;
            }
            if ((f.type() == RelationType.KIDNAPPED || f.type() == RelationType.KILLED) && !f.from().equals(accomplice)
                    && f.sentence() < s) {
                return Set.of(f.from());
            }
        }
        return Set.of();
    }
}
