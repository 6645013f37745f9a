package charactergraph.loader.relate;

import java.util.Set;

/**
 * A node of the pattern: the characters it names or refers to (with its conjuncts and appositions), else, for a kin
 * noun that names nobody ("her child"), the one such relative the article gives its possessor.
 */
final class NodeRole implements RoleResolver {
    private final Relatives relatives;

    NodeRole(Relatives relatives) {
        this.relatives = relatives;
    }

    @Override
    public String name() {
        return "node";
    }

    @Override
    public boolean readsNode() {
        return true;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        Set<String> ids = q.reading().mentions.of(q.sentence(), q.graph(), q.node());
        if (ids.isEmpty()) {
            String relative = relatives.relativeByKinship(q.reading(), q.sentence(), q.graph(), q.node());
            if (relative != null) {
                return Set.of(relative);
            }
        }
        return ids;
    }
}
