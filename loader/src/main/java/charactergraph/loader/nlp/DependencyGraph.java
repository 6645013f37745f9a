package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A sentence's dependency graph (enhanced++ Universal Dependencies), read-only. Edge lists keep the order the parser's
 * graph gives them, so stages that take "the first subject" see the same one on every run. The parser's own graph
 * stays inside this package, for {@link DependencyPattern}.
 */
public final class DependencyGraph {
    private static final DependencyGraph EMPTY = new DependencyGraph(new SemanticGraph(), w -> null);

    final SemanticGraph semgraph;
    private final List<Token> vertices = new ArrayList<>();
    private final Map<Token, IndexedWord> words = new HashMap<>();
    private final Map<IndexedWord, Token> tokens = new HashMap<>();
    private final Map<Token, List<Dependency>> outgoing = new HashMap<>();
    private final Map<Token, List<Dependency>> incoming = new HashMap<>();
    private final Map<Token, Token> parents = new HashMap<>();
    private final Map<Integer, Token> byIndex = new HashMap<>();
    private final List<Dependency> edges = new ArrayList<>();
    private final List<Token> roots = new ArrayList<>();

    /**
     * @param tokenOf the sentence's token for a word of the graph (null for a copy node, which gets a token of its
     *                own)
     */
    DependencyGraph(SemanticGraph semgraph, Function<IndexedWord, Token> tokenOf) {
        this.semgraph = semgraph;
        for (IndexedWord w : semgraph.vertexListSorted()) {
            Token t = w.copyCount() == 0 ? tokenOf.apply(w) : null;
            if (t == null) {
                t = new Token(w.sentIndex() < 0 ? 0 : w.sentIndex(), w.index(), w.copyCount(), w.word(),
                        w.originalText() == null || w.originalText().isEmpty() ? w.word() : w.originalText(), w.lemma(), w.tag(),
                        w.ner(), w.beginPosition(), w.endPosition());
            }
            vertices.add(t);
            words.put(t, w);
            tokens.put(w, t);
            if (w.copyCount() == 0) {
                byIndex.putIfAbsent(w.index(), t);
            }
        }
        for (Token t : vertices) {
            IndexedWord w = words.get(t);
            outgoing.put(t, convert(semgraph.outgoingEdgeList(w)));
            incoming.put(t, convert(semgraph.incomingEdgeList(w)));
            IndexedWord p = semgraph.getParent(w);
            if (p != null) {
                parents.put(t, tokens.get(p));
            }
        }
        edges.addAll(convert(semgraph.edgeListSorted()));
        for (IndexedWord r : semgraph.getRoots()) {
            roots.add(tokens.get(r));
        }
        roots.sort(Comparator.comparingInt(Token::index));
    }

    private List<Dependency> convert(List<SemanticGraphEdge> list) {
        List<Dependency> out = new ArrayList<>(list.size());
        for (SemanticGraphEdge e : list) {
            out.add(new Dependency(tokens.get(e.getGovernor()), e.getRelation().toString(), tokens.get(e.getDependent()),
                    e.isExtra()));
        }
        return Collections.unmodifiableList(out);
    }

    /** A graph with no words (a sentence the parser gave no graph). */
    public static DependencyGraph empty() {
        return EMPTY;
    }

    /** Every word, in sentence order (copy nodes after the word they copy). */
    public List<Token> vertices() {
        return Collections.unmodifiableList(vertices);
    }

    /** Every edge, sorted by governor, then dependent. */
    public List<Dependency> edges() {
        return Collections.unmodifiableList(edges);
    }

    public List<Dependency> outgoing(Token t) {
        return outgoing.getOrDefault(t, List.of());
    }

    public List<Dependency> incoming(Token t) {
        return incoming.getOrDefault(t, List.of());
    }

    /** The words no edge points to, in sentence order. */
    public List<Token> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** The governor of the word (the lowest-indexed one when it has several), or null. */
    public Token parent(Token t) {
        return parents.get(t);
    }

    public boolean hasChildren(Token t) {
        return !outgoing(t).isEmpty();
    }

    /** Whether the word has an outgoing edge of exactly this relation. */
    public boolean hasChild(Token t, String relation) {
        for (Dependency d : outgoing(t)) {
            if (d.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /** The word at this 1-based position, or null when the graph has none there (punctuation has none). */
    public Token node(int index) {
        return byIndex.get(index);
    }

    /** The word and everything below it. */
    public Set<Token> descendants(Token t) {
        Set<Token> out = new LinkedHashSet<>();
        Deque<Token> todo = new ArrayDeque<>();
        todo.push(t);
        while (!todo.isEmpty()) {
            Token c = todo.pop();
            if (out.add(c)) {
                for (Dependency d : outgoing(c)) {
                    todo.push(d.dependent());
                }
            }
        }
        return out;
    }

    /** The edges from one word to another. */
    public List<Dependency> between(Token governor, Token dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : outgoing(governor)) {
            if (d.dependent().equals(dependent)) {
                out.add(d);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return vertices.isEmpty();
    }

    public boolean contains(Token t) {
        return words.containsKey(t);
    }

    IndexedWord word(Token t) {
        return words.get(t);
    }

    Token token(IndexedWord w) {
        return tokens.get(w);
    }

    @Override
    public String toString() {
        return semgraph.toCompactString(true);
    }
}
