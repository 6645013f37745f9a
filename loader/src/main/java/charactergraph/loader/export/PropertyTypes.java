package charactergraph.loader.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The type of each property key over a set of property maps, for formats that declare columns (CSV, GraphML). */
final class PropertyTypes {
    enum Type {
        STRING("string"), LONG("long"), DOUBLE("double"), BOOLEAN("boolean"), DATETIME("datetime"),
        LOCALDATETIME("localdatetime"), DATE("date");

        final String csv;

        Type(String csv) {
            this.csv = csv;
        }
    }

    record Column(String key, Type type, boolean list) {
    }

    private PropertyTypes() {
    }

    /** Sorted columns; a key whose values disagree on type is a string (a list of strings if any value is a list). */
    static List<Column> of(Collection<Map<String, Object>> maps) {
        Map<String, Column> columns = new TreeMap<>();
        for (Map<String, Object> m : maps) {
            for (var e : m.entrySet()) {
                Column c = column(e.getKey(), e.getValue());
                columns.merge(e.getKey(), c, PropertyTypes::widen);
            }
        }
        return List.copyOf(columns.values());
    }

    private static Column widen(Column a, Column b) {
        if (a.type() == null) {
            return new Column(a.key(), b.type(), a.list() || b.list());
        }
        if (b.type() == null || a.type() == b.type()) {
            return new Column(a.key(), a.type(), a.list() || b.list());
        }
        return new Column(a.key(), Type.STRING, a.list() || b.list());
    }

    private static Column column(String key, Object v) {
        if (v instanceof List<?> list) {
            Type t = null;
            for (Object o : list) {
                Type ot = scalar(o);
                t = t == null || t == ot ? ot : Type.STRING;
            }
            // An empty list says nothing about its element type; a type-less column ends as string[].
            return new Column(key, t, true);
        }
        return new Column(key, scalar(v), false);
    }

    private static Type scalar(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return Type.LONG;
        }
        if (v instanceof Double || v instanceof Float) {
            return Type.DOUBLE;
        }
        if (v instanceof Boolean) {
            return Type.BOOLEAN;
        }
        if (v instanceof ZonedDateTime) {
            return Type.DATETIME;
        }
        if (v instanceof LocalDateTime) {
            return Type.LOCALDATETIME;
        }
        if (v instanceof LocalDate) {
            return Type.DATE;
        }
        return Type.STRING;
    }

    static Type typeOf(Column c) {
        return c.type() == null ? Type.STRING : c.type();
    }

    /** Text of one scalar: ISO for temporals, Java's shortest round-trip form for numbers. */
    static String text(Object v) {
        if (v instanceof ZonedDateTime t) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        return String.valueOf(v);
    }
}
