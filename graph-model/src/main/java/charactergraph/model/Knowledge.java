package charactergraph.model;

import java.util.Objects;

/**
 * One character's knowledge of one secret.
 *
 * @param characterId who knew
 * @param how         how they came to know
 * @param order       when in the narrative: the sentence index where the text shows them knowing (for "asOf" queries)
 * @param when        a time cue from the text ("in the finale", "six years before"), or null
 * @param evidence    the sentence that shows it
 */
public record Knowledge(String characterId, KnowledgeSource how, int order, String when, Evidence evidence) {
    public Knowledge {
        Objects.requireNonNull(characterId, "characterId");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(evidence, "evidence");
    }
}
