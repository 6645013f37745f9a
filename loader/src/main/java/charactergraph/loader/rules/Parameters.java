package charactergraph.loader.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers the stages read: windows (how many sentences back or ahead a reading looks) and confidences, one per
 * line of {@code parameters.txt} as {@code name = value}. A stage asks for its parameters when it is built, so a
 * missing or malformed one stops the loader at start, naming the file and line.
 */
public final class Parameters {
    private final String file;
    private final Map<String, RuleLine> values = new LinkedHashMap<>();

    Parameters(String file, List<RuleLine> lines) {
        this.file = file;
        for (RuleLine l : lines) {
            int eq = l.text().indexOf('=');
            if (eq <= 0) {
                throw l.error("expected 'name = value'");
            }
            String name = l.text().substring(0, eq).strip();
            String value = l.text().substring(eq + 1).strip();
            if (values.put(name, new RuleLine(l.file(), l.number(), value)) != null) {
                throw l.error("parameter '" + name + "' is set twice");
            }
        }
    }

    /** A window: a whole number of sentences, 0 or more. */
    public int window(String name) {
        RuleLine l = line(name);
        try {
            int v = Integer.parseInt(l.text());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw l.error("parameter '" + name + "' must be a whole number of sentences, 0 or more");
    }

    /** A confidence: a number in (0, 1]. */
    public double confidence(String name) {
        RuleLine l = line(name);
        try {
            double v = Double.parseDouble(l.text());
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw l.error("parameter '" + name + "' must be a confidence in (0, 1]");
    }

    /** Every parameter and its value, in file order. */
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.text()));
        return out;
    }

    private RuleLine line(String name) {
        RuleLine l = values.get(name);
        if (l == null) {
            throw new RuleFileException(file, 0, "missing parameter '" + name + "'");
        }
        return l;
    }
}
