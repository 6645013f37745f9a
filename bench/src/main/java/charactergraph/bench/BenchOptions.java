package charactergraph.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options of a bench command, with typed look-ups and a check that every option is known. A bench
 * declares each of its options once ({@link Declared}), with its default and range; the look-ups and the names the
 * check knows come from that one declaration.
 */
final class BenchOptions {
    private final Map<String, String> values = new LinkedHashMap<>();

    BenchOptions(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument '" + a + "' (options are --name value)");
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.put(name, args.get(++i));
            } else {
                values.put(name, "true");
            }
        }
    }

    void requireOnly(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name + "; known: --" + String.join(", --", known));
            }
        }
    }

    // Look-ups by name stay private: a bench reads only options it has declared (get below).
    private String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    private int integer(String name, int fallback, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a whole number, not '" + v + "'");
        }
        if (n < min || n > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }

    private boolean flag(String name) {
        String v = values.get(name);
        return v != null && !v.equals("false");
    }

    /** Sets {@code option} when the user did not set it (for presets such as --quick). */
    void defaultTo(Whole option, int value) {
        values.putIfAbsent(option.name(), String.valueOf(value));
    }

    int get(Whole option) {
        return integer(option.name(), option.fallback(), option.min(), option.max());
    }

    String get(Text option) {
        return string(option.name(), option.fallback());
    }

    boolean get(Flag option) {
        return flag(option.name());
    }

    /** An option a bench takes. */
    sealed interface Option permits Whole, Text, Flag {
        String name();
    }

    /** {@code --name N}: a whole number from {@code min} to {@code max}. */
    record Whole(String name, int fallback, int min, int max) implements Option {
    }

    /** {@code --name VALUE}; {@code fallback} may be null (not set). */
    record Text(String name, String fallback) implements Option {
    }

    /** {@code --name} on its own: on when given (unless given as {@code false}). */
    record Flag(String name) implements Option {
    }

    /**
     * The options of one command, each declared here once: {@code static final Whole RUNS = OPTIONS.whole("runs", 2,
     * 1, 100);} after {@code static final Declared OPTIONS = new Declared();} (static fields start in the order they
     * are written).
     */
    static final class Declared {
        private final Set<String> names = new LinkedHashSet<>();

        Whole whole(String name, int fallback, int min, int max) {
            return add(new Whole(name, fallback, min, max));
        }

        Text text(String name, String fallback) {
            return add(new Text(name, fallback));
        }

        Flag flag(String name) {
            return add(new Flag(name));
        }

        Set<String> names() {
            return Collections.unmodifiableSet(names);
        }

        private <T extends Option> T add(T option) {
            if (!names.add(option.name())) {
                throw new IllegalStateException("option --" + option.name() + " declared twice");
            }
            return option;
        }
    }
}
