package charactergraph.loader.nlp;

import java.util.List;

/**
 * What the stages after parsing read: an article's sentences (tokens with offsets into the original file, lemmas,
 * tags, named-entity classes, dependency graphs) and its coreference chains. No type of the language models shows
 * through it.
 *
 * @param documentId the document's id, carried into every piece of evidence
 * @param original   the file's text as read (what evidence quotes)
 * @param text       the text that was parsed: the original with what is not narrative blanked out, same length
 */
public record ParsedArticle(String documentId, String original, String text, List<Sentence> sentences, List<CorefChain> corefChains) {
    public ParsedArticle {
        sentences = List.copyOf(sentences);
        corefChains = List.copyOf(corefChains);
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** How many tokens the article has. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** The original text from one offset to another (what a quote is). */
    public String quote(int begin, int end) {
        return original.substring(begin, end);
    }
}
