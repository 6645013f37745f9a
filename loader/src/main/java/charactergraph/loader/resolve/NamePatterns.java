package charactergraph.loader.resolve;

import charactergraph.loader.rules.RuleLine;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.TokenPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of TokensRegex rules read from a rule file ({@code rules/casting.txt}, {@code rules/identities.txt}):
 * macros ({@code $NAME = ...}) and rules ({@code id = pattern}) whose named groups say what the matched tokens are.
 * Every rule is compiled when the file is read, so a broken rule fails at start with its file and line.
 */
public final class NamePatterns {
    /** A compiled rule. */
    public record Rule(String id, TokenPattern pattern, List<String> groups) {
    }

    /** One match of a rule in one sentence: group name (without "$") to token range [start, end), 0-based. */
    public record Match(String rule, int sentence, int start, int end, Map<String, int[]> groups) {
        public boolean has(String group) {
            return groups.containsKey(group);
        }
    }

    private static final Pattern MACRO_DEF = Pattern.compile("^(\\$[A-Z][A-Z0-9_]*)\\s*=\\s*(.+)$");
    private static final Pattern RULE_DEF = Pattern.compile("^([a-z][a-z0-9\\-]*)\\s*=\\s*(.+)$");
    private static final Pattern GROUP = Pattern.compile("\\(\\?\\$([a-z]+)");

    private final List<Rule> rules = new ArrayList<>();

    /** @param lines the lines of one rule file ({@code casting.txt}, {@code identities.txt}) */
    public NamePatterns(List<RuleLine> lines) {
        Map<String, String> macros = new LinkedHashMap<>();
        for (RuleLine line : lines) {
            Matcher md = MACRO_DEF.matcher(line.text());
            Matcher rd = RULE_DEF.matcher(line.text());
            if (md.matches()) {
                macros.put(md.group(1), expand(md.group(2), macros));
            } else if (rd.matches()) {
                String body = expand(rd.group(2), macros);
                List<String> groups = new ArrayList<>();
                Matcher g = GROUP.matcher(body);
                while (g.find()) {
                    groups.add(g.group(1));
                }
                try {
                    rules.add(new Rule(rd.group(1), TokenPattern.compile(body), List.copyOf(groups)));
                } catch (IllegalArgumentException e) {
                    throw line.error("bad TokensRegex pattern (" + e.getMessage() + ")");
                }
            } else {
                throw line.error("expected '$MACRO = pattern' or 'rule-id = pattern'");
            }
        }
    }

    private static String expand(String text, Map<String, String> macros) {
        String out = text;
        // longest macro names first, so that $NAME never eats the start of $NAMES
        List<String> names = new ArrayList<>(macros.keySet());
        names.sort((a, b) -> b.length() - a.length());
        for (String name : names) {
            out = out.replaceAll(Pattern.quote(name) + "(?![A-Za-z0-9_])", Matcher.quoteReplacement(macros.get(name)));
        }
        return out;
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** All matches of all rules in one sentence. */
    public List<Match> find(Sentence sentence) {
        List<Match> out = new ArrayList<>();
        for (Rule rule : rules) {
            TokenPattern.Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                Map<String, int[]> groups = new LinkedHashMap<>();
                for (String g : rule.groups()) {
                    int s = m.start("$" + g);
                    int e = m.end("$" + g);
                    if (s >= 0 && e > s) {
                        groups.put(g, new int[]{s, e});
                    }
                }
                out.add(new Match(rule.id(), sentence.index(), m.start(), m.end(), groups));
            }
        }
        return out;
    }
}
