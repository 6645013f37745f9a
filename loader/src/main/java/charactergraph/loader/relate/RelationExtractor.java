package charactergraph.loader.relate;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 4: who did what to whom. Reads the article's facts (deaths, crime victims, marked principals), then kinship
 * stated by nouns, then applies the relation rules of {@code rules/relations/} (Semgrex over normalized enhanced++
 * dependencies) sentence by sentence, each rule's roles resolved by the resolvers of {@link RoleRegistry}. Only
 * relations whose both ends are characters of the cast are kept; findings of one relation are merged keeping every
 * piece of evidence.
 */
public final class RelationExtractor {
    private final RuleCatalog rules;
    private final ArticleFactsReader facts;
    private final KinshipReader kinship;
    private final List<RelationRuleRunner> runners = new ArrayList<>();

    public RelationExtractor() {
        this(RuleCatalog.builtIn());
    }

    /** @throws charactergraph.loader.rules.RuleFileException when a rule's role names no node and no resolver */
    public RelationExtractor(RuleCatalog rules) {
        this.rules = rules;
        Clauses clauses = new Clauses(rules);
        CrimeClasses crimes = new CrimeClasses(rules);
        Relatives relatives = new Relatives(rules);
        this.facts = new ArticleFactsReader(rules, clauses, crimes);
        this.kinship = new KinshipReader(rules, clauses, relatives);
        var p = rules.parameters();
        RoleRegistry roles = new RoleRegistry(new NodeRole(relatives), List.of(
                new VictimRole(crimes),
                new OwnerRole(),
                new PrincipalRole(p.window("relate.principal-window")),
                new CulpritRole(p.window("relate.culprit-window")),
                new LatestCulpritRole(p.window("relate.latest-culprit-window")),
                new SeizerRole(rules, clauses),
                new AnswerRole()));
        for (RelationRule r : rules.relationRules()) {
            if (r.kind() == RelationRule.Kind.RELATION) {
                runners.add(new RelationRuleRunner(r, roles, clauses));
            }
        }
    }

    public RuleCatalog rules() {
        return rules;
    }

    public List<Relation> extract(ParsedArticle article, Cast cast) {
        Reading r = new Reading(article, cast);
        facts.read(r);
        kinship.read(r);
        for (int s = 0; s < r.size(); s++) {
            for (RelationRuleRunner runner : runners) {
                runner.run(r, s);
            }
        }
        List<Finding> all = new ArrayList<>(r.findings.kin);
        all.addAll(r.findings.found);
        // a hidden parent is that: "he fathered Victor" beside "Victor is his son, a secret" adds no plain parent
        Set<String> secretParents = new HashSet<>();
        for (Finding f : all) {
            if (f.type() == RelationType.SECRETLY_PARENT_OF) {
                secretParents.add(f.from() + ">" + f.to());
            }
        }
        // (its sentences support the hidden parentage instead)
        all.replaceAll(f -> f.type() == RelationType.PARENT_OF && secretParents.contains(f.from() + ">" + f.to())
                ? new Finding(RelationType.SECRETLY_PARENT_OF, f.from(), f.to(), f.accidental(), f.evidence(), f.note())
                : f);
        return RelationMerger.merge(all);
    }
}
