package charactergraph.loader.relate;

import charactergraph.loader.nlp.DependencyPattern;
import charactergraph.loader.rules.RelationRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role resolvers by name, and the binding of a rule's {@code from:}/{@code to:} to one of them: a node the
 * pattern names ({@code agent}), a resolver reading a node ({@code victim(verb)}), or a resolver of its own
 * ({@code culprit}). A role that names neither a node nor a resolver stops the loader at start.
 */
final class RoleRegistry {
    private static final Pattern FUNCTION = Pattern.compile("([a-z][a-z-]*)\\((\\w+)\\)");

    private final RoleResolver nodes;
    private final Map<String, RoleResolver> byName = new LinkedHashMap<>();

    RoleRegistry(RoleResolver nodes, List<RoleResolver> resolvers) {
        this.nodes = nodes;
        for (RoleResolver r : resolvers) {
            byName.put(r.name(), r);
        }
    }

    /** A role of a rule, bound to its resolver and the node it reads. */
    record Bound(RoleResolver resolver, String node) {
        java.util.Set<String> resolve(Reading r, int s, DependencyPattern.Matcher m, String from) {
            return resolver.resolve(new RoleQuery(r, s, r.graph(s), node == null ? null : m.node(node), from));
        }
    }

    /**
     * @param nodeNames the names the rule's pattern gives its nodes
     * @throws charactergraph.loader.rules.RuleFileException naming the rule when the role is neither
     */
    Bound bind(RelationRule rule, String key, String role, Set<String> nodeNames) {
        Matcher fn = FUNCTION.matcher(role);
        if (fn.matches()) {
            RoleResolver r = byName.get(fn.group(1));
            if (r == null || !r.readsNode()) {
                throw rule.error(key + ": no role resolver '" + fn.group(1) + "(node)'; known: " + describe());
            }
            return new Bound(r, fn.group(2));
        }
        if (nodeNames.contains(role)) {
            return new Bound(nodes, role);
        }
        RoleResolver r = byName.get(role);
        if (r == null || r.readsNode()) {
            throw rule.error(key + " refers to '" + role + "', which is neither a node the pattern names " + nodeNames
                    + " nor a role resolver (" + describe() + ")");
        }
        return new Bound(r, null);
    }

    private String describe() {
        StringBuilder b = new StringBuilder();
        for (RoleResolver r : byName.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(r.name()).append(r.readsNode() ? "(node)" : "");
        }
        return b.toString();
    }
}
