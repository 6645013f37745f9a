package charactergraph.loader.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores an extraction against a gold annotation, both in the interchange JSON; the same rules as
 * {@code shared/eval/score.py}: alias-aware name matching, duplicates, actors, relations (core and all, symmetric
 * types in either direction) and who knows which secret (a system secret matches the gold secret whose subjects
 * it overlaps most, Jaccard at least 0.5).
 */
public final class ExtractionScorer {
    public static final List<String> CORE = List.of("KILLED", "KIDNAPPED", "SECRETLY_PARENT_OF", "COVERS_UP_FOR");
    public static final List<String> SYMMETRIC = List.of("SIBLING_OF", "MARRIED_TO");
    public static final List<String> SCORED = List.of("KILLED", "KIDNAPPED", "SECRETLY_PARENT_OF", "COVERS_UP_FOR",
            "PARENT_OF", "SIBLING_OF", "MARRIED_TO", "ACCOMPLICE_OF", "INJURED");
    private static final Set<String> TITLES = Set.of("detective", "det", "officer", "dr", "mr", "mrs", "ms", "miss",
            "sheriff", "inspector", "sergeant", "agent");

    /** Precision, recall and F1 of one measure, rounded to three places like the Python scorer. */
    public record Prf(int tp, int system, int gold, double precision, double recall, double f1) {
        static Prf of(int tp, int nSys, int nGold) {
            double p = nSys > 0 ? (double) tp / nSys : (nGold == 0 ? 1.0 : 0.0);
            double r = nGold > 0 ? (double) tp / nGold : 1.0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            return new Prf(tp, nSys, nGold, round(p), round(r), round(f));
        }
    }

    /**
     * What supports a fact: one of our evidence entries (sentence index, quote, rule id), or the evidence of a gold
     * annotation (a span of the text; no sentence, no rule).
     */
    public record Support(Integer sentence, String quote, String rule) {
    }

    /**
     * A missed or spurious fact: a relation ({@code [TYPE, from, to]}, as in {@link Report#missed()}) or a knower of a
     * secret ({@code ["(knows)", knower, secret]}, the secret as {@code #N about} for the N-th gold secret, or
     * {@code ?about} for a system secret matched to none), with what supports it.
     */
    public record Fact(List<String> key, List<Support> support) {
    }

    /** The whole report; {@code missedFacts} and {@code spuriousFacts} add the knowers and the evidence. */
    public record Report(String doc, Prf characters, int duplicates, Prf actors, Prf relationsCore, Prf relationsAll,
                         Map<String, Prf> relationsByType, Prf knows, List<String> unscoredTypes,
                         List<List<String>> missed, List<List<String>> spurious, List<Fact> missedFacts,
                         List<Fact> spuriousFacts) {
        /** The same lines as score.py prints. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("doc: ").append(doc).append('\n');
            line(sb, "characters", characters);
            line(sb, "actors", actors);
            line(sb, "relations_core", relationsCore);
            line(sb, "relations_all", relationsAll);
            line(sb, "knows", knows);
            sb.append(String.format(Locale.ROOT, "duplicates       %d%n", duplicates));
            for (var e : relationsByType.entrySet()) {
                Prf m = e.getValue();
                sb.append(String.format(Locale.ROOT, "  %-20s P=%s R=%s F1=%s%n", e.getKey(), fixed(m.precision(), 2),
                        fixed(m.recall(), 2), fixed(m.f1(), 2)));
            }
            if (!unscoredTypes.isEmpty()) {
                sb.append("  unscored types: ").append(String.join(", ", unscoredTypes)).append('\n');
            }
            for (List<String> k : missed) {
                sb.append("  missed:   ").append(String.join(" ", k)).append('\n');
            }
            for (List<String> k : spurious) {
                sb.append("  spurious: ").append(String.join(" ", k)).append('\n');
            }
            return sb.toString();
        }

        private static void line(StringBuilder sb, String name, Prf m) {
            sb.append(String.format(Locale.ROOT, "%-16s P=%s R=%s F1=%s  (tp %d, system %d, gold %d)%n", name,
                    fixed(m.precision(), 2), fixed(m.recall(), 2), fixed(m.f1(), 2), m.tp(), m.system(), m.gold()));
        }
    }

    private ExtractionScorer() {
    }

    /**
     * Python's {@code round(v, 3)}: the exact binary value rounded half to even (Math.round(v * 1000) would give
     * 0.063 for 0.0625, where score.py gives 0.062).
     */
    static double round(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * Python's {@code "%.2f" % v} (and {@code %.3f} ...): the exact binary value rounded half to even. Java's
     * {@code String.format("%.2f")} rounds the shortest decimal half up: it prints 0.13 for 0.125 and 0.15 for 0.145,
     * where Python prints 0.12 and 0.14.
     */
    public static String fixed(double v, int places) {
        return new BigDecimal(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Lower case, accents and quotes/dots/commas/brackets dropped, leading titles dropped (keeping one word). */
    public static String norm(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\"'\u2018\u2019\u201c\u201d.,()]", " ");
        List<String> words = new ArrayList<>(List.of(s.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    static Set<String> namesOf(JsonNode ch) {
        Set<String> out = new HashSet<>();
        out.add(norm(text(ch, "name")));
        for (JsonNode a : iter(ch.get("aliases"))) {
            out.add(norm(a.asText()));
        }
        out.remove("");
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        return n == null || !n.isArray() ? List.of() : n;
    }

    private static final class Resolver {
        final List<Map.Entry<String, Set<String>>> gold = new ArrayList<>();

        Resolver(JsonNode chars) {
            for (JsonNode ch : iter(chars)) {
                gold.add(Map.entry(text(ch, "name"), namesOf(ch)));
            }
        }

        String resolveNames(Set<String> names) {
            String best = null;
            int bestN = 0;
            for (var g : gold) {
                Set<String> inter = new HashSet<>(names);
                inter.retainAll(g.getValue());
                if (inter.size() > bestN) {
                    best = g.getKey();
                    bestN = inter.size();
                }
            }
            return best;
        }

        String resolve(String name, Map<String, Set<String>> index) {
            String key = norm(name);
            return resolveNames(index.getOrDefault(key, Set.of(key)));
        }
    }

    private static List<String> relKey(String t, String a, String b) {
        if (SYMMETRIC.contains(t) && a.compareTo(b) > 0) {
            return List.of(t, b, a);
        }
        return List.of(t, a, b);
    }

    /**
     * Why a JSON tree cannot be scored as a gold annotation (score.py would fail on it), or null when it can: an object
     * whose {@code characters} each have a {@code name}, whose {@code relations} each have a {@code type}, {@code from}
     * and {@code to}, and whose {@code secrets} list their {@code subject} and {@code known_by} as names.
     */
    public static String goldProblem(JsonNode gold) {
        if (gold == null || !gold.isObject()) {
            return "not a JSON object";
        }
        if (!gold.path("characters").isArray()) {
            return "no \"characters\" list";
        }
        int i = 0;
        for (JsonNode ch : gold.get("characters")) {
            i++;
            if (!ch.path("name").isTextual()) {
                return "character " + i + " has no \"name\"";
            }
        }
        if (gold.has("relations") && !gold.get("relations").isArray()) {
            return "\"relations\" is not a list";
        }
        i = 0;
        for (JsonNode r : iter(gold.get("relations"))) {
            i++;
            for (String field : List.of("type", "from", "to")) {
                if (!r.path(field).isTextual()) {
                    return "relation " + i + " has no \"" + field + "\"";
                }
            }
        }
        if (gold.has("secrets") && !gold.get("secrets").isArray()) {
            return "\"secrets\" is not a list";
        }
        i = 0;
        for (JsonNode s : iter(gold.get("secrets"))) {
            i++;
            if (!s.isObject()) {
                return "secret " + i + " is not an object";
            }
            for (String field : List.of("subject", "known_by")) {
                JsonNode names = s.get(field);
                if (names != null && !names.isNull() && (!names.isArray() || !allText(names))) {
                    return "secret " + i + ": \"" + field + "\" is not a list of names";
                }
            }
        }
        return null;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isTextual()) {
                return false;
            }
        }
        return true;
    }

    public static Report score(JsonNode gold, JsonNode system) {
        Resolver res = new Resolver(gold.get("characters"));
        Map<String, Set<String>> index = new HashMap<>();
        for (JsonNode ch : iter(system.get("characters"))) {
            Set<String> ns = namesOf(ch);
            for (String n : ns) {
                index.computeIfAbsent(n, k -> new HashSet<>()).addAll(ns);
            }
        }
        // characters
        List<String> resolved = new ArrayList<>();
        for (JsonNode ch : iter(system.get("characters"))) {
            resolved.add(res.resolveNames(namesOf(ch)));
        }
        Set<String> matched = new HashSet<>(resolved);
        matched.remove(null);
        int goldChars = gold.get("characters") == null ? 0 : gold.get("characters").size();
        Prf chars = Prf.of(matched.size(), resolved.size(), goldChars);
        int duplicates = (int) resolved.stream().filter(Objects::nonNull).count() - matched.size();

        // actors
        Set<List<String>> gAct = new HashSet<>();
        for (JsonNode ch : iter(gold.get("characters"))) {
            String a = text(ch, "actor");
            if (a != null && !a.isEmpty()) {
                gAct.add(java.util.Arrays.asList(norm(a), text(ch, "name")));
            }
        }
        Set<List<String>> sAct = new HashSet<>();
        int i = 0;
        for (JsonNode ch : iter(system.get("characters"))) {
            String a = text(ch, "actor");
            if (a != null && !a.isEmpty()) {
                sAct.add(java.util.Arrays.asList(norm(a), resolved.get(i)));
            }
            i++;
        }
        Set<List<String>> actInter = new HashSet<>(gAct);
        actInter.retainAll(sAct);
        Prf actors = Prf.of(actInter.size(), sAct.size(), gAct.size());

        // relations
        Set<List<String>> gRel = new HashSet<>();
        Map<List<String>, Set<Support>> support = new HashMap<>();
        for (JsonNode x : iter(gold.get("relations"))) {
            List<String> key = relKey(text(x, "type"), text(x, "from"), text(x, "to"));
            gRel.add(key);
            addQuote(support, key, text(x, "evidence"));
        }
        Set<List<String>> sRel = new HashSet<>();
        Map<List<String>, Set<Support>> systemSupport = new HashMap<>();
        Set<String> unscored = new TreeSet<>();
        for (JsonNode x : iter(system.get("relations"))) {
            String t = text(x, "type");
            if (!SCORED.contains(t)) {
                unscored.add(String.valueOf(t));
                continue;
            }
            String a = res.resolve(text(x, "from"), index);
            String b = res.resolve(text(x, "to"), index);
            List<String> key = relKey(t, a != null ? a : "?" + text(x, "from"), b != null ? b : "?" + text(x, "to"));
            sRel.add(key);
            addProvenance(systemSupport, key, x);
        }
        Map<String, Prf> perType = new TreeMap<>();
        Set<String> types = new TreeSet<>();
        gRel.forEach(k -> types.add(k.get(0)));
        sRel.forEach(k -> types.add(k.get(0)));
        for (String t : types) {
            Set<List<String>> g = filter(gRel, k -> k.get(0).equals(t));
            Set<List<String>> s = filter(sRel, k -> k.get(0).equals(t));
            perType.put(t, Prf.of(intersect(g, s), s.size(), g.size()));
        }
        Set<List<String>> coreG = filter(gRel, k -> CORE.contains(k.get(0)));
        Set<List<String>> coreS = filter(sRel, k -> CORE.contains(k.get(0)));
        Prf relCore = Prf.of(intersect(coreG, coreS), coreS.size(), coreG.size());
        Prf relAll = Prf.of(intersect(gRel, sRel), sRel.size(), gRel.size());
        List<List<String>> missed = sorted(filter(gRel, k -> !sRel.contains(k)));
        List<List<String>> spurious = sorted(filter(sRel, k -> !gRel.contains(k)));

        // who knows which secret
        List<Set<String>> goldSecrets = new ArrayList<>();
        List<String> goldAbout = new ArrayList<>();
        Set<List<String>> gKnow = new HashSet<>();
        Map<List<String>, Set<Support>> knowSupport = new HashMap<>();
        int gi = 0;
        for (JsonNode s : iter(gold.get("secrets"))) {
            Set<String> subj = new HashSet<>();
            iter(s.get("subject")).forEach(n -> subj.add(n.asText()));
            goldSecrets.add(subj);
            goldAbout.add(text(s, "about"));
            for (JsonNode k : iter(s.get("known_by"))) {
                List<String> key = List.of(k.asText(), String.valueOf(gi));
                gKnow.add(key);
                addQuote(knowSupport, key, text(s, "evidence"));
            }
            gi++;
        }
        Set<List<String>> sKnow = new HashSet<>();
        Map<List<String>, Set<Support>> systemKnowSupport = new HashMap<>();
        for (JsonNode s : iter(system.get("secrets"))) {
            Set<String> subj = new HashSet<>();
            for (JsonNode n : iter(s.get("subject"))) {
                String r = res.resolve(n.asText(), index);
                if (r != null) {
                    subj.add(r);
                }
            }
            int best = -1;
            double bestJ = 0;
            for (int j = 0; j < goldSecrets.size(); j++) {
                Set<String> union = new HashSet<>(subj);
                union.addAll(goldSecrets.get(j));
                Set<String> inter = new HashSet<>(subj);
                inter.retainAll(goldSecrets.get(j));
                double jac = union.isEmpty() ? 0 : (double) inter.size() / union.size();
                if (jac > bestJ) {
                    best = j;
                    bestJ = jac;
                }
            }
            String idx = bestJ >= 0.5 ? String.valueOf(best) : "?" + text(s, "about");
            for (JsonNode k : iter(s.get("known_by"))) {
                String r = res.resolve(k.asText(), index);
                List<String> key = List.of(r != null ? r : "?" + k.asText(), idx);
                sKnow.add(key);
                boolean found = false;
                for (JsonNode how : iter(s.get("knowers"))) {
                    if (k.asText().equals(text(how, "name"))) {
                        found |= addProvenance(systemKnowSupport, key, how);
                    }
                }
                if (!found) {
                    addQuote(systemKnowSupport, key, text(s, "evidence"));
                }
            }
        }
        Prf knows = Prf.of(intersect(gKnow, sKnow), sKnow.size(), gKnow.size());

        List<Fact> missedFacts = new ArrayList<>(facts(missed, support));
        List<Fact> spuriousFacts = new ArrayList<>(facts(spurious, systemSupport));
        missedFacts.addAll(knowFacts(filter(gKnow, k -> !sKnow.contains(k)), knowSupport, goldAbout));
        spuriousFacts.addAll(knowFacts(filter(sKnow, k -> !gKnow.contains(k)), systemKnowSupport, goldAbout));
        return new Report(text(gold, "doc"), chars, duplicates, actors, relCore, relAll, perType, knows,
                List.copyOf(unscored), missed, spurious, List.copyOf(missedFacts), List.copyOf(spuriousFacts));
    }

    /** A gold annotation's (or a foreign system's) evidence: a quote without sentence or rule. */
    private static void addQuote(Map<List<String>, Set<Support>> into, List<String> key, String quote) {
        if (quote != null && !quote.isBlank()) {
            into.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(new Support(null, quote, null));
        }
    }

    /** Our evidence entries ({@code provenance}: sentence, quote, rule), else the node's {@code evidence} quote. */
    private static boolean addProvenance(Map<List<String>, Set<Support>> into, List<String> key, JsonNode node) {
        boolean any = false;
        for (JsonNode p : iter(node.get("provenance"))) {
            JsonNode sentence = p.get("sentence");
            into.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(new Support(
                    sentence != null && sentence.canConvertToInt() ? sentence.asInt() : null, text(p, "quote"),
                    text(p, "rule")));
            any = true;
        }
        if (!any) {
            addQuote(into, key, text(node, "evidence"));
        }
        return any || into.containsKey(key);
    }

    private static List<Fact> facts(List<List<String>> keys, Map<List<String>, Set<Support>> support) {
        List<Fact> out = new ArrayList<>();
        for (List<String> k : keys) {
            out.add(new Fact(k, List.copyOf(support.getOrDefault(k, Set.of()))));
        }
        return out;
    }

    /** Knower facts, the secret named by its gold statement ({@code #N about}) or the unmatched {@code ?about}. */
    private static List<Fact> knowFacts(Set<List<String>> keys, Map<List<String>, Set<Support>> support,
                                        List<String> goldAbout) {
        Map<List<String>, List<String>> shown = new LinkedHashMap<>();
        for (List<String> k : keys) {
            String secret = k.get(1);
            if (!secret.startsWith("?")) {
                int n = Integer.parseInt(secret);
                secret = "#" + (n + 1) + " " + goldAbout.get(n);
            }
            shown.put(List.of("(knows)", k.get(0), secret), k);
        }
        List<Fact> out = new ArrayList<>();
        for (List<String> d : sorted(shown.keySet())) {
            out.add(new Fact(d, List.copyOf(support.getOrDefault(shown.get(d), Set.of()))));
        }
        return out;
    }

    private static Set<List<String>> filter(Set<List<String>> in, java.util.function.Predicate<List<String>> p) {
        Set<List<String>> out = new HashSet<>();
        for (List<String> k : in) {
            if (p.test(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static int intersect(Set<List<String>> a, Set<List<String>> b) {
        int n = 0;
        for (List<String> k : a) {
            if (b.contains(k)) {
                n++;
            }
        }
        return n;
    }

    /** In Python's order of tuples of strings: element by element, by code point. */
    private static List<List<String>> sorted(Set<List<String>> in) {
        List<List<String>> out = new ArrayList<>(in);
        out.sort((x, y) -> {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compareCodePoints(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        });
        return out;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

}
