package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/**
 * One sentence of a parsed article.
 *
 * <p>{@link #graph()} is the dependency graph the stages match against: the parser's enhanced++ graph with the
 * implicit arguments that {@link ClauseNormalizer} makes explicit. {@link #parsedGraph()} is the parser's own, for the
 * few readings that must not see the borrowed subjects.
 */
public final class Sentence {
    private final int index;
    private final String text;
    private final List<Token> tokens;
    private final DependencyGraph graph;
    private final DependencyGraph parsedGraph;
    private final List<CoreLabel> coreLabels;

    Sentence(int index, String text, List<Token> tokens, DependencyGraph graph, DependencyGraph parsedGraph, List<CoreLabel> coreLabels) {
        this.index = index;
        this.text = text == null ? "" : text;
        this.tokens = List.copyOf(tokens);
        this.graph = graph;
        this.parsedGraph = parsedGraph;
        this.coreLabels = coreLabels;
    }

    /** 0-based position in the article. */
    public int index() {
        return index;
    }

    /** The sentence's text (from the cleaned text: what the clean stage dropped is blank). */
    public String text() {
        return text;
    }

    /** The tokens in order; {@code tokens().get(i)} has {@code index() == i + 1}. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The token at a 1-based position. */
    public Token token(int index) {
        return tokens.get(index - 1);
    }

    public DependencyGraph graph() {
        return graph;
    }

    public DependencyGraph parsedGraph() {
        return parsedGraph;
    }

    /** Offset of the first character in the original file. */
    public int begin() {
        return tokens.isEmpty() ? 0 : tokens.get(0).begin();
    }

    /** Offset after the last character in the original file. */
    public int end() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    }

    List<CoreLabel> coreLabels() {
        return coreLabels;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(b.length() == 0 ? "" : " ").append(t.word());
        }
        return b.toString();
    }
}
