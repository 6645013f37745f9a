package charactergraph.loader.rules;

import charactergraph.model.KnowledgeSource;

/**
 * A disclosure verb of {@code disclosure.tsv}: how its subject and its listener come to know what it says.
 *
 * @param particle    a particle the verb needs ("find out"), or null
 * @param listenerHow how the one told knows, or null when the verb has no listener
 */
public record Disclosure(String lemma, String particle, KnowledgeSource subjectHow, KnowledgeSource listenerHow) {
}
