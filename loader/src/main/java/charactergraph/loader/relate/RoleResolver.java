package charactergraph.loader.relate;

import java.util.Set;

/**
 * Resolves one kind of role of a relation rule ({@code from:}/{@code to:}) to the characters it stands for. Each
 * resolver is a small named class, registered by name in {@link RoleRegistry}: a rule writes {@code culprit}, or
 * {@code victim(verb)} for a resolver that reads a node of the pattern.
 */
interface RoleResolver {
    /** The name rules use. */
    String name();

    /** Whether the role reads a node of the pattern, written {@code name(node)}. */
    boolean readsNode();

    /** The characters the role stands for (empty when none). */
    Set<String> resolve(RoleQuery q);
}
