package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;


/** A Semgrex pattern over a {@link DependencyGraph}; nodes named with {@code =name} are read from each match. */
public final class DependencyPattern {
    private final SemgrexPattern pattern;
    private final String text;

    private DependencyPattern(SemgrexPattern pattern, String text) {
        this.pattern = pattern;
        this.text = text;
    }

    /** @throws IllegalArgumentException with the parser's message when the pattern does not compile */
    public static DependencyPattern compile(String semgrex) {
        try {
            return new DependencyPattern(SemgrexPattern.compile(semgrex), semgrex);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException(message.lines().findFirst().orElse(message), e);
        }
    }

    public Matcher matcher(DependencyGraph graph) {
        return new Matcher(graph, graph.isEmpty() ? null : pattern.matcher(graph.semgraph));
    }

    @Override
    public String toString() {
        return text;
    }

    /** Walks the matches of the pattern in one graph. */
    public static final class Matcher {
        private final DependencyGraph graph;
        private final SemgrexMatcher matcher;

        private Matcher(DependencyGraph graph, SemgrexMatcher matcher) {
            this.graph = graph;
            this.matcher = matcher;
        }

        /** Moves to the next match; false when there is none. */
        public boolean find() {
            return matcher != null && matcher.find();
        }

        /** The word the current match bound to {@code =name}, or null. */
        public Token node(String name) {
            IndexedWord w = matcher.getNode(name);
            return w == null ? null : graph.token(w);
        }

        /** The word the whole pattern's root matched. */
        public Token match() {
            return graph.token(matcher.getMatch());
        }
    }
}
