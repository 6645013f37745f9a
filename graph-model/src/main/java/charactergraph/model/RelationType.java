package charactergraph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The relationship types the loader extracts between characters (and from actors to characters).
 * Each becomes a Neo4j relationship type of the same name, so a picture of the graph reads as the story.
 */
public enum RelationType {
    KILLED(false, true),
    KIDNAPPED(false, true),
    SECRETLY_PARENT_OF(false, true),
    COVERS_UP_FOR(false, true),
    PARENT_OF(false, false),
    SIBLING_OF(true, false),
    MARRIED_TO(true, false),
    ACCOMPLICE_OF(false, false),
    INJURED(false, false),
    EMPLOYS(false, false),
    FRIEND_OF(true, false),
    EX_PARTNER_OF(true, false),
    RESCUED(false, false),
    THREATENED(false, false),
    BETRAYED(false, false),
    PLAYS(false, false);

    private final boolean symmetric;
    private final boolean core;

    RelationType(boolean symmetric, boolean core) {
        this.symmetric = symmetric;
        this.core = core;
    }

    /** Symmetric types mean the same read in either direction (A SIBLING_OF B is B SIBLING_OF A). */
    public boolean symmetric() {
        return symmetric;
    }

    /** The core types are the crimes and concealments a story turns on; the scorer weighs them apart. */
    public boolean core() {
        return core;
    }

    /** Looks a type up by name, ignoring case; empty for names that are not a type. */
    public static Optional<RelationType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}
