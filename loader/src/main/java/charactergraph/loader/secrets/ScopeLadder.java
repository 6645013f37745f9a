package charactergraph.loader.secrets;

import charactergraph.loader.rules.RuleBlock;
import charactergraph.loader.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which secrets a disclosure is about, as an ordered list of named steps in {@code rules/secrets/scope.rules}: each
 * step names a {@link ScopeStrategy} and when it applies (the disclosure's flags, {@code when: truth, !told}; several
 * {@code when:} lines are alternatives). The first step that applies and finds secrets wins; a {@code final} step
 * that applies decides even when it finds none. The winning step's id goes into the evidence of the knowledge.
 */
final class ScopeLadder {
    static final String FILE = "secrets/scope.rules";
    static final Set<String> KEYS = Set.of("strategy", "when", "final", "example");

    /** One step of the ladder. */
    record Step(String id, ScopeStrategy strategy, List<List<String>> when, boolean decides) {
        boolean applies(DisclosureReading d) {
            if (when.isEmpty()) {
                return true;
            }
            for (List<String> all : when) {
                boolean ok = true;
                for (String flag : all) {
                    boolean negated = flag.startsWith("!");
                    if (d.flag(negated ? flag.substring(1) : flag) == negated) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What the ladder decided: the step, and the secrets. */
    record Scope(Step step, List<Draft> secrets) {
    }

    private final List<Step> steps = new ArrayList<>();

    ScopeLadder(RuleCatalog rules, List<ScopeStrategy> strategies) {
        this(rules.blocks(FILE, KEYS), rules.describe(FILE), strategies);
    }

    /** A ladder from blocks already read (for tests of the ladder itself). */
    ScopeLadder(List<RuleBlock> blocks, String file, List<ScopeStrategy> strategies) {
        Map<String, ScopeStrategy> byName = new LinkedHashMap<>();
        for (ScopeStrategy s : strategies) {
            byName.put(s.name(), s);
        }
        for (RuleBlock b : blocks) {
            String name = b.require("strategy");
            ScopeStrategy strategy = byName.get(name);
            if (strategy == null) {
                throw b.error("strategy", "no scope strategy '" + name + "'; known: " + String.join(", ", byName.keySet()));
            }
            List<List<String>> when = new ArrayList<>();
            for (String w : b.all("when")) {
                List<String> flags = new ArrayList<>();
                for (String f : w.split(",")) {
                    String flag = f.strip();
                    if (!DisclosureReading.FLAGS.contains(flag.startsWith("!") ? flag.substring(1) : flag)) {
                        throw b.error("when", "unknown flag '" + flag + "'; known: " + String.join(", ", DisclosureReading.FLAGS)
                                + " (each may be negated with !)");
                    }
                    flags.add(flag);
                }
                when.add(List.copyOf(flags));
            }
            String fin = b.get("final", "no");
            if (!fin.equals("yes") && !fin.equals("no")) {
                throw b.error("final", "final must be yes or no, was '" + fin + "'");
            }
            steps.add(new Step(b.id(), strategy, List.copyOf(when), fin.equals("yes")));
        }
        if (steps.isEmpty()) {
            throw new charactergraph.loader.rules.RuleFileException(file, 0, "no scope steps");
        }
    }

    /** The first step that applies and finds secrets (or a final one that applies), or null when none does. */
    Scope scope(SecretContext c, Ledger ledger, DisclosureReading d) {
        for (Step step : steps) {
            if (!step.applies(d)) {
                continue;
            }
            List<Draft> found = step.strategy().scope(c, ledger, d);
            if (!found.isEmpty() || step.decides()) {
                return new Scope(step, found);
            }
        }
        return null;
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }
}
