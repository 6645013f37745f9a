package charactergraph.loader.relate;

import java.util.Set;

/**
 * {@code latest-culprit}: the doer of the latest killing, kidnapping or injury found in this sentence or the (long)
 * window before; nothing when that is the "from" character itself. For evidence destroyed long after the deed:
 * recaps tell the deed, then its discovery by the one who hides the evidence a paragraph later.
 */
final class LatestCulpritRole implements RoleResolver {
    private final int window;

    LatestCulpritRole(int window) {
        this.window = window;
    }

    @Override
    public String name() {
        return "latest-culprit";
    }

    @Override
    public boolean readsNode() {
        return false;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        Set<String> c = q.reading().findings.culprit(q.sentence(), null, window);
        return c.contains(q.from()) ? Set.of() : c;
    }
}
