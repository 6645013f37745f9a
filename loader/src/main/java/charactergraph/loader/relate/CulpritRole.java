package charactergraph.loader.relate;

import java.util.Set;

/**
 * {@code culprit}: the doer of the latest killing, kidnapping or injury found in this sentence or the window before,
 * other than the relation's "from" character ("X helped him cover it up": him = the one who did it).
 */
final class CulpritRole implements RoleResolver {
    private final int window;

    CulpritRole(int window) {
        this.window = window;
    }

    @Override
    public String name() {
        return "culprit";
    }

    @Override
    public boolean readsNode() {
        return false;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        return q.reading().findings.culprit(q.sentence(), q.from(), window);
    }
}
