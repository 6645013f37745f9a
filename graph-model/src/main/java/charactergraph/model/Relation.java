package charactergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A relationship between two characters (or, for PLAYS, from an actor's name to a character).
 *
 * @param type       what one did to, or is to, the other
 * @param from       the id of the character the relation starts at
 * @param to         the id of the character it points to
 * @param accidental for KILLED and INJURED: the text says it was an accident
 * @param status     the strongest status among the evidence
 * @param evidence   every sentence that supports it; at least one
 */
public record Relation(RelationType type, String from, String to, boolean accidental, FactStatus status,
                       List<Evidence> evidence) {
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** The confidence of the best supporting evidence. */
    public double confidence() {
        return evidence.stream().mapToDouble(Evidence::confidence).max().orElse(0);
    }
}
