package charactergraph.loader.rules;

import charactergraph.model.KnowledgeSource;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Every rule file, table and lexicon the extraction stages read, loaded and validated at once, from the class path
 * ({@code rules/} in the loader's resources) or from a folder laid out the same way. A file that cannot be used stops
 * the loader here with a {@link RuleFileException} naming the file, the line and what to fix.
 *
 * <ul>
 *   <li>{@code relations/NN-type.rules}: relation rules, one file per relation type, run in the order of the numbers
 *       ({@link RelationRule});</li>
 *   <li>{@code kinship.tsv}, {@code disclosure.tsv}, {@code hidden_things.tsv}, {@code when_cues.txt}: tables;</li>
 *   <li>{@code lexicon/*.txt}: word lists, {@code @NAME} in patterns, {@link #lexicon(String)} in code;</li>
 *   <li>{@code parameters.txt}: windows and confidences ({@link Parameters});</li>
 *   <li>the stage-specific files ({@code casting.txt}, {@code people.txt}, {@code headings.txt}, ...), given to their
 *       stages as lines ({@link #lines(String)}).</li>
 * </ul>
 */
public final class RuleCatalog {
    static final String RELATIONS_FOLDER = "relations";
    static final String KINSHIP_FILE = "kinship.tsv";
    static final String DISCLOSURE_FILE = "disclosure.tsv";
    static final String HIDDEN_THINGS_FILE = "hidden_things.tsv";
    static final String WHEN_CUES_FILE = "when_cues.txt";
    static final String PARAMETERS_FILE = "parameters.txt";
    static final String LEXICON_FOLDER = "lexicon";
    private static final Pattern MACRO = Pattern.compile("@([A-Z][A-Z0-9_]*)");
    private static volatile RuleCatalog builtIn;

    private final RuleSource source;
    private final Map<String, List<String>> lexicons = new LinkedHashMap<>();
    private final Map<String, KinshipEntry> kinship = new LinkedHashMap<>();
    private final Map<String, Disclosure> disclosures = new LinkedHashMap<>();
    private final Map<String, Optional<SecretKind>> hiddenThings = new LinkedHashMap<>();
    private final List<Pattern> whenCues = new ArrayList<>();
    private final List<RelationRule> relationRules = new ArrayList<>();
    private final Parameters parameters;

    private RuleCatalog(RuleSource source, String extraRules) {
        this.source = source;
        for (String file : source.list(LEXICON_FOLDER, ".txt")) {
            String name = file.substring(0, file.length() - ".txt".length()).toUpperCase(Locale.ROOT);
            lexicons.put(name, readLexicon(LEXICON_FOLDER + "/" + file));
        }
        readKinship();
        lexicons.put("KIN_NOUNS", List.copyOf(kinship.keySet()));
        readDisclosures();
        readHiddenThings();
        readWhenCues();
        parameters = new Parameters(source.describe(PARAMETERS_FILE), source.lines(PARAMETERS_FILE));
        RelationRules parser = new RelationRules(this);
        Set<String> ids = new LinkedHashSet<>();
        List<String> files = source.list(RELATIONS_FOLDER, ".rules");
        if (files.isEmpty() && extraRules == null) {
            throw new RuleFileException(source.describe(RELATIONS_FOLDER), 0, "no relation rule files (*.rules)");
        }
        for (String file : files) {
            String relative = RELATIONS_FOLDER + "/" + file;
            add(parser.parse(source.lines(relative), source.describe(relative), typeOfFile(file)), ids);
        }
        if (extraRules != null) {
            add(parser.parse(inline(extraRules), "(inline rules)", null), ids);
        }
    }

    private void add(List<RelationRule> rules, Set<String> ids) {
        for (RelationRule r : rules) {
            if (!ids.add(r.id())) {
                throw r.error("rule id [" + r.id() + "] is used in two files");
            }
            relationRules.add(r);
        }
    }

    /**
     * "10-killed.rules" holds KILLED rules (a rule may still name another type); a file of other names, none. The
     * number orders the files: rules run in file order, then in their order in the file, and a rule may read what the
     * rules before it found in the same sentence (the culprit of a cover-up).
     */
    private static RelationType typeOfFile(String file) {
        String base = file.substring(0, file.length() - ".rules".length()).replaceFirst("^\\d+-", "");
        return RelationType.parse(base.replace('-', '_')).orElse(null);
    }

    private static List<RuleLine> inline(String text) {
        return linesOf("(inline rules)", text);
    }

    /** The blocks of a text in the rule-block format (for tests and tools that check one file). */
    public static List<RuleBlock> blocksOf(String file, String text, Set<String> keys) {
        return RuleBlock.parse(linesOf(file, text), file, keys);
    }

    /** The meaningful lines of a text in a rule file's format (for tests and tools that check one file). */
    public static List<RuleLine> linesOf(String file, String text) {
        return RuleSource.lines(file, text);
    }

    /** The rules shipped in the loader's resources, loaded once per JVM. */
    public static RuleCatalog builtIn() {
        RuleCatalog c = builtIn;
        if (c == null) {
            synchronized (RuleCatalog.class) {
                c = builtIn;
                if (c == null) {
                    c = new RuleCatalog(RuleSource.classPath(), null);
                    builtIn = c;
                }
            }
        }
        return c;
    }

    /** Rules from a folder laid out like the built-in {@code rules/}. */
    public static RuleCatalog fromDirectory(Path dir) {
        return new RuleCatalog(RuleSource.folder(dir), null);
    }

    /**
     * The built-in rules with some more relation rules written inline (for tests and tools), in the format of
     * {@code relations/*.rules}.
     */
    public static RuleCatalog withRelationRules(String rules) {
        return new RuleCatalog(RuleSource.classPath(), rules);
    }

    /** Only the relation rules written inline, on the built-in tables and lexicons (for tests of the rule format). */
    public static RuleCatalog onlyRelationRules(String rules) {
        RuleCatalog c = new RuleCatalog(RuleSource.classPath(), rules);
        c.relationRules.removeIf(r -> !r.block().file().equals("(inline rules)"));
        return c;
    }

    public List<RelationRule> relationRules() {
        return Collections.unmodifiableList(relationRules);
    }

    public RelationRule relationRule(String id) {
        for (RelationRule r : relationRules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    public Map<String, KinshipEntry> kinship() {
        return Collections.unmodifiableMap(kinship);
    }

    /** Disclosure verbs by lemma (with " particle" for phrasal ones: "find out"). */
    public Map<String, Disclosure> disclosures() {
        return Collections.unmodifiableMap(disclosures);
    }

    /** Nouns for concealed facts and the kind of secret each names (empty: the secrets the sentence states). */
    public Map<String, Optional<SecretKind>> hiddenThings() {
        return Collections.unmodifiableMap(hiddenThings);
    }

    /** Regular expressions for time cues recorded with knowledge ("in the finale"). */
    public List<Pattern> whenCues() {
        return Collections.unmodifiableList(whenCues);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The words of {@code lexicon/name.txt}, lower case; a lexicon that does not exist is an error. */
    public Set<String> lexicon(String name) {
        return new LinkedHashSet<>(lexiconWords(name.toUpperCase(Locale.ROOT), "(code)"));
    }

    /**
     * The blocks of a file in the rule-block format ({@code [id]} then {@code key: value} lines), for a stage that
     * keeps its own kind of rule in it; keys outside {@code keys} are refused with the file and line.
     */
    public List<RuleBlock> blocks(String relative, Set<String> keys) {
        return RuleBlock.parse(source.lines(relative), source.describe(relative), keys);
    }

    /** The meaningful lines of a data file under the rules folder, for a stage that reads its own format. */
    public List<RuleLine> lines(String relative) {
        return source.lines(relative);
    }

    public String describe(String relative) {
        return source.describe(relative);
    }

    /**
     * The verbs whose "-s" form the tagger misreads as a plural noun after a name ("Okafor arrests Daniel"), which the
     * parser retags before parsing: {@code lexicon/verbs_after_names.txt}, the relation verb lexicons and the
     * disclosure verbs.
     */
    public Set<String> verbsAfterNames() {
        Set<String> verbs = new LinkedHashSet<>();
        for (String lexicon : List.of("verbs_after_names", "kill_verbs", "kidnap_verbs", "injure_verbs", "body_injure_verbs",
                "rescue_verbs", "hide_verbs", "help_verbs", "push_verbs", "take_verbs", "tell_verbs", "hedge_verbs")) {
            verbs.addAll(lexicon(lexicon));
        }
        for (Disclosure d : disclosures.values()) {
            verbs.add(d.lemma());
        }
        return verbs;
    }

    /**
     * A pattern with every {@code @NAME} replaced by the words of {@code lexicon/name.txt} joined with '|' (for use
     * inside /.../); a missing lexicon, or an entry a pattern cannot hold, is an error about the block's {@code key}.
     */
    public String expandLexicons(String pattern, RuleBlock b, String key) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> words = lexicons.get(m.group(1));
            if (words == null) {
                throw b.error(key, "uses @" + m.group(1) + " but there is no lexicon lexicon/" + m.group(1).toLowerCase(Locale.ROOT) + ".txt");
            }
            for (String w : words) {
                if (!w.matches("[a-z0-9' .-]+")) {
                    throw b.error(key, "lexicon @" + m.group(1) + " has the entry '" + w
                            + "'; entries may only hold letters, digits, spaces, apostrophes, dots and hyphens");
                }
            }
            String alternation = String.join("|", words.stream().map(w -> w.replace(".", "\\.")).toList());
            m.appendReplacement(out, Matcher.quoteReplacement(alternation));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The same for a pattern of a rule file of the {@code pattern:} key. */
    public String expandLexicons(String pattern, RuleBlock b) {
        return expandLexicons(pattern, b, "pattern");
    }

    List<String> lexiconWords(String macro, String where) {
        List<String> words = lexicons.get(macro);
        if (words == null) {
            String file = LEXICON_FOLDER + "/" + macro.toLowerCase(Locale.ROOT) + ".txt";
            throw new RuleFileException(where, 0, "uses @" + macro + " but there is no lexicon " + source.describe(file));
        }
        return words;
    }

    private List<String> readLexicon(String relative) {
        List<String> words = new ArrayList<>();
        for (RuleLine l : source.lines(relative)) {
            words.add(l.text().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            throw new RuleFileException(source.describe(relative), 0, "the lexicon has no words");
        }
        return List.copyOf(words);
    }

    private void readKinship() {
        for (RuleLine l : source.lines(KINSHIP_FILE)) {
            String[] cols = l.columns();
            if (cols.length != 4) {
                throw l.error("expected 4 tab-separated columns (noun, type, direction, role), got " + cols.length);
            }
            RelationType type = RelationType.parse(cols[1]).orElseThrow(() -> l.error("unknown relation type '" + cols[1] + "'"));
            boolean alterToEgo;
            if (cols[2].equals("alter->ego")) {
                alterToEgo = true;
            } else if (cols[2].equals("ego->alter")) {
                alterToEgo = false;
            } else {
                throw l.error("direction must be alter->ego or ego->alter, was '" + cols[2] + "'");
            }
            String role = cols[3];
            if (!Set.of("parent", "child", "-").contains(role)) {
                throw l.error("role must be parent, child or -, was '" + role + "'");
            }
            String noun = cols[0].toLowerCase(Locale.ROOT);
            kinship.put(noun, new KinshipEntry(noun, type, alterToEgo, role.equals("-") ? null : role));
        }
    }

    private void readDisclosures() {
        for (RuleLine l : source.lines(DISCLOSURE_FILE)) {
            String[] c = l.columns();
            if (c.length != 4) {
                throw l.error("expected 4 tab-separated columns (verb, particle, subject, listener)");
            }
            try {
                KnowledgeSource listener = c[3].equals("-") ? null : KnowledgeSource.valueOf(c[3]);
                String particle = c[1].equals("-") ? null : c[1].toLowerCase(Locale.ROOT);
                String verb = c[0].toLowerCase(Locale.ROOT);
                disclosures.put(verb + (particle == null ? "" : " " + particle),
                        new Disclosure(verb, particle, KnowledgeSource.valueOf(c[2]), listener));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown knowledge source (use TOOK_PART, CONFESSED, TOLD, DISCOVERED, DEDUCED)");
            }
        }
    }

    private void readHiddenThings() {
        for (RuleLine l : source.lines(HIDDEN_THINGS_FILE)) {
            String[] c = l.columns();
            if (c.length != 2) {
                throw l.error("expected 2 tab-separated columns (noun, secret kind or *)");
            }
            try {
                hiddenThings.put(c[0].toLowerCase(Locale.ROOT), c[1].equals("*") ? Optional.empty() : Optional.of(SecretKind.valueOf(c[1])));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown secret kind '" + c[1] + "'");
            }
        }
    }

    private void readWhenCues() {
        for (RuleLine l : source.lines(WHEN_CUES_FILE)) {
            try {
                whenCues.add(Pattern.compile(l.text(), Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw l.error("bad regular expression (" + e.getDescription() + ")");
            }
        }
    }
}
