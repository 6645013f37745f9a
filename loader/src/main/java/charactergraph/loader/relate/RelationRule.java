package charactergraph.loader.relate;

import charactergraph.model.FactStatus;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One rule of {@code rules/relations.rules}, validated.
 *
 * @param id         the rule id, recorded in every piece of evidence it produces
 * @param kind       a relation rule, the kinship rule, or a marker of a crime's principal
 * @param type       the relation type (null for kinship and markers)
 * @param semgrex    the dependency pattern, or null
 * @param surface    the token pattern, or null
 * @param from       the node (or function of a node) the relation starts at
 * @param to         the node (or function) it points to
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
 */
public record RelationRule(String id, Kind kind, RelationType type, SemgrexPattern semgrex, TokenSequencePattern surface,
                           String from, String to, double confidence, FactStatus status, Polarity polarity,
                           String negationNode, SecretKind secret, boolean requiresPatientDies,
                           String secretRole, boolean requiresPatientLives) {
    public enum Kind { RELATION, KINSHIP, PRINCIPAL_MARKER }

    public enum Polarity { AFFIRMATIVE, NEGATED, ANY }
}
