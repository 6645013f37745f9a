package charactergraph.loader.relate;

import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.DependencyPattern;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RelationRule;
import charactergraph.model.FactStatus;

import java.util.HashSet;
import java.util.Set;

/**
 * Runs one relation rule on one sentence: every match of its pattern, filtered by polarity (a negated verb suppresses
 * an affirmative rule and is required by a negated one), its roles resolved to characters, kept when both ends are
 * characters and differ and the rule's requirement on the target's fate holds; hedged matches are ALLEGED, accidental
 * ones marked so.
 */
final class RelationRuleRunner {
    private final RelationRule rule;
    private final RoleRegistry.Bound from;
    private final RoleRegistry.Bound to;
    private final Clauses clauses;

    RelationRuleRunner(RelationRule rule, RoleRegistry roles, Clauses clauses) {
        this.rule = rule;
        this.from = roles.bind(rule, "from", rule.from(), rule.nodes());
        this.to = roles.bind(rule, "to", rule.to(), rule.nodes());
        this.clauses = clauses;
    }

    RelationRule rule() {
        return rule;
    }

    void run(Reading r, int s) {
        if (rule.semgrex() == null) {
            return;
        }
        DependencyGraph g = r.graph(s);
        DependencyPattern.Matcher m = rule.semgrex().matcher(g);
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            Token negNode = rule.negationNode() == null ? null : m.node(rule.negationNode());
            boolean isNegated = negNode != null && clauses.negated(g, negNode);
            if (rule.polarity() == RelationRule.Polarity.AFFIRMATIVE && isNegated
                    || rule.polarity() == RelationRule.Polarity.NEGATED && !isNegated) {
                continue;
            }
            Token verb = m.node("verb") != null ? m.node("verb") : negNode;
            for (String f : from.resolve(r, s, m, null)) {
                for (String t : to.resolve(r, s, m, f)) {
                    if (f.equals(t) || !seen.add(f + ">" + t)) {
                        continue;
                    }
                    if (rule.requiresPatientDies() && !r.facts.dead.contains(t)
                            || rule.requiresPatientLives() && r.facts.dead.contains(t)) {
                        continue;
                    }
                    boolean hedge = verb != null && clauses.hedged(g, verb);
                    FactStatus status = hedge ? FactStatus.ALLEGED : rule.status();
                    boolean accidental = verb != null && clauses.accidental(g, verb);
                    r.findings.found.add(new Finding(rule.type(), f, t, accidental,
                            r.evidence(s, rule.id(), rule.confidence(), status), null));
                }
            }
        }
    }
}
