package charactergraph.loader.relate;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code seizer(node)}: who seized the node's character (the subject of a verb of {@code seize_verbs} whose object
 * is that character: "takes her", "drags her into ...") in this sentence or the one before, latest first.
 */
final class SeizerRole implements RoleResolver {
    private final Set<String> seizeVerbs;
    private final Clauses clauses;

    SeizerRole(RuleCatalog rules, Clauses clauses) {
        this.seizeVerbs = rules.lexicon("seize_verbs");
        this.clauses = clauses;
    }

    @Override
    public String name() {
        return "seizer";
    }

    @Override
    public boolean readsNode() {
        return true;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        Reading r = q.reading();
        Set<String> held = r.mentions.of(q.sentence(), q.graph(), q.node());
        for (int t = q.sentence(); t >= Math.max(0, q.sentence() - 1); t--) {
            DependencyGraph g = r.graph(t);
            List<Token> verbs = new ArrayList<>(g.vertices());
            Collections.reverse(verbs);
            for (Token v : verbs) {
                if (!seizeVerbs.contains(v.base()) || !v.tag().startsWith("VB") || clauses.negated(g, v)) {
                    continue;
                }
                boolean seizesHeld = false;
                Set<String> doers = new LinkedHashSet<>();
                for (Dependency e : g.outgoing(v)) {
                    String rel = e.relation();
                    if (rel.equals("obj") && r.mentions.of(t, g, e.dependent()).stream().anyMatch(held::contains)) {
                        seizesHeld = true;
                    }
                    if (rel.equals("nsubj")) {
                        doers.addAll(r.mentions.of(t, g, e.dependent()));
                    }
                }
                doers.removeAll(held);
                if (seizesHeld && !doers.isEmpty()) {
                    return doers;
                }
            }
        }
        return Set.of();
    }
}
