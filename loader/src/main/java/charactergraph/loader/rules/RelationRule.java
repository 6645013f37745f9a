package charactergraph.loader.rules;

import charactergraph.loader.nlp.DependencyPattern;
import charactergraph.loader.nlp.TokenPattern;
import charactergraph.model.FactStatus;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.List;

/**
 * One relation rule (a block of a file under {@code rules/relations/}), validated.
 *
 * @param id         the rule id, recorded in every piece of evidence it produces
 * @param kind       a relation rule, the kinship rule, or a marker of a crime's principal
 * @param type       the relation type (null for kinship and markers)
 * @param semgrex    the dependency pattern, or null
 * @param surface    the token pattern, or null
 * @param from       the role the relation starts at: a node the pattern names, or a role resolver by name, with the
 *                   node it reads in brackets ("victim(verb)")
 * @param to         the role it points to
 * @param confidence of the evidence it produces
 * @param status     STATED or IMPLIED
 * @param polarity   whether a negated verb suppresses the rule or is required by it
 * @param negationNode the node whose negation counts
 * @param secret     the kind of secret relations of this rule reveal, or null
 * @param requiresPatientDies the target must die somewhere in the article
 * @param requiresPatientLives the target must not die anywhere in the article ("shoots him in the shoulder" is an
 *                   injury when he lives, a killing when he dies)
 * @param secretRole how the secret stage reads the relation: "scapegoat" (the from end was made to take the blame
 *                   and need not know the truth), "child-taker" (the from end took a child whose parentage is
 *                   hidden), or null
 * @param examples   texts on which the rule must fire, each with the relation it must give
 * @param counters   texts on which it must not fire
 * @param nodes      the names the pattern gives its nodes ({@code =agent}) or its capture groups
 * @param block      where the rule is written
 */
public record RelationRule(String id, Kind kind, RelationType type, DependencyPattern semgrex, TokenPattern surface,
                           String from, String to, double confidence, FactStatus status, Polarity polarity,
                           String negationNode, SecretKind secret, boolean requiresPatientDies,
                           String secretRole, boolean requiresPatientLives, List<RuleExample> examples,
                           List<String> counters, java.util.Set<String> nodes, RuleBlock block) {
    public enum Kind { RELATION, KINSHIP, PRINCIPAL_MARKER }

    public enum Polarity { AFFIRMATIVE, NEGATED, ANY }

    public RelationRule {
        examples = List.copyOf(examples);
        counters = List.copyOf(counters);
        nodes = java.util.Set.copyOf(nodes);
    }

    /** An error about this rule, naming its file and line. */
    public RuleFileException error(String message) {
        return block.error(message);
    }
}
