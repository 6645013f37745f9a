package charactergraph.loader.relate;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a clause says about the status of its deed: negated ("doesn't kill"), hedged ("allegedly", "according to X",
 * "claims that"), accidental ("accidentally"). The words are lexicons ({@code negation}, {@code hedge_adverbs},
 * {@code hedge_verbs}, {@code accident_adverbs}).
 */
public final class Clauses {
    private final Set<String> negations;
    private final Set<String> hedgeAdverbs;
    private final Set<String> hedgeVerbs;
    private final Set<String> accidentAdverbs;

    public Clauses(RuleCatalog rules) {
        this.negations = rules.lexicon("negation");
        this.hedgeAdverbs = rules.lexicon("hedge_adverbs");
        this.hedgeVerbs = rules.lexicon("hedge_verbs");
        this.accidentAdverbs = rules.lexicon("accident_adverbs");
    }

    /** "not", "never", "no" on the word itself. */
    public boolean negated(DependencyGraph g, Token w) {
        for (Dependency e : g.outgoing(w)) {
            String r = e.relation();
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && negations.contains(e.dependent().base())) {
                return true;
            }
        }
        return false;
    }

    /** A hedge on the clause or on any clause above it: "allegedly", "according to X", "claims that". */
    public boolean hedged(DependencyGraph g, Token w) {
        Token current = w;
        for (int depth = 0; depth < 6 && current != null; depth++) {
            for (Dependency e : g.outgoing(current)) {
                String r = e.relation();
                if (r.equals("advmod") && hedgeAdverbs.contains(e.dependent().base())) {
                    return true;
                }
                if (r.startsWith("obl:according_to") || r.startsWith("nmod:according_to")) {
                    return true;
                }
            }
            if (depth > 0 && hedgeVerbs.contains(current.base())) {
                return true;
            }
            Token parent = null;
            for (Dependency e : g.incoming(current)) {
                if (!e.relation().equals("ref") && !e.extra()) {
                    parent = e.governor();
                    break;
                }
            }
            current = parent;
        }
        return false;
    }

    /** "accidentally" on the verb, or on the verb it is coordinated with ("accidentally shooting and killing"). */
    public boolean accidental(DependencyGraph g, Token verb) {
        List<Token> scope = new ArrayList<>();
        scope.add(verb);
        for (Dependency e : g.incoming(verb)) {
            if (e.relation().startsWith("conj")) {
                scope.add(e.governor());
            }
        }
        for (Token v : scope) {
            for (Dependency e : g.outgoing(v)) {
                if (e.relation().equals("advmod") && accidentAdverbs.contains(e.dependent().base())) {
                    return true;
                }
            }
        }
        return false;
    }
}
