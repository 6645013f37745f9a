package charactergraph.loader.relate;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;

import java.util.Set;

/**
 * {@code answer}: the character the next sentence gives as the answer to a question ("Who poisoned Y?" then
 * "Thomas did.", "It was Thomas.", "Thomas."): a short sentence whose head is the name, or "do" with the name as
 * subject.
 */
final class AnswerRole implements RoleResolver {
    private static final int MAX_ANSWER_TOKENS = 6;

    @Override
    public String name() {
        return "answer";
    }

    @Override
    public boolean readsNode() {
        return false;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        Reading r = q.reading();
        int s = q.sentence() + 1;
        if (s >= r.size() || r.article.sentence(s).tokens().size() > MAX_ANSWER_TOKENS) {
            return Set.of();
        }
        DependencyGraph g = r.graph(s);
        for (Token root : g.roots()) {
            if (root.base().equals("do")) {
                for (Dependency e : g.outgoing(root)) {
                    if (e.relation().equals("nsubj")) {
                        return r.mentions.of(s, g, e.dependent());
                    }
                }
                return Set.of();
            }
            if (root.tag().startsWith("NNP")) {
                return r.mentions.of(s, g, root);
            }
        }
        return Set.of();
    }
}
