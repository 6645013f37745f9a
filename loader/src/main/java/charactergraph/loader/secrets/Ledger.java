package charactergraph.loader.secrets;

import charactergraph.model.Evidence;
import charactergraph.model.Knowledge;
import charactergraph.model.KnowledgeSource;

import java.util.ArrayList;
import java.util.List;

/** The secrets of one article as they are built and read in narrative order, and who came to know them. */
final class Ledger {
    private final SecretContext context;
    final List<Draft> drafts = new ArrayList<>();

    Ledger(SecretContext context) {
        this.context = context;
    }

    /** The secrets established at or before sentence s. */
    List<Draft> inPlay(int s) {
        return drafts.stream().filter(d -> d.established <= s).toList();
    }

    /** Of the given secrets, the ones spoken of most recently at or before sentence s. */
    static List<Draft> latest(int s, List<Draft> candidates) {
        int best = -1;
        List<Draft> out = new ArrayList<>();
        for (Draft d : candidates) {
            int last = d.lastSpokenOf(s);
            if (last > best) {
                best = last;
                out.clear();
            }
            if (last == best) {
                out.add(d);
            }
        }
        return out;
    }

    /** Secrets whose facts are stated in sentences from..to. */
    List<Draft> statedIn(int from, int to) {
        return drafts.stream().filter(d -> d.relations.stream().flatMap(r -> r.evidence().stream())
                .anyMatch(e -> e.sentence() >= from && e.sentence() <= to)).toList();
    }

    /** Records that someone knew a secret, how, and where the text shows it (a scapegoat took no part). */
    void know(Draft d, String who, KnowledgeSource how, Evidence ev) {
        if (d.scapegoats.contains(who) && how == KnowledgeSource.TOOK_PART) {
            return;
        }
        String key = who + "|" + how;
        if (d.knowers.containsKey(key)) {
            return;
        }
        d.knowers.put(key, new Knowledge(who, how, ev.sentence(), context.when(ev.sentence()), ev));
    }

    /** Two drafts of the same kind about the same people are one secret. */
    void mergeSame() {
        List<Draft> merged = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = merged.stream().filter(m -> m.kind == d.kind && m.subjects.equals(d.subjects)).findFirst()
                    .orElse(null);
            if (same == null) {
                merged.add(d);
                continue;
            }
            same.keepers.addAll(d.keepers);
            same.relations.addAll(d.relations);
            same.evidence.addAll(d.evidence);
            same.established = Math.min(same.established, d.established);
            d.knowers.forEach(same.knowers::putIfAbsent);
        }
        drafts.clear();
        drafts.addAll(merged);
    }
}
