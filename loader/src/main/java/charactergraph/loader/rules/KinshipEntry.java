package charactergraph.loader.rules;

import charactergraph.model.RelationType;

/**
 * A kinship or social noun of {@code kinship.tsv}: what relation "her X Y" states, and in which direction.
 *
 * @param alterToEgo     the relation goes from the one the noun names to its possessor ("her father Rob": Rob is
 *                       parent of her)
 * @param parentageRole  "parent" or "child" for nouns that can state a hidden parentage ("her biological son"), else
 *                       null
 */
public record KinshipEntry(String noun, RelationType type, boolean alterToEgo, String parentageRole) {
}
