package charactergraph.loader.nlp;

import charactergraph.model.Gender;

import java.util.List;

/**
 * One coreference chain: the mentions the coreference model takes for one entity, in text order.
 *
 * @param id the model's id for the chain
 */
public record CorefChain(int id, List<Mention> mentions) {
    public CorefChain {
        mentions = List.copyOf(mentions);
    }

    /** What a mention is. */
    public enum MentionType { PRONOMINAL, NOMINAL, PROPER, LIST }

    /**
     * One mention.
     *
     * @param sentence 0-based sentence index
     * @param start    1-based index of its first token
     * @param end      1-based index after its last token
     * @param head     1-based index of its head token
     * @param text     the mention as written
     * @param gender   the gender the model gives it
     */
    public record Mention(int sentence, int start, int end, int head, String text, Gender gender, MentionType type) {
    }
}
