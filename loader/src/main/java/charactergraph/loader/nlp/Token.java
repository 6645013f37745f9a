package charactergraph.loader.nlp;

import java.util.Locale;

/**
 * One token of a parsed sentence, or a copy node a dependency graph adds for an elided word.
 *
 * @param sentence 0-based sentence index in the article
 * @param index    1-based position in the sentence, as dependency graphs count
 * @param copy     0 for the token itself; n for the n-th copy node the parser made of it
 * @param word     the word as the tokenizer normalized it ("``" for an opening quote, "-LRB-" for "(")
 * @param text     the word exactly as the file writes it
 * @param lemma    the lemma, or null when the pipeline gave none
 * @param tag      the part-of-speech tag (Penn Treebank), never null
 * @param ner      the named-entity class ("PERSON", "O", ...), or null
 * @param begin    character offset of its start in the original file
 * @param end      character offset of its end in the original file
 */
public record Token(int sentence, int index, int copy, String word, String text, String lemma, String tag, String ner, int begin,
                    int end) {
    public Token {
        tag = tag == null ? "" : tag;
    }

    /** The lemma in lower case, or the word when there is no lemma: what lexicons are matched against. */
    public String base() {
        return (lemma != null ? lemma : word).toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    @Override
    public String toString() {
        return word + "-" + index + (copy > 0 ? "'" .repeat(copy) : "");
    }
}
