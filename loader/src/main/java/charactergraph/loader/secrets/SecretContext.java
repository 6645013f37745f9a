package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.resolve.Mentions;
import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Character;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Relation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article as the secret stage reads it: the parse, the cast, the relations the relation stage found, and the
 * questions the secret builders and knowledge readers ask of them. A fresh one per article.
 */
final class SecretContext {
    final ParsedArticle article;
    final Cast cast;
    final List<Relation> relations;
    final Mentions mentions;
    private final RuleCatalog rules;
    private final List<Pattern> whenCues;

    SecretContext(ParsedArticle article, Cast cast, List<Relation> relations, RuleCatalog rules) {
        this.article = article;
        this.cast = cast;
        this.relations = relations;
        this.mentions = new Mentions(cast);
        this.rules = rules;
        this.whenCues = rules.whenCues();
    }

    int size() {
        return article.sentences().size();
    }

    Sentence sentence(int s) {
        return article.sentence(s);
    }

    /** The graph the rules read: the parser's, with implicit subjects and objects made explicit. */
    DependencyGraph graph(int s) {
        return article.sentence(s).graph();
    }

    /** The parser's own graph, without the subjects the normalizer lent. */
    DependencyGraph parsedGraph(int s) {
        return article.sentence(s).parsedGraph();
    }

    /** Whether a relation was found by a rule with this secret role ("scapegoat", "child-taker"). */
    boolean hasRole(Relation r, String role) {
        return r.evidence().stream().anyMatch(e -> {
            RelationRule rule = rules.relationRule(e.rule());
            return rule != null && role.equals(rule.secretRole());
        });
    }

    RelationRule ruleOf(Evidence e) {
        return rules.relationRule(e.rule());
    }

    /** The characters named or referred to in sentence s. */
    Set<String> mentionedIn(int s) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : sentence(s).tokens()) {
            String id = mentions.direct(s, t);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** How often each character is named or referred to in sentence s (a multi-word name counts once). */
    Map<String, Integer> mentionCounts(int s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        String previous = null;
        for (Token t : sentence(s).tokens()) {
            String id = mentions.direct(s, t);
            if (id != null && !id.equals(previous)) {
                out.merge(id, 1, Integer::sum);
            }
            previous = id;
        }
        return out;
    }

    /** The characters that are subjects of some clause of sentence s. */
    Set<String> subjectsIn(int s) {
        DependencyGraph g = graph(s);
        Set<String> out = new LinkedHashSet<>();
        for (Dependency e : g.edges()) {
            if (e.relation().startsWith("nsubj")) {
                out.addAll(mentions.of(s, g, e.dependent()));
            }
        }
        return out;
    }

    /** The characters mentioned in sentences from..to. */
    Set<String> namedIn(int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        cast.mentions().forEach((ref, id) -> {
            if (ref.sentence() >= from && ref.sentence() <= to && !cast.actors().contains(ref)) {
                out.add(id);
            }
        });
        return out;
    }

    /** A time cue of the sentence ("in the finale", "years before"), or null. */
    String when(int s) {
        if (s < 0 || s >= size()) {
            return null;
        }
        String t = sentence(s).text();
        for (Pattern p : whenCues) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    /** Evidence quoting the whole sentence. */
    Evidence evidence(int s, String rule, double confidence, FactStatus status) {
        List<Token> tokens = sentence(s).tokens();
        int start = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        return new Evidence(article.documentId(), s, start, end, article.quote(start, end), rule, confidence, status);
    }

    Gender gender(String id) {
        return cast.byId(id).map(Character::gender).orElse(Gender.UNKNOWN);
    }

    String name(String id) {
        return cast.byId(id).map(Character::name).orElse(id);
    }

    /** "A", "A and B", "A, B and C". */
    String names(Set<String> ids) {
        List<String> ns = ids.stream().map(this::name).toList();
        if (ns.size() <= 1) {
            return String.join("", ns);
        }
        return String.join(", ", ns.subList(0, ns.size() - 1)) + " and " + ns.get(ns.size() - 1);
    }
}
