package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses written by hand, for testing rules, resolvers and stages without loading a language model: sentences
 * from tagged words, or from a dependency graph in CoreNLP's {@code SemanticGraph.valueOf} notation
 * ({@code [killed/VBD nsubj>Tom/NNP obj>Ann/NNP]}). Lemmas come from the words and tags. Offsets are those of the
 * words written one after the other with single spaces, sentence after sentence on lines of their own.
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
        return ArticleParser.sentence(sentence, text(labels), labels, null);
    }

    /** A sentence whose words and graph come from the notation; words the graph leaves out are missing. */
    public static Sentence parsed(int sentence, String notation) {
        SemanticGraph g = SemanticGraph.valueOf(notation, sentence);
        List<IndexedWord> words = new ArrayList<>(g.vertexSet());
        words.sort(Comparator.comparingInt(IndexedWord::index));
        int size = words.isEmpty() ? 0 : words.get(words.size() - 1).index();
        List<CoreLabel> labels = new ArrayList<>();
        int offset = 0;
        for (int i = 1; i <= size; i++) {
            int index = i;
            IndexedWord w = words.stream().filter(x -> x.index() == index).findFirst().orElse(null);
            CoreLabel l = label(sentence, i, w == null ? "_" : w.word(), w == null || w.tag() == null ? "NN" : w.tag(),
                    w != null && w.tag() != null && w.tag().startsWith("NNP") ? "PERSON" : "O", offset);
            if (w != null) {
                // the graph's words must be the sentence's tokens, with the same lemma, offsets and sentence
                CoreLabel b = w.backingLabel();
                b.setLemma(l.lemma());
                b.setTag(l.tag());
                b.setBeginPosition(l.beginPosition());
                b.setEndPosition(l.endPosition());
                b.setOriginalText(l.originalText());
                b.setNER(l.ner());
                b.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence);
            }
            labels.add(l);
            offset += l.word().length() + 1;
        }
        return ArticleParser.sentence(sentence, text(labels), labels, g);
    }

    /** An article of hand-built sentences with no coreference chains; its text is theirs, a line each. */
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
