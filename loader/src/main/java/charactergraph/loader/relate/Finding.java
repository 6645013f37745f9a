package charactergraph.loader.relate;

import charactergraph.model.Evidence;
import charactergraph.model.RelationType;

/**
 * A relation found once, by one rule in one sentence, before findings of the same relation are merged.
 *
 * @param note the kin noun that stated it ("father"), for kinship findings; else null
 */
record Finding(RelationType type, String from, String to, boolean accidental, Evidence evidence, String note) {
    int sentence() {
        return evidence.sentence();
    }
}
