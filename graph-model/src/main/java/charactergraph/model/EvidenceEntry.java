package charactergraph.model;


/**
 * How one supporting sentence is stored in a relationship's {@code evidence} list:
 * {@code SENTENCE:START-END CONFIDENCE STATUS RULE}, e.g. {@code 14:812-901 0.85 STATED kill-active}. The document
 * id and the quote sit in the aligned {@code sources} and {@code quotes} lists. {@link #of} writes an entry and
 * {@link #parse} reads one back (the API's answers); Cypher takes one apart with {@code split(entry, ' ')} where it
 * must (finalize-summaries.cypher and the canned queries).
 */
public final class EvidenceEntry {
    private EvidenceEntry() {
    }

    /** The fields of an entry; a field missing or unreadable in the stored text is null. */
    public record Fields(Long sentence, Long start, Long end, Double confidence, String status, String rule) {
        static final Fields NONE = new Fields(null, null, null, null, null, null);
    }

    /**
     * The entry for one piece of evidence. The confidence is written as Java writes a double, which Cypher's
     * toFloat() and {@link #parse} read back to the same value. Rule ids have no spaces (the rule catalog refuses them); a
     * space in an id made in code becomes '_', so the entry always splits into four words.
     */
    public static String of(Evidence e) {
        return e.sentence() + ":" + e.start() + "-" + e.end() + " " + e.confidence() + " " + e.status().name() + " "
                + e.rule().strip().replaceAll("\\s+", "_");
    }

    /**
     * The fields of a stored entry. It never throws: a graph written by another tool, or by hand, may hold text of
     * another shape, and a reader should get what can be read (as Cypher's toInteger() gives null for text that is
     * not a number) rather than an error.
     */
    public static Fields parse(String entry) {
        if (entry == null) {
            return Fields.NONE;
        }
        String[] words = entry.strip().split(" ", 4);
        String span = words[0];
        int colon = span.indexOf(':');
        int dash = span.indexOf('-', colon + 1);
        Long sentence = colon < 0 ? number(span) : number(span.substring(0, colon));
        Long start = colon < 0 ? null : number(dash < 0 ? span.substring(colon + 1) : span.substring(colon + 1, dash));
        Long end = dash < 0 ? null : number(span.substring(dash + 1));
        Double confidence = null;
        if (words.length > 1) {
            try {
                confidence = Double.valueOf(words[1]);
            } catch (NumberFormatException e) {
                // left null, as toFloat() would
            }
        }
        return new Fields(sentence, start, end, confidence, words.length > 2 ? words[2] : null,
                words.length > 3 ? words[3] : null);
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
