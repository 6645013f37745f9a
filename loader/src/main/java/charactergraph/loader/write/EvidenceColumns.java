package charactergraph.loader.write;

import charactergraph.model.Evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One document's supporting entries for one fact, as the aligned lists stored on a relationship
 * ({@code sources, sentences, starts, ends, quotes, rules, confidences, statuses}). Repeated entries (the same
 * sentence, span and rule given twice) are kept once, so a fact never shows the same evidence twice.
 */
final class EvidenceColumns {
    private final String documentId;
    private final Set<Key> seen = new LinkedHashSet<>();
    private final List<Evidence> entries = new ArrayList<>();
    /** Extra aligned columns (accidentals, hows, orders, whens), one value per kept entry. */
    private final Map<String, List<Object>> extra = new HashMap<>();

    private record Key(int sentence, int start, int end, String rule) {
    }

    EvidenceColumns(String documentId) {
        this.documentId = Objects.requireNonNull(documentId);
    }

    /** Adds an entry with extra aligned values; returns false (and adds nothing) when it is a repeat. */
    boolean add(Evidence e, Map<String, Object> extras) {
        if (!seen.add(new Key(e.sentence(), e.start(), e.end(), e.rule()))) {
            return false;
        }
        entries.add(e);
        extras.forEach((k, v) -> extra.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        return true;
    }

    boolean add(Evidence e) {
        return add(e, Map.of());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    List<Object> extra(String column) {
        return extra.getOrDefault(column, List.of());
    }

    /** The aligned lists, every source being this document. */
    Map<String, Object> columns() {
        Map<String, Object> m = new HashMap<>();
        int n = entries.size();
        List<String> sources = new ArrayList<>(n);
        List<Long> sentences = new ArrayList<>(n);
        List<Long> starts = new ArrayList<>(n);
        List<Long> ends = new ArrayList<>(n);
        List<String> quotes = new ArrayList<>(n);
        List<String> rules = new ArrayList<>(n);
        List<Double> confidences = new ArrayList<>(n);
        List<String> statuses = new ArrayList<>(n);
        for (Evidence e : entries) {
            sources.add(documentId);
            sentences.add((long) e.sentence());
            starts.add((long) e.start());
            ends.add((long) e.end());
            quotes.add(e.quote());
            rules.add(e.rule());
            confidences.add(e.confidence());
            statuses.add(e.status().name());
        }
        m.put("sources", sources);
        m.put("sentences", sentences);
        m.put("starts", starts);
        m.put("ends", ends);
        m.put("quotes", quotes);
        m.put("rules", rules);
        m.put("confidences", confidences);
        m.put("statuses", statuses);
        return m;
    }
}
