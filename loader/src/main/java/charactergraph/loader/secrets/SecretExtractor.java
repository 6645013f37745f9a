package charactergraph.loader.secrets;

import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.Knowledge;
import charactergraph.model.Relation;
import charactergraph.model.Secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stage 5: the facts somebody concealed, and who knew them, how and when.
 *
 * <p>Secrets come from the relations and from what sentences say ({@link SecretSource}s: hidden parentage, hidden
 * killings, revealed kidnappings, scapegoats, false identities). Knowledge is read in narrative order: taking part,
 * keeping a secret or keeping quiet about it, the disclosure verbs of {@code disclosure.tsv} (which secrets each is
 * about is decided by the steps of {@code secrets/scope.rules}), and covering up for someone.
 */
public final class SecretExtractor {
    private final RuleCatalog rules;
    private final List<SecretSource> sources;
    private final KeeperMarker keepers;
    private final SilenceMarker silences;
    private final DisclosureReader disclosures;
    private final CoverUpKnowledge coverUps = new CoverUpKnowledge();


    public SecretExtractor() {
        this(RuleCatalog.builtIn());
    }

    /** @throws charactergraph.loader.rules.RuleFileException when a table, lexicon or scope step cannot be used */
    public SecretExtractor(RuleCatalog rules) {
        this.rules = rules;
        var p = rules.parameters();
        int cueGap = p.window("secrets.cue-gap");
        SecretNegation negation = new SecretNegation(rules);
        CoverUps covers = new CoverUps(p.window("secrets.cover-window"));
        this.sources = List.of(
                new ParentageSecrets(rules, negation),
                new KillingSecrets(rules, cueGap, p.window("secrets.staging-window"), covers),
                new KidnappingSecrets(rules, cueGap, covers),
                new ScapegoatSecrets(),
                new IdentitySecrets(rules, cueGap));
        ContentClauses content = new ContentClauses(rules);
        ScopeLadder ladder = new ScopeLadder(rules, ScopeStrategies.all(content, p.window("secrets.truth-lookahead")));
        this.keepers = new KeeperMarker(rules, negation);
        this.silences = new SilenceMarker(rules, negation);
        this.disclosures = new DisclosureReader(rules, negation, content, ladder);
    }

    public List<Secret> extract(ParsedArticle article, Cast cast, List<Relation> relations) {
        SecretContext c = new SecretContext(article, cast, relations, rules);
        Ledger ledger = new Ledger(c);
        for (SecretSource source : sources) {
            source.find(c, ledger);
        }
        ledger.mergeSame();
        for (int s = 0; s < c.size(); s++) {
            DependencyGraph g = c.graph(s);
            for (Token v : g.vertices()) {
                keepers.read(c, ledger, s, g, v);
                silences.read(c, ledger, s, g, v);
                disclosures.read(c, ledger, s, g, v);
            }
            coverUps.read(c, ledger, s);
        }
        return ledger.drafts.stream().filter(d -> !d.subjects.isEmpty()).sorted(Comparator.comparingInt(d -> d.established))
                .map(SecretExtractor::toSecret).toList();
    }

    private static Secret toSecret(Draft d) {
        String id = slug(d.kind.name() + "-" + String.join("-", d.subjects));
        List<Knowledge> knowers = new ArrayList<>(d.knowers.values());
        knowers.sort(Comparator.comparingInt(Knowledge::order));
        List<Evidence> ev = d.evidence.stream().collect(Collectors.toMap(e -> e.sentence() + "/" + e.rule(), e -> e,
                (a, b) -> a, LinkedHashMap::new)).values().stream().toList();
        return new Secret(id, d.statement, d.kind, List.copyOf(d.subjects), List.copyOf(d.keepers), knowers, ev);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
