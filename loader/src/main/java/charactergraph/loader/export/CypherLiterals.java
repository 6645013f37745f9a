package charactergraph.loader.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Cypher source text for values and names. Strings are single-quoted with backslash escapes for the quote, the
 * backslash and every control or line-breaking character, so no article text can end a literal early or start a
 * comment or a new statement; names (labels, types, property keys) are always backticked, with backticks doubled.
 */
public final class CypherLiterals {
    private CypherLiterals() {
    }

    /** A backticked identifier: {@code `name`}; a backtick inside is doubled. */
    public static String name(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    public static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    // Controls, line and paragraph separators, and lone surrogates are written as \\uXXXX so the
                    // script stays one statement per line in every editor; other characters (é, ö, 中) stay as text.
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !pairAt(s, i))) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        b.append(c).append(s.charAt(++i));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('\'').toString();
    }

    private static boolean pairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** A literal for a stored property value (or a list of them). */
    public static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Boolean bool) {
            return bool.toString();
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return v.toString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                return "(0.0 / 0.0)";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)";
            }
            return Double.toString(d);
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(value(list.get(i)));
            }
            return b.append(']').toString();
        }
        if (v instanceof ZonedDateTime t) {
            return "datetime(" + string(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t)) + ")";
        }
        if (v instanceof LocalDateTime t) {
            return "localdatetime(" + string(t.toString()) + ")";
        }
        if (v instanceof LocalDate t) {
            return "date(" + string(t.toString()) + ")";
        }
        if (v instanceof OffsetTime t) {
            return "time(" + string(t.toString()) + ")";
        }
        if (v instanceof LocalTime t) {
            return "localtime(" + string(t.toString()) + ")";
        }
        // Durations, points and byte arrays are not in the graph model; refuse rather than export them wrongly.
        throw new IllegalArgumentException("cannot export a property of type " + v.getClass().getSimpleName());
    }

    /** A map literal with sorted, backticked keys. */
    public static String map(Map<String, ?> map) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (var e : new java.util.TreeMap<>(map).entrySet()) {
            b.append(first ? "" : ", ").append(name(e.getKey())).append(": ").append(value(e.getValue()));
            first = false;
        }
        return b.append('}').toString();
    }

    /** The Cypher function that gives "now" for a temporal value's type (used where timestamps are not kept). */
    static String now(Object temporal) {
        if (temporal instanceof ZonedDateTime) {
            return "datetime()";
        }
        if (temporal instanceof LocalDateTime) {
            return "localdatetime()";
        }
        if (temporal instanceof LocalDate) {
            return "date()";
        }
        if (temporal instanceof OffsetTime) {
            return "time()";
        }
        return "localtime()";
    }

    static boolean isTemporal(Object v) {
        return v instanceof java.time.temporal.Temporal;
    }
}
