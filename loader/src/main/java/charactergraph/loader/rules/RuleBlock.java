package charactergraph.loader.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One block of a rule file: a {@code [rule-id]} line and the {@code key: value} lines under it, up to the next block.
 * Keys may repeat ({@code example:} and {@code counter:} lines); every value keeps its line number.
 *
 * @param file   the file as the catalog describes it
 * @param line   the line of the {@code [rule-id]} header
 */
public record RuleBlock(String id, String file, int line, Map<String, List<RuleLine>> values) {
    /** A block's value, for messages and parsing. */
    public String get(String key) {
        List<RuleLine> v = values.get(key);
        return v == null ? null : v.get(v.size() - 1).text();
    }

    public String get(String key, String fallback) {
        String v = get(key);
        return v == null ? fallback : v;
    }

    /** Every value of a repeatable key, in file order. */
    public List<String> all(String key) {
        List<String> out = new ArrayList<>();
        for (RuleLine l : values.getOrDefault(key, List.of())) {
            out.add(l.text());
        }
        return out;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value, which must be there. */
    public String require(String key) {
        String v = get(key);
        if (v == null || v.isBlank()) {
            throw error("missing '" + key + ":'");
        }
        return v;
    }

    /** An error about the block as a whole. */
    public RuleFileException error(String message) {
        return new RuleFileException(file, line, "rule [" + id + "]: " + message);
    }

    /** An error about one key's value (its own line). */
    public RuleFileException error(String key, String message) {
        List<RuleLine> v = values.get(key);
        int at = v == null ? line : v.get(v.size() - 1).number();
        return new RuleFileException(file, at, "rule [" + id + "]: " + message);
    }

    /**
     * Reads a file of blocks. Keys outside {@code keys} are refused; so are lines outside any block, empty or spaced
     * ids, and ids used twice in the file.
     */
    static List<RuleBlock> parse(List<RuleLine> lines, String file, Set<String> keys) {
        List<RuleBlock> out = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        String id = null;
        int header = 0;
        Map<String, List<RuleLine>> values = null;
        for (RuleLine l : lines) {
            String t = l.text();
            if (t.startsWith("[") && t.endsWith("]")) {
                if (id != null) {
                    out.add(new RuleBlock(id, file, header, values));
                }
                id = t.substring(1, t.length() - 1).strip();
                if (id.isEmpty()) {
                    throw new RuleFileException(file, l.number(), "empty rule id");
                }
                if (id.chars().anyMatch(Character::isWhitespace)) {
                    // the id is stored as the last word of each evidence entry in the graph
                    throw new RuleFileException(file, l.number(), "rule id [" + id + "] has a space; use letters, digits, '-' or '.'");
                }
                if (!ids.add(id)) {
                    throw new RuleFileException(file, l.number(), "rule id [" + id + "] is used twice");
                }
                header = l.number();
                values = new LinkedHashMap<>();
                continue;
            }
            int colon = t.indexOf(':');
            if (values == null || colon < 0) {
                throw l.error("expected '[rule-id]' or 'key: value'");
            }
            String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!keys.contains(key)) {
                throw l.error("unknown key '" + key + "' (known: " + String.join(", ", new TreeSet<>(keys)) + ")");
            }
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(new RuleLine(l.file(), l.number(), t.substring(colon + 1).strip()));
        }
        if (id != null) {
            out.add(new RuleBlock(id, file, header, values));
        }
        return out;
    }
}
