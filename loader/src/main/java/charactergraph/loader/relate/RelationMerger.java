package charactergraph.loader.relate;

import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the findings of one relation (type, from, to; symmetric types in either order) into one {@link Relation}
 * keeping every piece of evidence (once per sentence and rule): accidental when any finding is, with the strongest
 * status of them (STATED, then IMPLIED, then ALLEGED).
 */
final class RelationMerger {
    private RelationMerger() {
    }

    static List<Relation> merge(List<Finding> all) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : all) {
            String a = f.from();
            String b = f.to();
            if (f.type().symmetric() && a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
            groups.computeIfAbsent(f.type() + "|" + a + "|" + b, k -> new ArrayList<>()).add(f);
        }
        List<Relation> out = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
            String[] key = g.getKey().split("\\|", 3);
            List<Finding> fs = g.getValue();
            boolean accidental = fs.stream().anyMatch(Finding::accidental);
            FactStatus status = fs.stream().map(f -> f.evidence().status()).min(RelationMerger::strength).orElseThrow();
            List<Evidence> ev = new ArrayList<>();
            Set<String> dedupe = new HashSet<>();
            for (Finding f : fs) {
                if (dedupe.add(f.sentence() + "/" + f.evidence().rule())) {
                    ev.add(f.evidence());
                }
            }
            out.add(new Relation(RelationType.valueOf(key[0]), key[1], key[2], accidental, status, ev));
        }
        return out;
    }

    /** Orders statuses strongest first: STATED, IMPLIED, ALLEGED. */
    private static int strength(FactStatus a, FactStatus b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(FactStatus s) {
        return switch (s) {
            case STATED -> 0;
            case IMPLIED -> 1;
            case ALLEGED -> 2;
        };
    }
}
