package charactergraph.loader.write;

import charactergraph.model.EvidenceEntry;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One document's supporting entries for one fact, as the aligned lists stored on a relationship: {@code sources}
 * (document ids), {@code quotes} and {@code evidence}, plus {@code accidentals} for KILLED and INJURED and
 * {@code hows, orders, whens} for KNOWS. Entries are in the canonical order (sentence, start, end, rule) that
 * finalize-summaries.cypher also uses. Repeated entries (the same sentence, span and rule given twice) are kept
 * once, so a fact never shows the same evidence twice.
 *
 * <p>An evidence entry packs the rest of one entry into one short string, {@code SENTENCE:START-END CONFIDENCE
 * STATUS RULE}, e.g. {@code 14:812-901 0.85 STATED kill-active}: readable in Neo4j Browser, taken apart in Cypher
 * with {@code split()}. One string list instead of six aligned lists (sentences, starts, ends, rules, confidences,
 * statuses) is what lets Neo4j store and commit a relationship's provenance in a few records (see the writes
 * benchmark in BENCHMARKS.md).
 *
 * <p>It also computes the summary properties for a relationship this document alone supports, so that the common
 * case (a fact only one article states) needs no second pass in the database.
 */
final class EvidenceColumns {
    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingInt(x -> x.evidence.sentence())
            .thenComparingInt(x -> x.evidence.start())
            .thenComparingInt(x -> x.evidence.end())
            .thenComparing(x -> x.evidence.rule());

    private final String documentId;
    private final Set<Key> seen = new HashSet<>();
    private final List<Entry> entries = new ArrayList<>();

    private record Key(int sentence, int start, int end, String rule) {
    }

    private record Entry(Evidence evidence, Map<String, Object> extras) {
    }

    EvidenceColumns(String documentId) {
        this.documentId = Objects.requireNonNull(documentId);
    }

    /** Adds an entry with extra aligned values; returns false (and adds nothing) when it is a repeat. */
    boolean add(Evidence e, Map<String, Object> extras) {
        if (!seen.add(new Key(e.sentence(), e.start(), e.end(), e.rule()))) {
            return false;
        }
        entries.add(new Entry(e, extras));
        return true;
    }

    boolean add(Evidence e) {
        return add(e, Map.of());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The aligned lists without {@code sources} (for MENTIONS and REPORTS, whose source is the document itself). */
    Map<String, Object> ownColumns() {
        Map<String, Object> m = columns();
        m.remove("sources");
        return m;
    }

    /** The aligned lists, every source being this document, plus any extra columns given to {@link #add}. */
    Map<String, Object> columns() {
        List<Entry> sorted = sorted();
        int n = sorted.size();
        List<String> sources = new ArrayList<>(n);
        List<String> quotes = new ArrayList<>(n);
        List<String> evidence = new ArrayList<>(n);
        Map<String, List<Object>> extra = new HashMap<>();
        for (Entry x : sorted) {
            sources.add(documentId);
            quotes.add(x.evidence.quote());
            evidence.add(EvidenceEntry.of(x.evidence));
            x.extras.forEach((k, v) -> extra.computeIfAbsent(k, key -> new ArrayList<>()).add(v));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("sources", sources);
        m.put("quotes", quotes);
        m.put("evidence", evidence);
        m.putAll(extra);
        return m;
    }

    private List<Entry> sorted() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        return sorted;
    }

    /**
     * The aligned lists and the summary properties of a relationship only this document supports, computed as
     * finalize-summaries.cypher computes them: confidence and quote of the best entry (the first with the highest
     * confidence), the strongest status, accidental when any entry says so, and for KNOWS the best entry's how and
     * when and the earliest order.
     */
    Map<String, Object> properties() {
        Map<String, Object> m = columns();
        List<Entry> sorted = sorted();
        int best = 0;
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).evidence.confidence() > sorted.get(best).evidence.confidence()) {
                best = i;
            }
        }
        m.put("confidence", sorted.get(best).evidence.confidence());
        m.put("quote", sorted.get(best).evidence.quote());
        Set<FactStatus> statuses = new HashSet<>();
        sorted.forEach(x -> statuses.add(x.evidence.status()));
        m.put("status", statuses.contains(FactStatus.STATED) ? "STATED"
                : statuses.contains(FactStatus.IMPLIED) ? "IMPLIED" : "ALLEGED");
        if (m.containsKey("accidentals")) {
            m.put("accidental", ((List<?>) m.get("accidentals")).contains(Boolean.TRUE));
        }
        if (m.containsKey("hows")) {
            m.put("how", ((List<?>) m.get("hows")).get(best));
            m.put("order", ((List<?>) m.get("orders")).stream().mapToLong(o -> (Long) o).min().orElseThrow());
            Object when = ((List<?>) m.get("whens")).get(best);
            // an explicit null clears a cue an earlier version of the document left on the relationship
            m.put("when", "".equals(when) ? null : when);
        }
        return m;
    }
}
