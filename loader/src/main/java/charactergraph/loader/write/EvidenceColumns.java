package charactergraph.loader.write;

import charactergraph.model.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One document's supporting entries for one fact, as the aligned lists stored on a relationship
 * ({@code sources, sentences, starts, ends, quotes, rules, confidences, statuses}, plus {@code accidentals} for
 * KILLED and INJURED and {@code hows, orders, whens} for KNOWS), in the canonical order (sentence, start, end,
 * rule) that finalize-summaries.cypher also uses. Repeated entries (the same sentence, span and rule given twice)
 * are kept once, so a fact never shows the same evidence twice.
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
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        int n = sorted.size();
        List<String> sources = new ArrayList<>(n);
        List<Long> sentences = new ArrayList<>(n);
        List<Long> starts = new ArrayList<>(n);
        List<Long> ends = new ArrayList<>(n);
        List<String> quotes = new ArrayList<>(n);
        List<String> rules = new ArrayList<>(n);
        List<Double> confidences = new ArrayList<>(n);
        List<String> statuses = new ArrayList<>(n);
        Map<String, List<Object>> extra = new HashMap<>();
        for (Entry x : sorted) {
            Evidence e = x.evidence;
            sources.add(documentId);
            sentences.add((long) e.sentence());
            starts.add((long) e.start());
            ends.add((long) e.end());
            quotes.add(e.quote());
            rules.add(e.rule());
            confidences.add(e.confidence());
            statuses.add(e.status().name());
            x.extras.forEach((k, v) -> extra.computeIfAbsent(k, key -> new ArrayList<>()).add(v));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("sources", sources);
        m.put("sentences", sentences);
        m.put("starts", starts);
        m.put("ends", ends);
        m.put("quotes", quotes);
        m.put("rules", rules);
        m.put("confidences", confidences);
        m.put("statuses", statuses);
        m.putAll(extra);
        return m;
    }

    /**
     * The aligned lists and the summary properties of a relationship only this document supports, computed as
     * finalize-summaries.cypher computes them: confidence and quote of the best entry (the first with the highest
     * confidence), the strongest status, accidental when any entry says so, and for KNOWS the best entry's how and
     * when and the earliest order.
     */
    Map<String, Object> properties() {
        Map<String, Object> m = columns();
        @SuppressWarnings("unchecked") List<Double> confidences = (List<Double>) m.get("confidences");
        int best = 0;
        for (int i = 1; i < confidences.size(); i++) {
            if (confidences.get(i) > confidences.get(best)) {
                best = i;
            }
        }
        m.put("confidence", confidences.get(best));
        m.put("quote", ((List<?>) m.get("quotes")).get(best));
        List<?> statuses = (List<?>) m.get("statuses");
        m.put("status", statuses.contains("STATED") ? "STATED" : statuses.contains("IMPLIED") ? "IMPLIED" : "ALLEGED");
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
