package charactergraph.loader.secrets;

import charactergraph.model.Evidence;
import charactergraph.model.Knowledge;
import charactergraph.model.Relation;
import charactergraph.model.SecretKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A secret being assembled: what it is about, who keeps it, the facts it holds and who knew it. */
final class Draft {
    SecretKind kind;
    final Set<String> subjects = new LinkedHashSet<>();
    final Set<String> keepers = new LinkedHashSet<>();
    /** Made to take the blame: they need not know the truth. */
    final Set<String> scapegoats = new LinkedHashSet<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    /** "character|how" -> knowledge; the first of each way of knowing is kept. */
    final Map<String, Knowledge> knowers = new LinkedHashMap<>();
    /** The earliest sentence that states it. */
    int established = Integer.MAX_VALUE;
    String statement;

    Draft(SecretKind kind) {
        this.kind = kind;
    }

    boolean knownBy(String id) {
        return knowers.values().stream().anyMatch(k -> k.characterId().equals(id));
    }

    void addRelation(Relation r) {
        relations.add(r);
        for (Evidence e : r.evidence()) {
            evidence.add(e);
            established = Math.min(established, e.sentence());
        }
    }

    /** The latest sentence at or before s that speaks of it: one of its facts, or someone's coming to know it. */
    int lastSpokenOf(int s) {
        int last = established;
        for (Evidence e : evidence) {
            if (e.sentence() <= s) {
                last = Math.max(last, e.sentence());
            }
        }
        for (Knowledge k : knowers.values()) {
            if (k.order() <= s) {
                last = Math.max(last, k.order());
            }
        }
        return last;
    }
}
