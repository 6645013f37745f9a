package charactergraph.loader.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scores of a corpus: each text against its gold annotation, the macro mean of the per-text F1s, the pooled
 * (micro) F1 over every fact of the corpus, and precision and recall per relation type; the same figures, computed
 * the same way, as {@code shared/eval/score_corpus.py}. A text without usable output scores zero against its gold
 * (it counts, so a crash is never better than a wrong answer).
 */
public final class CorpusScore {
    /** The row of knowers in {@link #byType()}, as score_corpus.py names it. */
    public static final String KNOWS = "(knows)";

    /** One text: its report, and why it had no usable output (null when it had). */
    public record Text(String name, ExtractionScorer.Report report, String problem) {
        public static Text scored(String name, JsonNode gold, JsonNode system) {
            return new Text(name, ExtractionScorer.score(gold, system), null);
        }

        /** A text without usable output: scored against an empty extraction. */
        public static Text unusable(String name, JsonNode gold, String problem) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode empty = f.objectNode();
            empty.putArray("characters");
            empty.putArray("relations");
            empty.putArray("secrets");
            return new Text(name, ExtractionScorer.score(gold, empty), problem);
        }
    }

    /** Facts of one kind pooled over the corpus. */
    public record Counts(int tp, int system, int gold) {
        Counts plus(int tp, int system, int gold) {
            return new Counts(this.tp + tp, this.system + system, this.gold + gold);
        }

        /** As score_corpus.py prints it: 0 when nothing was output. */
        public double precision() {
            return system > 0 ? (double) tp / system : 0.0;
        }

        /** As score_corpus.py prints it: 0 when the gold has none. */
        public double recall() {
            return gold > 0 ? (double) tp / gold : 0.0;
        }

        /** 2 tp / (system + gold); 0 when both are empty (an empty corpus neither helps nor hurts). */
        public double f1() {
            return system + gold > 0 ? 2.0 * tp / (system + gold) : 0.0;
        }
    }

    private static final List<String> MEASURES = List.of("characters", "relations_core", "relations_all", "knows");

    private final List<Text> texts;
    private final Map<String, Counts> byType = new TreeMap<>();
    private Counts characters = new Counts(0, 0, 0);

    private CorpusScore(List<Text> texts) {
        this.texts = List.copyOf(texts);
        for (Text t : texts) {
            ExtractionScorer.Report r = t.report();
            for (var e : r.relationsByType().entrySet()) {
                ExtractionScorer.Prf m = e.getValue();
                byType.merge(e.getKey(), new Counts(m.tp(), m.system(), m.gold()),
                        (a, b) -> a.plus(b.tp(), b.system(), b.gold()));
            }
            ExtractionScorer.Prf k = r.knows();
            byType.merge(KNOWS, new Counts(k.tp(), k.system(), k.gold()), (a, b) -> a.plus(b.tp(), b.system(), b.gold()));
            ExtractionScorer.Prf c = r.characters();
            characters = characters.plus(c.tp(), c.system(), c.gold());
        }
    }

    public static CorpusScore of(List<Text> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a corpus needs at least one text");
        }
        return new CorpusScore(texts);
    }

    public List<Text> texts() {
        return texts;
    }

    /** Per relation type, and {@link #KNOWS}: tp, system and gold summed over the texts. */
    public Map<String, Counts> byType() {
        return byType;
    }

    private static ExtractionScorer.Prf measure(ExtractionScorer.Report r, String name) {
        return switch (name) {
            case "characters" -> r.characters();
            case "relations_core" -> r.relationsCore();
            case "relations_all" -> r.relationsAll();
            case "knows" -> r.knows();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private double mean(Function<ExtractionScorer.Report, ExtractionScorer.Prf> m) {
        double sum = 0;
        for (Text t : texts) {
            sum += m.apply(t.report()).f1();
        }
        return sum / texts.size();
    }

    /** Macro mean of the per-text F1s (each rounded to three places first, as score.py rounds them). */
    public double meanCharacters() {
        return mean(ExtractionScorer.Report::characters);
    }

    public double meanCore() {
        return mean(ExtractionScorer.Report::relationsCore);
    }

    public double meanAll() {
        return mean(ExtractionScorer.Report::relationsAll);
    }

    public double meanKnows() {
        return mean(ExtractionScorer.Report::knows);
    }

    private Counts pooled(List<String> types) {
        Counts sum = new Counts(0, 0, 0);
        for (String t : types) {
            Counts c = byType.get(t);
            if (c != null) {
                sum = sum.plus(c.tp(), c.system(), c.gold());
            }
        }
        return sum;
    }

    /** Pooled (micro) over the core relation types. */
    public Counts pooledCore() {
        return pooled(ExtractionScorer.CORE);
    }

    /** Pooled over every scored relation type. */
    public Counts pooledAll() {
        return pooled(ExtractionScorer.SCORED);
    }

    /** Pooled over the (knower, secret) pairs. */
    public Counts pooledKnows() {
        return pooled(List.of(KNOWS));
    }

    /** Pooled over the characters (score_corpus.py does not print this one; targets use the mean). */
    public Counts pooledCharacters() {
        return characters;
    }

    /** Texts without usable output, as notes. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        for (Text t : texts) {
            if (t.problem() != null) {
                out.add(t.name() + ": " + t.problem() + "; scored zero");
            }
        }
        return out;
    }

    /**
     * The lines score_corpus.py prints, in its layout (with {@code misses}: each text's missed and spurious relations
     * as it lists them), and more: the pooled characters F1 at the end of the pooled line, and, with {@code misses},
     * the evidence of each fact (the gold's, or our sentence index, rule and quote) and the missed and spurious
     * knowers.
     */
    public String format(boolean misses, List<String> extraNotes) {
        StringBuilder sb = new StringBuilder();
        int w = 1;
        for (Text t : texts) {
            w = Math.max(w, t.name().length());
        }
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  chars  core   all    knows%n", "text"));
        for (Text t : texts) {
            ExtractionScorer.Report r = t.report();
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %s   %s   %s   %s%n", t.name(), f2(r.characters().f1()),
                    f2(r.relationsCore().f1()), f2(r.relationsAll().f1()), f2(r.knows().f1())));
            if (misses) {
                String pad = " ".repeat(w);
                facts(sb, pad + "    missed:   ", r.missedFacts(), "gold");
                facts(sb, pad + "    spurious: ", r.spuriousFacts(), "ours");
            }
        }
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  %s   %s   %s   %s%n", "MEAN (" + texts.size() + " texts)",
                f2(meanCharacters()), f2(meanCore()), f2(meanAll()), f2(meanKnows())));
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "POOLED (micro) F1: core %s   all %s   knows %s   characters %s%n",
                f2(pooledCore().f1()), f2(pooledAll().f1()), f2(pooledKnows().f1()), f2(pooledCharacters().f1())));
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s  %5s %5s%n", "type (micro)", "tp", "sys", "gold", "P", "R"));
        for (var e : byType.entrySet()) {
            Counts c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d  %5s %5s%n", e.getKey(), c.tp(), c.system(), c.gold(),
                    f2(c.precision()), f2(c.recall())));
        }
        for (String n : notes()) {
            sb.append("note: ").append(n).append('\n');
        }
        for (String n : extraNotes) {
            sb.append("note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    /** Relation facts first, as score_corpus.py lists them ("TYPE from to"), then knowers. */
    private static void facts(StringBuilder sb, String prefix, List<ExtractionScorer.Fact> facts, String whose) {
        String evidencePad = " ".repeat(prefix.length() + 2);
        List<ExtractionScorer.Support> previous = null;
        for (ExtractionScorer.Fact f : facts) {
            sb.append(prefix).append(String.join(" ", f.key())).append('\n');
            if (f.support().isEmpty()) {
                sb.append(evidencePad).append(whose).append(": (no evidence given)\n");
            } else if (f.support().equals(previous)) {
                sb.append(evidencePad).append(whose).append(": (as above)\n");
                continue;
            }
            previous = f.support();
            for (ExtractionScorer.Support s : f.support()) {
                sb.append(evidencePad).append(whose).append(": ");
                if (s.sentence() != null || s.rule() != null) {
                    sb.append('[');
                    if (s.sentence() != null) {
                        sb.append("sentence ").append(s.sentence());
                    }
                    if (s.rule() != null) {
                        sb.append(s.sentence() != null ? ", " : "").append("rule ").append(s.rule());
                    }
                    sb.append("] ");
                }
                sb.append(oneLine(s.quote())).append('\n');
            }
        }
    }

    static String oneLine(String quote) {
        return quote == null ? "" : quote.strip().replaceAll("\\s+", " ");
    }

    private static String f2(double v) {
        return ExtractionScorer.fixed(v, 2);
    }

    /**
     * The figures as JSON: the keys of score_corpus.py's {@code --json} ({@code texts} with each text's four F1s,
     * {@code mean}, {@code pooled}, {@code by_type}, {@code notes}), plus the pooled characters, precision and recall
     * per type, and with {@code misses} each text's missed and spurious facts with their evidence.
     */
    public ObjectNode toJson(boolean misses, List<String> extraNotes) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode ts = root.putObject("texts");
        for (Text t : texts) {
            ObjectNode n = ts.putObject(t.name());
            for (String m : MEASURES) {
                n.put(m, measure(t.report(), m).f1());
            }
            if (t.problem() != null) {
                n.put("problem", t.problem());
            }
            if (misses) {
                facts(n.putArray("missed"), t.report().missedFacts());
                facts(n.putArray("spurious"), t.report().spuriousFacts());
            }
        }
        ObjectNode mean = root.putObject("mean");
        mean.put("characters", meanCharacters());
        mean.put("relations_core", meanCore());
        mean.put("relations_all", meanAll());
        mean.put("knows", meanKnows());
        ObjectNode pooled = root.putObject("pooled");
        pooled.put("core", pooledCore().f1());
        pooled.put("all", pooledAll().f1());
        pooled.put("knows", pooledKnows().f1());
        pooled.put("characters", pooledCharacters().f1());
        ObjectNode types = root.putObject("by_type");
        for (var e : byType.entrySet()) {
            Counts c = e.getValue();
            ObjectNode n = types.putObject(e.getKey());
            n.put("tp", c.tp());
            n.put("system", c.system());
            n.put("gold", c.gold());
            n.put("precision", c.precision());
            n.put("recall", c.recall());
        }
        ArrayNode notes = root.putArray("notes");
        notes().forEach(notes::add);
        extraNotes.forEach(notes::add);
        return root;
    }

    private static void facts(ArrayNode into, List<ExtractionScorer.Fact> facts) {
        for (ExtractionScorer.Fact fact : facts) {
            ObjectNode n = into.addObject();
            ArrayNode key = n.putArray("fact");
            fact.key().forEach(key::add);
            ArrayNode ev = n.putArray("evidence");
            for (ExtractionScorer.Support s : fact.support()) {
                ObjectNode e = ev.addObject();
                if (s.sentence() != null) {
                    e.put("sentence", s.sentence());
                }
                if (s.rule() != null) {
                    e.put("rule", s.rule());
                }
                e.put("quote", s.quote());
            }
        }
    }
}
