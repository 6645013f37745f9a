package charactergraph.loader.secrets;

import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.DependencyPattern;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleBlock;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.SecretKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets a sentence states by its words rather than by a relation: a false name or a disguise ("poses as a doctor",
 * "under the alias of"), a hidden love or affair, a plot against someone. The patterns are the rules of
 * {@code rules/secrets/hidden.rules}: the holder keeps the secret and took part; a partner shares it; the one it is
 * about need not know it. A rule can need its partner or the one it is about to be a person of the story, named or
 * referred to ("an affair with the young priest" names no one, so it states no secret of its own).
 */
final class PatternSecrets implements SecretSource {
    static final String FILE = "secrets/hidden.rules";
    static final Set<String> KEYS = Set.of("kind", "pattern", "holder", "partner", "about", "needs", "confidence",
            "statement", "example", "counter");

    /** One rule of the file. */
    record Rule(String id, SecretKind kind, DependencyPattern pattern, String holder, String partner, String about,
                Set<String> needs, double confidence, String statement, RuleBlock block) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final SecretNegation negation;

    PatternSecrets(RuleCatalog catalog, SecretNegation negation) {
        this.negation = negation;
        for (RuleBlock b : catalog.blocks(FILE, KEYS)) {
            rules.add(rule(catalog, b));
        }
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    private static Rule rule(RuleCatalog catalog, RuleBlock b) {
        SecretKind kind;
        try {
            kind = SecretKind.valueOf(b.require("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw b.error("kind", "unknown secret kind '" + b.get("kind") + "'");
        }
        DependencyPattern pattern;
        try {
            pattern = DependencyPattern.compile(catalog.expandLexicons(b.require("pattern"), b));
        } catch (IllegalArgumentException e) {
            throw b.error("pattern", "the Semgrex pattern does not compile: " + e.getMessage());
        }
        String text = b.get("pattern");
        for (String key : List.of("holder", "partner", "about")) {
            String node = b.get(key);
            if (node != null && !text.contains("=" + node)) {
                throw b.error(key, key + " names node '" + node + "', which the pattern does not name");
            }
        }
        if (!text.contains("=verb")) {
            throw b.error("pattern", "name the verb node (=verb): its negation cancels the rule");
        }
        Set<String> needs = new LinkedHashSet<>();
        for (String n : b.get("needs", "").split(",")) {
            String role = n.strip();
            if (role.isEmpty()) {
                continue;
            }
            if (!Set.of("partner", "about").contains(role) || b.get(role) == null) {
                throw b.error("needs", "needs names the roles that must be characters: partner or about (and the rule must name it)");
            }
            needs.add(role);
        }
        double confidence = 0.75;
        if (b.has("confidence")) {
            try {
                confidence = Double.parseDouble(b.get("confidence"));
            } catch (NumberFormatException e) {
                throw b.error("confidence", "confidence must be a number");
            }
        }
        return new Rule(b.id(), kind, pattern, b.require("holder"), b.get("partner"), b.get("about"), Set.copyOf(needs), confidence,
                b.get("statement", "keeps a secret"), b);
    }

    @Override
    public void find(SecretContext c, Ledger ledger) {
        for (int s = 0; s < c.size(); s++) {
            DependencyGraph g = c.graph(s);
            for (Rule r : rules) {
                DependencyPattern.Matcher m = r.pattern().matcher(g);
                while (m.find()) {
                    Token verb = m.node("verb");
                    if (verb != null && negation.negated(g, verb)) {
                        continue;
                    }
                    Set<String> holders = c.mentions.of(s, g, m.node(r.holder()));
                    if (holders.isEmpty()) {
                        continue;
                    }
                    Set<String> partners = r.partner() == null ? Set.of() : without(c.mentions.of(s, g, m.node(r.partner())), holders);
                    Set<String> about = r.about() == null ? Set.of() : without(c.mentions.of(s, g, m.node(r.about())), holders);
                    if (r.needs().contains("partner") && partners.isEmpty() && !named(m.node(r.partner()))
                            || r.needs().contains("about") && about.isEmpty() && !named(m.node(r.about()))) {
                        continue; // "an affair with the young priest": a secret between people of the story only
                    }
                    Draft d = new Draft(r.kind());
                    d.subjects.addAll(holders);
                    d.subjects.addAll(partners);
                    d.subjects.addAll(about);
                    d.keepers.addAll(holders);
                    d.keepers.addAll(partners);
                    Evidence ev = c.evidence(s, r.id(), r.confidence(), FactStatus.STATED);
                    d.evidence.add(ev);
                    d.established = s;
                    for (String h : holders) {
                        ledger.know(d, h, KnowledgeSource.TOOK_PART, ev);
                    }
                    for (String p : partners) {
                        ledger.know(d, p, KnowledgeSource.TOOK_PART, ev);
                    }
                    d.statement = c.names(new LinkedHashSet<>(d.keepers)) + " " + r.statement() + ": " + ev.quote();
                    ledger.drafts.add(d);
                }
            }
        }
    }

    /** A name or a pronoun (that the cast could not tell), not a common noun ("the young priest"). */
    private static boolean named(Token t) {
        return t != null && (t.isProperNoun() || t.tag().startsWith("PRP"));
    }

    private static Set<String> without(Set<String> ids, Set<String> others) {
        Set<String> out = new LinkedHashSet<>(ids);
        out.removeAll(others);
        return out;
    }
}
