package charactergraph.loader.relate;

import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relation rules, lexicons and kinship nouns, read from the rule files under {@code rules/} (on the class path,
 * or in a folder a user points at). Everything is validated when loaded: an unknown key, a bad relation type, a
 * Semgrex pattern that does not compile, an unquoted relation name with ':' or a missing lexicon gives a
 * {@link RuleFileException} that names the file, the rule and what to fix.
 */
public final class RuleSet {
    public static final String RELATIONS_FILE = "relations.rules";
    public static final String KINSHIP_FILE = "kinship.tsv";

    private static final Set<String> KEYS = Set.of("type", "pattern", "surface", "from", "to", "confidence", "status",
            "polarity", "negation", "secret", "requires", "kind", "secret-role");
    private static final Pattern MACRO = Pattern.compile("@([A-Z][A-Z0-9_]*)");
    /** A relation name with ':' that is not inside /.../, e.g. {@code >nmod:poss}: Semgrex reads it wrongly. */
    private static final Pattern BARE_COLON_RELATION = Pattern.compile("[<>]\\s*([a-z]+:[a-z_]+)");
    private static volatile RuleSet builtIn;

    private final Map<String, List<String>> lexicons = new LinkedHashMap<>();
    private final Map<String, KinshipEntry> kinship = new LinkedHashMap<>();
    private final List<RelationRule> rules = new ArrayList<>();
    private final Source source;

    /** Where the files come from: the class path or a folder. */
    private interface Source {
        String read(String relative) throws IOException;

        String describe(String relative);
    }

    private RuleSet(Source source) {
        this.source = source;
    }

    /** The rules shipped in the loader's resources, loaded once. */
    public static RuleSet builtIn() {
        RuleSet r = builtIn;
        if (r == null) {
            synchronized (RuleSet.class) {
                r = builtIn;
                if (r == null) {
                    r = load(new Source() {
                        @Override
                        public String read(String relative) throws IOException {
                            try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream("rules/" + relative)) {
                                if (in == null) {
                                    throw new java.io.FileNotFoundException(describe(relative));
                                }
                                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                            }
                        }

                        @Override
                        public String describe(String relative) {
                            return "classpath:rules/" + relative;
                        }
                    });
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /** Rules from a folder laid out like the built-in {@code rules/} (relations.rules, kinship.tsv, lexicon/). */
    public static RuleSet fromDirectory(Path dir) {
        return load(new Source() {
            @Override
            public String read(String relative) throws IOException {
                return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
            }

            @Override
            public String describe(String relative) {
                return dir.resolve(relative).toString();
            }
        });
    }

    /** Parses rule text (for tests and tools); lexicons and kinship nouns still come from the built-in files. */
    public static RuleSet fromText(String relationsText) {
        RuleSet base = builtIn();
        RuleSet r = new RuleSet(base.source);
        r.kinship.putAll(base.kinship);
        r.lexicons.putAll(base.lexicons);
        r.parseRules(relationsText, "(inline rules)");
        return r;
    }

    private static RuleSet load(Source source) {
        RuleSet r = new RuleSet(source);
        r.parseKinship();
        r.parseRules(r.readFile(RELATIONS_FILE), source.describe(RELATIONS_FILE));
        return r;
    }

    public List<RelationRule> rules() {
        return List.copyOf(rules);
    }

    public Map<String, KinshipEntry> kinship() {
        return Map.copyOf(kinship);
    }

    /** The words of a lexicon ({@code lexicon/name.txt}), lower case; loads it on first use. */
    public Set<String> lexicon(String name) {
        return new LinkedHashSet<>(lexiconWords(name.toUpperCase(Locale.ROOT), "(code)"));
    }

    /** A file under the rules folder (for the other stages' tables: disclosure verbs, time cues). */
    public String readText(String relative) {
        return readFile(relative);
    }

    public String describe(String relative) {
        return source.describe(relative);
    }

    public RelationRule rule(String id) {
        return rules.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }

    private String readFile(String relative) {
        try {
            return source.read(relative);
        } catch (IOException e) {
            throw new RuleFileException("cannot read rule file " + source.describe(relative) + ": " + e.getMessage());
        }
    }

    private List<String> lexiconWords(String macro, String where) {
        List<String> words = lexicons.get(macro);
        if (words != null) {
            return words;
        }
        if (macro.equals("KIN_NOUNS")) {
            words = List.copyOf(kinship.keySet());
        } else {
            String file = "lexicon/" + macro.toLowerCase(Locale.ROOT) + ".txt";
            String text;
            try {
                text = source.read(file);
            } catch (IOException e) {
                throw new RuleFileException(where + " uses @" + macro + " but the lexicon " + source.describe(file)
                        + " cannot be read (" + e.getMessage() + ")");
            }
            words = new ArrayList<>();
            for (String line : text.split("\\R")) {
                String w = line.strip();
                if (w.isEmpty() || w.startsWith("#")) {
                    continue;
                }
                words.add(w.toLowerCase(Locale.ROOT));
            }
            if (words.isEmpty()) {
                throw new RuleFileException("lexicon " + source.describe(file) + " has no words");
            }
            words = List.copyOf(words);
        }
        lexicons.put(macro, words);
        return words;
    }

    private void parseKinship() {
        String text = readFile(KINSHIP_FILE);
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\\t+");
            String where = source.describe(KINSHIP_FILE) + " line " + lineNo;
            if (cols.length != 4) {
                throw new RuleFileException(where + ": expected 4 tab-separated columns (noun, type, direction, role), got "
                        + cols.length);
            }
            RelationType type = RelationType.parse(cols[1]).orElseThrow(
                    () -> new RuleFileException(where + ": unknown relation type '" + cols[1] + "'"));
            boolean alterToEgo;
            if (cols[2].equals("alter->ego")) {
                alterToEgo = true;
            } else if (cols[2].equals("ego->alter")) {
                alterToEgo = false;
            } else {
                throw new RuleFileException(where + ": direction must be alter->ego or ego->alter, was '" + cols[2] + "'");
            }
            String role = cols[3];
            if (!Set.of("parent", "child", "-").contains(role)) {
                throw new RuleFileException(where + ": role must be parent, child or -, was '" + role + "'");
            }
            kinship.put(cols[0].toLowerCase(Locale.ROOT), new KinshipEntry(cols[0].toLowerCase(Locale.ROOT), type,
                    alterToEgo, role.equals("-") ? null : role));
        }
    }

    private void parseRules(String text, String file) {
        Map<String, String> block = null;
        String id = null;
        int blockLine = 0;
        int lineNo = 0;
        Set<String> ids = new LinkedHashSet<>(rules.stream().map(RelationRule::id).toList());
        for (String raw : (text + "\n[]").split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (id != null) {
                    RelationRule rule = build(id, block, file + " rule [" + id + "] (line " + blockLine + ")");
                    if (!ids.add(id)) {
                        throw new RuleFileException(file + ": rule id [" + id + "] is used twice");
                    }
                    rules.add(rule);
                }
                id = line.substring(1, line.length() - 1).strip();
                if (lineNo > 0 && id.isEmpty() && !raw.equals("[]")) {
                    throw new RuleFileException(file + " line " + lineNo + ": empty rule id");
                }
                if (id.chars().anyMatch(Character::isWhitespace)) {
                    // the id is stored as the last word of each evidence entry in the graph (EvidenceColumns)
                    throw new RuleFileException(file + " line " + lineNo + ": rule id [" + id
                            + "] has a space; use letters, digits, '-' or '.'");
                }
                block = new LinkedHashMap<>();
                blockLine = lineNo;
                if (id.isEmpty()) {
                    id = null;
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (block == null || colon < 0) {
                throw new RuleFileException(file + " line " + lineNo + ": expected '[rule-id]' or 'key: value', got '"
                        + line + "'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new RuleFileException(file + " line " + lineNo + ": unknown key '" + key + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            }
            block.put(key, line.substring(colon + 1).strip());
        }
    }

    private RelationRule build(String id, Map<String, String> b, String where) {
        String kindText = b.getOrDefault("kind", "relation");
        RelationRule.Kind kind = switch (kindText) {
            case "relation" -> RelationRule.Kind.RELATION;
            case "kinship" -> RelationRule.Kind.KINSHIP;
            case "principal-marker" -> RelationRule.Kind.PRINCIPAL_MARKER;
            default -> throw new RuleFileException(where + ": kind must be relation, kinship or principal-marker, was '"
                    + kindText + "'");
        };
        RelationType type = null;
        if (kind == RelationRule.Kind.RELATION) {
            String t = require(b, "type", where);
            type = RelationType.parse(t).orElseThrow(() -> new RuleFileException(where + ": unknown relation type '" + t
                    + "'"));
        }
        SemgrexPattern semgrex = null;
        TokenSequencePattern surface = null;
        String patternText = b.get("pattern");
        String surfaceText = b.get("surface");
        if ((patternText == null) == (surfaceText == null)) {
            throw new RuleFileException(where + ": give exactly one of 'pattern' (Semgrex) or 'surface' (TokensRegex)");
        }
        Set<String> names = new LinkedHashSet<>();
        if (patternText != null) {
            Matcher bare = BARE_COLON_RELATION.matcher(patternText);
            if (bare.find()) {
                throw new RuleFileException(where + ": Semgrex relation names with ':' must be written as regexes: write >/"
                        + bare.group(1) + "/ instead of >" + bare.group(1));
            }
            String expanded = expand(patternText, where);
            try {
                semgrex = SemgrexPattern.compile(expanded);
            } catch (RuntimeException e) {
                throw new RuleFileException(where + ": the Semgrex pattern does not compile: " + firstLine(e));
            }
            Matcher m = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)").matcher(patternText);
            while (m.find()) {
                names.add(m.group(1));
            }
        } else {
            String expanded = expand(surfaceText, where);
            try {
                surface = TokenSequencePattern.compile(expanded);
            } catch (RuntimeException e) {
                throw new RuleFileException(where + ": the TokensRegex pattern does not compile: " + firstLine(e));
            }
            Matcher m = Pattern.compile("\\(\\?\\$([A-Za-z][A-Za-z0-9_]*)").matcher(surfaceText);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        String from = b.get("from");
        String to = b.get("to");
        if (kind == RelationRule.Kind.RELATION) {
            from = require(b, "from", where);
            to = require(b, "to", where);
            checkRole(from, names, where, "from");
            checkRole(to, names, where, "to");
        } else if (kind == RelationRule.Kind.KINSHIP) {
            if (!names.contains("kin") || !names.contains("ego")) {
                throw new RuleFileException(where + ": a kinship pattern must name the nodes =kin and =ego");
            }
        } else if (!names.contains("principal")) {
            throw new RuleFileException(where + ": a principal-marker pattern must capture (?$principal ...)");
        }
        double confidence = 0.85;
        if (b.containsKey("confidence")) {
            try {
                confidence = Double.parseDouble(b.get("confidence"));
            } catch (NumberFormatException e) {
                throw new RuleFileException(where + ": confidence must be a number, was '" + b.get("confidence") + "'");
            }
            if (confidence <= 0 || confidence > 1) {
                throw new RuleFileException(where + ": confidence must be within (0, 1], was " + confidence);
            }
        }
        charactergraph.model.FactStatus status = charactergraph.model.FactStatus.STATED;
        if (b.containsKey("status")) {
            String s = b.get("status").toUpperCase(Locale.ROOT);
            if (!s.equals("STATED") && !s.equals("IMPLIED")) {
                throw new RuleFileException(where + ": status must be STATED or IMPLIED, was '" + b.get("status") + "'");
            }
            status = charactergraph.model.FactStatus.valueOf(s);
        }
        RelationRule.Polarity polarity = switch (b.getOrDefault("polarity", "affirmative")) {
            case "affirmative" -> RelationRule.Polarity.AFFIRMATIVE;
            case "negated" -> RelationRule.Polarity.NEGATED;
            case "any" -> RelationRule.Polarity.ANY;
            default -> throw new RuleFileException(where + ": polarity must be affirmative, negated or any, was '"
                    + b.get("polarity") + "'");
        };
        String negation = b.getOrDefault("negation", names.contains("verb") ? "verb" : null);
        if (negation != null && !names.contains(negation)) {
            throw new RuleFileException(where + ": negation names node '" + negation + "' that the pattern does not name");
        }
        if (polarity != RelationRule.Polarity.ANY && negation == null && semgrex != null) {
            throw new RuleFileException(where + ": name the verb node (=verb) or say which node carries negation "
                    + "(negation: name), or set polarity: any");
        }
        SecretKind secret = null;
        if (b.containsKey("secret")) {
            try {
                secret = SecretKind.valueOf(b.get("secret").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(where + ": unknown secret kind '" + b.get("secret") + "'");
            }
        }
        String requires = b.get("requires");
        if (requires != null && !requires.equals("patient-dies") && !requires.equals("patient-lives")) {
            throw new RuleFileException(where + ": requires must be patient-dies or patient-lives, was '" + requires + "'");
        }
        String secretRole = b.get("secret-role");
        if (secretRole != null && !secretRole.equals("scapegoat") && !secretRole.equals("child-taker")) {
            throw new RuleFileException(where + ": secret-role must be scapegoat or child-taker, was '" + secretRole + "'");
        }
        return new RelationRule(id, kind, type, semgrex, surface, from, to, confidence, status, polarity, negation, secret,
                "patient-dies".equals(requires), secretRole, "patient-lives".equals(requires));
    }

    private static void checkRole(String role, Set<String> names, String where, String key) {
        String node = role;
        Matcher fn = Pattern.compile("(?:victim|owner)\\((\\w+)\\)").matcher(role);
        if (fn.matches()) {
            node = fn.group(1);
        } else if (role.equals("principal") || role.equals("culprit") || role.equals("latest-culprit")
                || role.equals("answer") || role.equals("seizer")) {
            return;
        }
        if (!names.contains(node)) {
            throw new RuleFileException(where + ": " + key + " refers to node '" + node + "', which the pattern does not name"
                    + " (named: " + names + ")");
        }
    }

    private String expand(String pattern, String where) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> words = lexiconWords(m.group(1), where);
            for (String w : words) {
                if (!w.matches("[a-z0-9' .-]+")) {
                    throw new RuleFileException(where + ": lexicon @" + m.group(1) + " has the entry '" + w
                            + "'; entries may only hold letters, digits, spaces, apostrophes, dots and hyphens");
                }
            }
            String alternation = String.join("|", words.stream().map(w -> w.replace(".", "\\.")).toList());
            m.appendReplacement(out, Matcher.quoteReplacement(alternation));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String require(Map<String, String> b, String key, String where) {
        String v = b.get(key);
        if (v == null || v.isBlank()) {
            throw new RuleFileException(where + ": missing '" + key + ":'");
        }
        return v;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A kinship noun: what relation "her X Y" states, and in which direction. */
    public record KinshipEntry(String noun, RelationType type, boolean alterToEgo, String parentageRole) {
    }
}
