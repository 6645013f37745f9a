package charactergraph.loader.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /** The whole report. */
    public record Report(String doc, Prf characters, int duplicates, Prf actors, Prf relationsCore, Prf relationsAll,
                         Map<String, Prf> relationsByType, Prf knows, List<String> unscoredTypes,
                         List<List<String>> missed, List<List<String>> spurious) {
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
                sb.append(String.format(Locale.ROOT, "  %-20s P=%.2f R=%.2f F1=%.2f%n", e.getKey(), m.precision(),
                        m.recall(), m.f1()));
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
            sb.append(String.format(Locale.ROOT, "%-16s P=%.2f R=%.2f F1=%.2f  (tp %d, system %d, gold %d)%n", name,
                    m.precision(), m.recall(), m.f1(), m.tp(), m.system(), m.gold()));
        }
    }

    private ExtractionScorer() {
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
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
        for (JsonNode x : iter(gold.get("relations"))) {
            gRel.add(relKey(text(x, "type"), text(x, "from"), text(x, "to")));
        }
        Set<List<String>> sRel = new HashSet<>();
        Set<String> unscored = new TreeSet<>();
        for (JsonNode x : iter(system.get("relations"))) {
            String t = text(x, "type");
            if (!SCORED.contains(t)) {
                unscored.add(String.valueOf(t));
                continue;
            }
            String a = res.resolve(text(x, "from"), index);
            String b = res.resolve(text(x, "to"), index);
            sRel.add(relKey(t, a != null ? a : "?" + text(x, "from"), b != null ? b : "?" + text(x, "to")));
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
        Set<List<String>> gKnow = new HashSet<>();
        int gi = 0;
        for (JsonNode s : iter(gold.get("secrets"))) {
            Set<String> subj = new HashSet<>();
            iter(s.get("subject")).forEach(n -> subj.add(n.asText()));
            goldSecrets.add(subj);
            for (JsonNode k : iter(s.get("known_by"))) {
                gKnow.add(List.of(k.asText(), String.valueOf(gi)));
            }
            gi++;
        }
        Set<List<String>> sKnow = new HashSet<>();
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
                sKnow.add(List.of(r != null ? r : "?" + k.asText(), idx));
            }
        }
        Prf knows = Prf.of(intersect(gKnow, sKnow), sKnow.size(), gKnow.size());
        return new Report(text(gold, "doc"), chars, duplicates, actors, relCore, relAll, perType, knows,
                List.copyOf(unscored), missed, spurious);
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

    private static List<List<String>> sorted(Set<List<String>> in) {
        List<List<String>> out = new ArrayList<>(in);
        out.sort((x, y) -> String.join("\u0000", x).compareTo(String.join("\u0000", y)));
        return out;
    }

}
