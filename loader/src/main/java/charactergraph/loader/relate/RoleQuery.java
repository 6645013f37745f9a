package charactergraph.loader.relate;

import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;

/**
 * What a role resolver is asked: in this sentence of this article, for this match of a rule, which characters does
 * the role stand for?
 *
 * @param node the node the role reads (the rule's node for a node role, the one in brackets for "victim(verb)"), or
 *             null for a role that reads none
 * @param from the character the relation starts at, when the "to" role is resolved (null for "from")
 */
record RoleQuery(Reading reading, int sentence, DependencyGraph graph, Token node, String from) {
}
