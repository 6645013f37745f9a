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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Knowledge shown by what a character does to someone who keeps a secret: catching or exposing them ("arrests Kay",
 * "unmasks the killer"), seeing them do it ("sees Max strangle her"), getting their confession ("records her
 * confession"). The rules of {@code rules/secrets/knowledge.rules} name the knower and the culprit; the knower comes
 * to know the secrets in play the culprit keeps, of the kinds the rule names.
 */
final class KnowledgeRules {
    static final String FILE = "secrets/knowledge.rules";
    static final Set<String> KEYS = Set.of("pattern", "knower", "culprit", "how", "kinds", "confidence", "example", "counter");

    /** One rule of the file. */
    record Rule(String id, DependencyPattern pattern, String knower, String culprit, KnowledgeSource how,
                Set<SecretKind> kinds, double confidence, RuleBlock block) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final SecretNegation negation;

    KnowledgeRules(RuleCatalog catalog, SecretNegation negation) {
        this.negation = negation;
        for (RuleBlock b : catalog.blocks(FILE, KEYS)) {
            rules.add(rule(catalog, b));
        }
    }

    private static Rule rule(RuleCatalog catalog, RuleBlock b) {
        String text = b.require("pattern");
        DependencyPattern pattern;
        try {
            pattern = DependencyPattern.compile(catalog.expandLexicons(text, b));
        } catch (IllegalArgumentException e) {
            throw b.error("pattern", "the Semgrex pattern does not compile: " + e.getMessage());
        }
        for (String key : List.of("knower", "culprit")) {
            if (!text.contains("=" + b.require(key))) {
                throw b.error(key, key + " names node '" + b.get(key) + "', which the pattern does not name");
            }
        }
        if (!text.contains("=verb")) {
            throw b.error("pattern", "name the verb node (=verb): its negation cancels the rule");
        }
        KnowledgeSource how;
        try {
            how = KnowledgeSource.valueOf(b.get("how", "DISCOVERED").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw b.error("how", "how must be TOOK_PART, CONFESSED, TOLD, DISCOVERED or DEDUCED");
        }
        Set<SecretKind> kinds = EnumSet.noneOf(SecretKind.class);
        for (String k : b.get("kinds", "HIDDEN_KILLING, HIDDEN_CRIME").split(",")) {
            try {
                kinds.add(SecretKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw b.error("kinds", "unknown secret kind '" + k.strip() + "'");
            }
        }
        double confidence = 0.7;
        if (b.has("confidence")) {
            try {
                confidence = Double.parseDouble(b.get("confidence"));
            } catch (NumberFormatException e) {
                throw b.error("confidence", "confidence must be a number");
            }
        }
        return new Rule(b.id(), pattern, b.get("knower"), b.get("culprit"), how, Set.copyOf(kinds), confidence, b);
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    void read(SecretContext c, Ledger ledger, int s) {
        DependencyGraph g = c.graph(s);
        for (Rule r : rules) {
            DependencyPattern.Matcher m = r.pattern().matcher(g);
            while (m.find()) {
                Token verb = m.node("verb");
                if (verb != null && negation.negated(g, verb)) {
                    continue;
                }
                Set<String> knowers = c.mentions.of(s, g, m.node(r.knower()));
                Set<String> culprits = c.mentions.of(s, g, m.node(r.culprit()));
                if (knowers.isEmpty() || culprits.isEmpty()) {
                    continue;
                }
                Evidence ev = c.evidence(s, r.id(), r.confidence(), FactStatus.IMPLIED);
                for (Draft d : ledger.inPlay(s)) {
                    if (!r.kinds().contains(d.kind) || culprits.stream().noneMatch(d.keepers::contains)) {
                        continue;
                    }
                    for (String k : knowers) {
                        if (!culprits.contains(k) && !d.knownBy(k)) {
                            ledger.know(d, k, r.how(), ev);
                        }
                    }
                }
            }
        }
    }
}
