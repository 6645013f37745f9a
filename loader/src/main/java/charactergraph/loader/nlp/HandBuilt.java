package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses written by hand, for testing rules, resolvers and stages without loading a language model: sentences
 * from tagged words, or from a dependency graph in CoreNLP's {@code SemanticGraph.valueOf} notation
 * ({@code [killed/VBD nsubj>Tom/NNP obj>Ann/NNP]}). Lemmas come from the words and tags. Offsets are those of the
 * words written one after the other with single spaces. Graphs are normalized as the parser's are, except that only
 * an xcomp clause takes its subject from the object above it.
 */
public final class HandBuilt {
    private HandBuilt() {
    }

    /** A sentence with no dependency graph from words written {@code word/TAG} or {@code word/TAG/NER}. */
    public static Sentence tagged(int sentence, String... wordSlashTag) {
        List<CoreLabel> labels = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < wordSlashTag.length; i++) {
            String[] parts = wordSlashTag[i].length() > 1 ? wordSlashTag[i].split("/", 3) : new String[]{wordSlashTag[i]};
            String word = parts[0].isEmpty() ? "/" : parts[0];
            String tag = parts.length > 1 ? parts[1] : "NN";
            labels.add(label(sentence, i + 1, word, tag, parts.length > 2 ? parts[2] : "O", offset));
            offset += word.length() + 1;
        }
        return ArticleParser.sentence(sentence, text(labels), labels, null, ArticleParser.PLAIN);
    }

    /**
     * A sentence whose words and graph come from the notation, numbered in the order they are written (the first
     * word is token 1); the sentence's text is those words in that order.
     */
    public static Sentence parsed(int sentence, String notation) {
        return parsed(sentence, notation, 0);
    }

    /**
     * An article of sentences written in the notation, one per line of its text, offsets counted over the whole text
     * (so evidence quotes the right words).
     */
    public static ParsedArticle articleOf(String... notations) {
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (String n : notations) {
            Sentence s = parsed(sentences.size(), n, offset);
            sentences.add(s);
            offset += s.text().length() + 1;
        }
        return article(sentences.toArray(new Sentence[0]));
    }

    private static Sentence parsed(int sentence, String notation, int start) {
        SemanticGraph written = SemanticGraph.valueOf(notation);
        List<IndexedWord> words = new ArrayList<>(written.vertexSet());
        words.sort(Comparator.comparingInt(IndexedWord::index));
        List<CoreLabel> labels = new ArrayList<>();
        Map<IndexedWord, IndexedWord> renumbered = new HashMap<>();
        SemanticGraph g = new SemanticGraph();
        int offset = start;
        for (IndexedWord w : words) {
            CoreLabel l = label(sentence, labels.size() + 1, w.word(), w.tag() == null ? "NN" : w.tag(),
                    w.tag() != null && w.tag().startsWith("NNP") ? "PERSON" : "O", offset);
            offset += l.word().length() + 1;
            labels.add(l);
            IndexedWord copy = new IndexedWord(l);
            renumbered.put(w, copy);
            g.addVertex(copy);
        }
        for (SemanticGraphEdge e : written.edgeIterable()) {
            g.addEdge(renumbered.get(e.getGovernor()), renumbered.get(e.getDependent()), e.getRelation(), e.getWeight(),
                    e.isExtra());
        }
        for (IndexedWord root : written.getRoots()) {
            g.addRoot(renumbered.get(root));
        }
        return ArticleParser.sentence(sentence, text(labels), labels, g, ArticleParser.PLAIN);
    }

    /**
     * An article of hand-built sentences with no coreference chains; its text is theirs, a line each (offsets are
     * right when the sentences were built for it, as {@link #articleOf} does).
     */
    public static ParsedArticle article(Sentence... sentences) {
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) {
            text.append(s.text()).append('\n');
        }
        return new ParsedArticle("hand-built", text.toString(), text.toString(), List.of(sentences),
                List.of());
    }

    private static CoreLabel label(int sentence, int index, String word, String tag, String ner, int offset) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(word);
        l.setTag(tag);
        l.setLemma(Morphology.lemmaStatic(word, tag).toLowerCase(java.util.Locale.ROOT));
        l.setNER(ner);
        l.setIndex(index);
        l.setSentIndex(sentence);
        l.setBeginPosition(offset);
        l.setEndPosition(offset + word.length());
        return l;
    }

    private static String text(List<CoreLabel> labels) {
        StringBuilder b = new StringBuilder();
        for (CoreLabel l : labels) {
            b.append(b.length() == 0 ? "" : " ").append(l.word());
        }
        return b.toString();
    }
}
