package charactergraph.loader.nlp;

/**
 * One edge of a dependency graph: {@code governor -relation-> dependent}.
 *
 * @param relation the Universal Dependencies relation with its enhanced++ specifier, e.g. "nsubj", "nmod:poss",
 *                 "obl:agent", "conj:and"
 * @param extra    an edge the enhancements (or the clause normalizer) added beside the basic tree
 */
public record Dependency(Token governor, String relation, Token dependent, boolean extra) {
    /** The relation is exactly this one. */
    public boolean is(String name) {
        return relation.equals(name);
    }

    /** The relation starts with this prefix ("conj" for "conj:and", "obl" for "obl:in"). */
    public boolean isA(String prefix) {
        return relation.startsWith(prefix);
    }

    @Override
    public String toString() {
        return governor + " -" + relation + "-> " + dependent;
    }
}
