package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who a disclosure is made to. */
final class Listeners {
    private Listeners() {
    }

    /** Who is told: the "to" phrase ("confides in" names them with "in"), else the object or indirect object. */
    static Set<String> of(SecretContext c, int s, DependencyGraph g, Token v) {
        Set<String> out = new LinkedHashSet<>();
        for (Dependency e : g.outgoing(v)) {
            String r = e.relation();
            if (r.equals("obl:to") || r.equals("iobj") || r.equals("obj") || r.equals("obl:in")) {
                out.addAll(c.mentions.of(s, g, e.dependent()));
            }
            if (r.equals("obj")) {
                // "admits everything to Y" with "to Y" attached to "everything"
                for (Dependency n : g.outgoing(e.dependent())) {
                    if (n.relation().equals("nmod:to")) {
                        out.addAll(c.mentions.of(s, g, n.dependent()));
                    }
                }
            }
        }
        return out;
    }

    /** The people a disclosure is made to in its clause or the clauses above: "meets with Y and reveals that he knows". */
    static Set<String> audience(SecretContext c, int s, DependencyGraph g, Token v) {
        Set<String> out = new LinkedHashSet<>();
        Token current = v;
        for (int depth = 0; depth < 3 && current != null; depth++) {
            List<Token> clause = new ArrayList<>();
            clause.add(current);
            for (Dependency e : g.incoming(current)) {
                if (e.relation().startsWith("conj")) {
                    clause.add(e.governor());
                }
            }
            for (Token t : clause) {
                for (Dependency e : g.outgoing(t)) {
                    String r = e.relation();
                    if (r.equals("obl:to") || r.equals("obl:with") || r.equals("iobj")) {
                        out.addAll(c.mentions.of(s, g, e.dependent()));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            Token parent = null;
            for (Dependency e : g.incoming(current)) {
                String r = e.relation();
                if (r.equals("ccomp") || r.startsWith("conj")) {
                    parent = e.governor();
                    break;
                }
            }
            current = parent;
        }
        return out;
    }
}
