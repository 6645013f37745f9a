package charactergraph.loader.resolve;

import charactergraph.loader.nlp.Token;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Dependency;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which characters a node of a dependency graph stands for: the node's own token when the cast maps it, else the
 * names in apposition or compound ("Marissa's friend Colin", "her father Rob", "Carrie/Josie"), and every
 * conjunct ("Kyle and her father Rob"). Tokens that name actors never count.
 */
public final class Mentions {
    private static final int MAX_DEPTH = 3;

    private final Cast cast;

    public Mentions(Cast cast) {
        this.cast = cast;
    }

    /** The character the token itself names or refers to, or null. */
    public String direct(int sentence, Token w) {
        Cast.TokenRef ref = new Cast.TokenRef(sentence, w.index());
        if (cast.actors().contains(ref)) {
            return null;
        }
        return cast.mentions().get(ref);
    }

    /** Every character the node stands for (empty when none). */
    public Set<String> of(int sentence, DependencyGraph g, Token w) {
        Set<String> out = new LinkedHashSet<>();
        collect(sentence, g, w, out, 0, true);
        return out;
    }

    /** Like {@link #of}, without following conjuncts: exactly the one noun phrase. */
    public Set<String> single(int sentence, DependencyGraph g, Token w) {
        Set<String> out = new LinkedHashSet<>();
        collect(sentence, g, w, out, 0, false);
        return out;
    }

    private void collect(int sentence, DependencyGraph g, Token w, Set<String> out, int depth, boolean conj) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String d = direct(sentence, w);
        if (d != null) {
            out.add(d);
        } else {
            boolean apposFound = false;
            for (Dependency e : g.outgoing(w)) {
                String r = e.relation();
                if (r.equals("appos") || r.startsWith("compound") || r.startsWith("flat") || r.equals("dep")) {
                    // the parser attaches "her husband Victor Hall" as appos, compound or plain dep
                    Token c = e.dependent();
                    if (r.equals("appos") && apposFound) {
                        // only the nearest apposition names the noun: "her son, Luke, something Maggie hid" can
                        // parse the trailing phrase as a second apposition
                        continue;
                    }
                    if (r.equals("appos") || c.tag().startsWith("NNP")) {
                        int before = out.size();
                        collect(sentence, g, c, out, depth + 1, conj && !r.startsWith("compound"));
                        apposFound |= r.equals("appos") && out.size() > before;
                    }
                }
            }
        }
        if (conj) {
            for (Dependency e : g.outgoing(w)) {
                if (e.relation().startsWith("conj")) {
                    collect(sentence, g, e.dependent(), out, depth + 1, true);
                }
            }
            // A conjunct hanging under an apposition: "her ex-boyfriend Kyle and her father Rob".
            for (Dependency e : g.outgoing(w)) {
                if (e.relation().equals("appos")) {
                    for (Dependency c : g.outgoing(e.dependent())) {
                        if (c.relation().startsWith("conj")) {
                            collect(sentence, g, c.dependent(), out, depth + 2, true);
                        }
                    }
                }
            }
        }
    }
}
