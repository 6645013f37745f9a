package charactergraph.loader.write;

import charactergraph.model.Evidence;

/**
 * How one supporting sentence is stored in a relationship's {@code evidence} list:
 * {@code SENTENCE:START-END CONFIDENCE STATUS RULE}, e.g. {@code 14:812-901 0.85 STATED kill-active}. The document
 * id and the quote sit in the aligned {@code sources} and {@code quotes} lists. Cypher reads an entry back with
 * {@code split(entry, ' ')} (see finalize-summaries.cypher and the evidence-between canned query).
 */
public final class EvidenceEntry {
    private EvidenceEntry() {
    }

    /**
     * The entry for one piece of evidence. The confidence is written as Java writes a double, which Cypher's
     * toFloat() reads back to the same value. Rule ids have no spaces (RuleSet refuses them); a space in an id made
     * in code becomes '_', so the entry always splits into five fields.
     */
    public static String of(Evidence e) {
        return e.sentence() + ":" + e.start() + "-" + e.end() + " " + e.confidence() + " " + e.status().name() + " "
                + e.rule().strip().replaceAll("\\s+", "_");
    }
}
