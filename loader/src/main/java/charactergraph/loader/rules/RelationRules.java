package charactergraph.loader.rules;

import charactergraph.loader.nlp.DependencyPattern;
import charactergraph.loader.nlp.TokenPattern;
import charactergraph.model.FactStatus;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the blocks of a relation rule file into validated {@link RelationRule}s. */
final class RelationRules {
    static final Set<String> KEYS = Set.of("type", "pattern", "surface", "from", "to", "confidence", "status",
            "polarity", "negation", "secret", "requires", "kind", "secret-role", "example", "counter");
    /** A relation name with ':' that is not inside /.../, e.g. {@code >nmod:poss}: Semgrex reads it wrongly. */
    private static final Pattern BARE_COLON_RELATION = Pattern.compile("[<>]\\s*([a-z]+:[a-z_]+)");
    /** A role written as a resolver reading a node: {@code victim(verb)}. */
    static final Pattern ROLE_FUNCTION = Pattern.compile("([a-z][a-z-]*)\\((\\w+)\\)");
    private static final Pattern SEMGREX_NAME = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern SURFACE_NAME = Pattern.compile("\\(\\?\\$([A-Za-z][A-Za-z0-9_]*)");

    private final RuleCatalog catalog;

    RelationRules(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param fileType the type a rule of this file has when it names none (null: every rule must name one) */
    List<RelationRule> parse(List<RuleLine> lines, String file, RelationType fileType) {
        List<RelationRule> out = new ArrayList<>();
        for (RuleBlock b : RuleBlock.parse(lines, file, KEYS)) {
            out.add(build(b, fileType));
        }
        return out;
    }

    private RelationRule build(RuleBlock b, RelationType fileType) {
        String kindText = b.get("kind", "relation");
        RelationRule.Kind kind = switch (kindText) {
            case "relation" -> RelationRule.Kind.RELATION;
            case "kinship" -> RelationRule.Kind.KINSHIP;
            case "principal-marker" -> RelationRule.Kind.PRINCIPAL_MARKER;
            default -> throw b.error("kind", "kind must be relation, kinship or principal-marker, was '" + kindText + "'");
        };
        RelationType type = null;
        if (kind == RelationRule.Kind.RELATION) {
            String t = b.get("type");
            if (t == null && fileType == null) {
                throw b.error("missing 'type:' (only a file named after a type, like killed.rules, gives one)");
            }
            type = t == null ? fileType : RelationType.parse(t).orElseThrow(() -> b.error("type", "unknown relation type '" + t + "'"));
        }
        DependencyPattern semgrex = null;
        TokenPattern surface = null;
        String patternText = b.get("pattern");
        String surfaceText = b.get("surface");
        if ((patternText == null) == (surfaceText == null)) {
            throw b.error("give exactly one of 'pattern' (Semgrex) or 'surface' (TokensRegex)");
        }
        Set<String> names = new LinkedHashSet<>();
        if (patternText != null) {
            Matcher bare = BARE_COLON_RELATION.matcher(patternText);
            if (bare.find()) {
                throw b.error("pattern", "Semgrex relation names with ':' must be written as regexes: write >/"
                        + bare.group(1) + "/ instead of >" + bare.group(1));
            }
            String expanded = expand(patternText, b, "pattern");
            try {
                semgrex = DependencyPattern.compile(expanded);
            } catch (IllegalArgumentException e) {
                throw b.error("pattern", "the Semgrex pattern does not compile: " + e.getMessage());
            }
            Matcher m = SEMGREX_NAME.matcher(patternText);
            while (m.find()) {
                names.add(m.group(1));
            }
        } else {
            String expanded = expand(surfaceText, b, "surface");
            try {
                surface = TokenPattern.compile(expanded);
            } catch (IllegalArgumentException e) {
                throw b.error("surface", "the TokensRegex pattern does not compile: " + e.getMessage());
            }
            Matcher m = SURFACE_NAME.matcher(surfaceText);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        String from = b.get("from");
        String to = b.get("to");
        if (kind == RelationRule.Kind.RELATION) {
            from = b.require("from");
            to = b.require("to");
            checkRole(from, names, b, "from");
            checkRole(to, names, b, "to");
        } else if (kind == RelationRule.Kind.KINSHIP) {
            if (!names.contains("kin") || !names.contains("ego")) {
                throw b.error("a kinship pattern must name the nodes =kin and =ego");
            }
        } else if (!names.contains("principal")) {
            throw b.error("a principal-marker pattern must capture (?$principal ...)");
        }
        double confidence = 0.85;
        if (b.has("confidence")) {
            try {
                confidence = Double.parseDouble(b.get("confidence"));
            } catch (NumberFormatException e) {
                throw b.error("confidence", "confidence must be a number, was '" + b.get("confidence") + "'");
            }
            if (confidence <= 0 || confidence > 1) {
                throw b.error("confidence", "confidence must be within (0, 1], was " + confidence);
            }
        }
        FactStatus status = FactStatus.STATED;
        if (b.has("status")) {
            String s = b.get("status").toUpperCase(Locale.ROOT);
            if (!s.equals("STATED") && !s.equals("IMPLIED")) {
                throw b.error("status", "status must be STATED or IMPLIED, was '" + b.get("status") + "'");
            }
            status = FactStatus.valueOf(s);
        }
        RelationRule.Polarity polarity = switch (b.get("polarity", "affirmative")) {
            case "affirmative" -> RelationRule.Polarity.AFFIRMATIVE;
            case "negated" -> RelationRule.Polarity.NEGATED;
            case "any" -> RelationRule.Polarity.ANY;
            default -> throw b.error("polarity", "polarity must be affirmative, negated or any, was '" + b.get("polarity") + "'");
        };
        String negation = b.get("negation", names.contains("verb") ? "verb" : null);
        if (negation != null && !names.contains(negation)) {
            throw b.error("negation", "negation names node '" + negation + "' that the pattern does not name");
        }
        if (polarity != RelationRule.Polarity.ANY && negation == null && semgrex != null) {
            throw b.error("name the verb node (=verb) or say which node carries negation (negation: name), or set polarity: any");
        }
        SecretKind secret = null;
        if (b.has("secret")) {
            try {
                secret = SecretKind.valueOf(b.get("secret").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw b.error("secret", "unknown secret kind '" + b.get("secret") + "'");
            }
        }
        String requires = b.get("requires");
        if (requires != null && !requires.equals("patient-dies") && !requires.equals("patient-lives")) {
            throw b.error("requires", "requires must be patient-dies or patient-lives, was '" + requires + "'");
        }
        String secretRole = b.get("secret-role");
        if (secretRole != null && !secretRole.equals("scapegoat") && !secretRole.equals("child-taker")) {
            throw b.error("secret-role", "secret-role must be scapegoat or child-taker, was '" + secretRole + "'");
        }
        List<RuleExample> examples = new ArrayList<>();
        for (String e : b.all("example")) {
            examples.add(RuleExample.parse(e));
        }
        return new RelationRule(b.id(), kind, type, semgrex, surface, from, to, confidence, status, polarity, negation, secret,
                "patient-dies".equals(requires), secretRole, "patient-lives".equals(requires), examples, b.all("counter"), names, b);
    }

    /**
     * A role is a node the pattern names, a resolver reading a node ({@code victim(verb)}: the node must be named), or
     * a resolver of its own ({@code culprit}); which resolvers exist is checked by the stage that runs them, when it
     * is built.
     */
    private static void checkRole(String role, Set<String> names, RuleBlock b, String key) {
        Matcher fn = ROLE_FUNCTION.matcher(role);
        if (fn.matches()) {
            if (!names.contains(fn.group(2))) {
                throw b.error(key, key + " refers to node '" + fn.group(2) + "', which the pattern does not name (named: " + names + ")");
            }
        } else if (!role.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw b.error(key, key + " must be a node the pattern names, or a role resolver ('culprit', 'victim(verb)'), was '" + role + "'");
        }
    }

    private String expand(String pattern, RuleBlock b, String key) {
        return catalog.expandLexicons(pattern, b, key);
    }
}
