package charactergraph.loader.relate;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.Token;
import charactergraph.model.Gender;

import java.util.Set;

/**
 * {@code owner(node)}: whose body part the node is, its possessor. When a pronoun possessor names the doer himself
 * ("Luke breaks his arm"), the nearest other character of that gender named before it in the sentence; else nobody.
 */
final class OwnerRole implements RoleResolver {
    @Override
    public String name() {
        return "owner";
    }

    @Override
    public boolean readsNode() {
        return true;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        Reading r = q.reading();
        for (Dependency e : q.graph().outgoing(q.node())) {
            if (!e.relation().equals("nmod:poss")) {
                continue;
            }
            Token poss = e.dependent();
            Set<String> owners = r.mentions.single(q.sentence(), q.graph(), poss);
            String doer = q.from();
            if (!poss.tag().equals("PRP$") || !owners.contains(doer)) {
                return owners;
            }
            Gender gender = r.gender(doer);
            for (int i = poss.index() - 1; i >= 1; i--) {
                String c = r.characterAt(q.sentence(), i);
                if (c != null && !c.equals(doer) && r.gender(c) == gender) {
                    return Set.of(c);
                }
            }
            return Set.of();
        }
        return Set.of();
    }
}
