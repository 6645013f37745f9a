package charactergraph.model;

import java.util.Objects;

/**
 * Where a fact comes from: the answer to "why do you say that?".
 *
 * @param documentId the document's id (a slug of its file name)
 * @param sentence   zero-based sentence index in the document
 * @param start      character offset of the quote in the original file (inclusive)
 * @param end        character offset of the quote in the original file (exclusive)
 * @param quote      the supporting text, exactly as it stands in the file between start and end
 * @param rule       the id of the rule that produced the fact (as named in the rule files)
 * @param confidence between 0 and 1
 * @param status     stated, implied or alleged
 */
public record Evidence(String documentId, int sentence, int start, int end, String quote, String rule,
                       double confidence, FactStatus status) {
    public Evidence {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }
}
