package charactergraph.loader.relate;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.DependencyPattern;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.KinshipEntry;
import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.RelationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Kinship stated by nouns: the kinship rules ({@code kind: kinship}) find a kin noun ({@code kinship.tsv}) and its
 * ego ("her father Rob", "Rob, her father", "Victor's wife Helen", "her real father is Rob"); the noun's entry says
 * the relation and its direction. A parentage the text calls secret or uncovers ("her biological son", "it turns out
 * ... Kieran was Ben's son") is a hidden parentage. Relatives the text names elsewhere stand for unnamed ones.
 */
final class KinshipReader {
    private final Clauses clauses;
    private final Relatives relatives;
    private final Map<String, KinshipEntry> kinship;
    private final List<RelationRule> rules = new ArrayList<>();
    private final Set<String> secretParentMarkers;
    private final Set<String> secretParentAdverbs;
    private final Set<String> parentageRevealCues;
    private final double unnamedSpouseDiscount;

    KinshipReader(RuleCatalog catalog, Clauses clauses, Relatives relatives) {
        this.clauses = clauses;
        this.relatives = relatives;
        this.kinship = catalog.kinship();
        for (RelationRule r : catalog.relationRules()) {
            if (r.kind() == RelationRule.Kind.KINSHIP) {
                rules.add(r);
            }
        }
        this.secretParentMarkers = catalog.lexicon("secret_parent_markers");
        this.secretParentAdverbs = catalog.lexicon("secret_parent_adverbs");
        this.parentageRevealCues = catalog.lexicon("parentage_reveal_cues");
        this.unnamedSpouseDiscount = catalog.parameters().confidence("relate.unnamed-spouse-discount");
    }

    /** Applies every kinship rule to every sentence, then lets named relatives stand for unnamed ones. */
    void read(Reading r) {
        for (int s = 0; s < r.size(); s++) {
            for (RelationRule rule : rules) {
                apply(r, rule, s);
            }
        }
        resolveUnnamed(r);
    }

    private void apply(Reading r, RelationRule rule, int s) {
        DependencyGraph g = r.graph(s);
        DependencyPattern.Matcher m = rule.semgrex().matcher(g);
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            Token kinNode = m.node("kin");
            Token egoNode = m.node("ego");
            if (!seen.add(kinNode.index() + "/" + egoNode.index()) || kinNode.tag().endsWith("S")) {
                continue; // plural kin nouns ("her children") name no one in particular
            }
            KinshipEntry entry = kinship.get(kinNode.base());
            if (entry == null || clauses.negated(g, kinNode) || inLaw(g, kinNode)) {
                continue;
            }
            Set<String> egos = r.mentions.of(s, g, egoNode); // "Marissa and Peter's son": both are parents
            if (egos.isEmpty()) {
                egos = antecedent(r, s, g, egoNode); // "Dr. Miriam Hale, a surgeon whose daughter Wren ..."
            }
            Set<String> alters = alters(r, s, g, kinNode);
            // only for a relative the sentence names ("their son Josh"): coreference alone ("their son had
            // died") may point at another child
            if (egos.isEmpty() && egoNode.word().equalsIgnoreCase("their") && !alters.isEmpty()
                    && g.outgoing(kinNode).stream().anyMatch(x -> x.dependent().tag().startsWith("NNP")
                    && x.relation().matches("appos|compound|flat|dep"))) {
                egos = relatives.pluralPossessors(r, s, egoNode.index(), alters, "child".equals(entry.parentageRole()));
            }
            if (alters.isEmpty() && entry.type() == RelationType.MARRIED_TO) {
                for (String ego : egos) {
                    r.facts.unnamedSpouses.add(new ArticleFacts.UnnamedSpouse(ego, r.evidence(s, rule.id(),
                            rule.confidence() - unnamedSpouseDiscount, FactStatus.IMPLIED)));
                }
            }
            boolean secret = entry.parentageRole() != null && (revealsParentage(g, kinNode) || revealedNearby(r, s, g, kinNode));
            RelationType type = secret ? RelationType.SECRETLY_PARENT_OF : entry.type();
            for (String ego : egos) {
                for (String alter : alters) {
                    if (ego.equals(alter)) {
                        continue;
                    }
                    boolean alterFirst = secret ? entry.parentageRole().equals("parent") : entry.alterToEgo();
                    String from = alterFirst ? alter : ego;
                    String to = alterFirst ? ego : alter;
                    // a hedge on the clause around "her husband X" is about the deed, not the kinship
                    r.findings.kin.add(new Finding(type, from, to, false, r.evidence(s, rule.id(), rule.confidence(),
                            rule.status()), kinNode.lemma()));
                }
            }
        }
    }

    /**
     * A relative the text names elsewhere stands for an unnamed "her father" of the same person: "Orla's father,
     * Declan" makes Declan the one who dies in "when her father dies". An unnamed "her husband" is the other
     * (not secret) parent of her child when there is exactly one ("her son Milo", "his father Peter").
     */
    private void resolveUnnamed(Reading r) {
        for (ArticleFacts.UnnamedRelative u : r.facts.unnamedDead) {
            KinshipEntry entry = kinship.get(u.noun());
            Set<String> named = new LinkedHashSet<>();
            for (Finding f : r.findings.kin) {
                if (f.type() != entry.type() || !u.noun().equals(f.note())) {
                    continue;
                }
                if (entry.alterToEgo() ? f.to().equals(u.ego()) : f.from().equals(u.ego())) {
                    named.add(entry.alterToEgo() ? f.from() : f.to());
                }
            }
            if (named.size() == 1) {
                r.facts.dead.addAll(named);
            }
        }
        for (ArticleFacts.UnnamedSpouse u : r.facts.unnamedSpouses) {
            String ego = u.ego();
            Set<String> coParents = new LinkedHashSet<>();
            for (Finding child : r.findings.kin) {
                if (child.type() != RelationType.PARENT_OF || !child.from().equals(ego)) {
                    continue;
                }
                for (Finding other : r.findings.kin) {
                    if (other.type() == RelationType.PARENT_OF && other.to().equals(child.to()) && !other.from().equals(ego)) {
                        coParents.add(other.from());
                    }
                }
            }
            Gender egoGender = r.gender(ego);
            coParents.removeIf(c -> egoGender != Gender.UNKNOWN && r.gender(c) == egoGender);
            if (coParents.size() == 1) {
                r.findings.kin.add(new Finding(RelationType.MARRIED_TO, ego, coParents.iterator().next(), false,
                        u.evidence(), "spouse"));
            }
        }
    }

    /** The character a relative pronoun or a descriptive noun stands for: "X, a mother whose ...". */
    private Set<String> antecedent(Reading r, int s, DependencyGraph g, Token node) {
        Token current = node;
        for (int depth = 0; depth < 3; depth++) {
            Token up = null;
            for (Dependency e : g.incoming(current)) {
                String rel = e.relation();
                if (rel.equals("ref") || rel.equals("appos")) {
                    up = e.governor();
                    break;
                }
            }
            if (up == null) {
                return Set.of();
            }
            String id = r.mentions.direct(s, up);
            if (id != null) {
                return Set.of(id);
            }
            current = up;
        }
        return Set.of();
    }

    /** "his son-in-law": the tokenizer splits it, and an in-law is no parent or sibling. */
    private static boolean inLaw(DependencyGraph g, Token kinNode) {
        return g.outgoing(kinNode).stream().anyMatch(e -> e.relation().equals("nmod:in") && e.dependent().base().equals("law"));
    }

    /** "her biological son", "her birth mother", "is actually her son", "his real father" */
    private boolean revealsParentage(DependencyGraph g, Token kinNode) {
        if (calledSecret(g, kinNode)) {
            return true;
        }
        for (Dependency e : g.outgoing(kinNode)) {
            String rel = e.relation();
            String l = e.dependent().base();
            if ((rel.equals("amod") || rel.equals("compound")) && secretParentMarkers.contains(l)) {
                return true;
            }
            if (rel.equals("advmod") && secretParentAdverbs.contains(l) && g.hasChild(kinNode, "cop")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It turns out that was a lie. Kieran was Ben's son.": a parentage stated as a predicate ("X is Y's son") in or
     * right after a sentence that uncovers something ({@code parentage_reveal_cues}).
     */
    private boolean revealedNearby(Reading r, int s, DependencyGraph g, Token kinNode) {
        if (!g.hasChild(kinNode, "cop") || !g.hasChild(kinNode, "nmod:poss")) {
            return false;
        }
        return cued(r, s) || s > 0 && cued(r, s - 1);
    }

    private boolean cued(Reading r, int s) {
        List<Token> tokens = r.article.sentence(s).tokens();
        for (String cue : parentageRevealCues) {
            String[] words = cue.split("\\s+");
            for (int i = 0; i < tokens.size(); i++) {
                int k = 0;
                int last = i - 1;
                for (int j = i; j < tokens.size() && k < words.length && (k == 0 ? j == i : j - last <= 3); j++) {
                    String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
                    String l = tokens.get(j).lemma() == null ? w : tokens.get(j).lemma().toLowerCase(Locale.ROOT);
                    if (w.equals(words[k]) || l.equals(words[k])) {
                        k++;
                        last = j;
                    }
                }
                if (k == words.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Victor is his son, a secret he kept", "her father is Rob, a secret she kept": the parentage clause is itself
     * called a secret (an apposition or a relative clause naming "secret" on the kin noun or its copular predicate).
     */
    private static boolean calledSecret(DependencyGraph g, Token kinNode) {
        List<Token> heads = new ArrayList<>(List.of(kinNode));
        for (Dependency e : g.incoming(kinNode)) {
            if (e.relation().equals("nsubj") && g.hasChild(e.governor(), "cop")) {
                heads.add(e.governor());
            }
        }
        for (Token h : heads) {
            for (Dependency e : g.outgoing(h)) {
                String rel = e.relation();
                Token c = e.dependent();
                if (rel.equals("appos") && c.base().equals("secret")) {
                    return true;
                }
                if (rel.equals("acl:relcl") && g.outgoing(c).stream().anyMatch(x ->
                        x.relation().equals("obj") && x.dependent().base().equals("secret"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person a kinship noun names: itself, the subject it is predicated of, or a name beside it. */
    private Set<String> alters(Reading r, int s, DependencyGraph g, Token kinNode) {
        Set<String> out = new LinkedHashSet<>();
        String d = r.mentions.direct(s, kinNode);
        if (d != null) {
            out.add(d);
            return out;
        }
        // a copular statement names its subject first ("Daniel was actually Victor's son, a secret ...")
        if (g.hasChild(kinNode, "cop")) {
            for (Dependency e : g.outgoing(kinNode)) {
                String rel = e.relation();
                if (rel.equals("nsubj")) {
                    Set<String> subject = r.mentions.single(s, g, e.dependent());
                    // "the boy known as Leo is actually her son": the name sits in the subject's modifier
                    out.addAll(subject.isEmpty() ? namedIn(r, s, g, e.dependent(), true) : subject);
                } else if (rel.equals("csubj")) {
                    // "the boy called Leo is ..." parsed as a clausal subject
                    out.addAll(namedIn(r, s, g, e.dependent(), false));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        for (Dependency e : g.outgoing(kinNode)) {
            String rel = e.relation();
            Token c = e.dependent();
            if ((rel.equals("appos") || rel.startsWith("compound") || rel.startsWith("flat") || rel.equals("dep"))
                    && c.tag().startsWith("NNP")) {
                out.addAll(r.mentions.single(s, g, c));
            } else if (rel.equals("appos")) {
                // "her birth mother, a nurse named Agnes Tull"
                Set<String> named = r.mentions.single(s, g, c);
                out.addAll(named.isEmpty() ? namedIn(r, s, g, c, true) : named);
            }
        }
        // "Rob, her father, ..." and "Victor's wife Helen Hale": the kin noun in apposition or compound to a name.
        if (out.isEmpty()) {
            for (Dependency e : g.incoming(kinNode)) {
                String rel = e.relation();
                if ((rel.equals("appos") || rel.equals("compound")) && e.governor().tag().startsWith("NNP")) {
                    String id = r.mentions.direct(s, e.governor());
                    if (id != null) {
                        out.add(id);
                    }
                } else if (rel.equals("nsubj") && g.hasChild(e.governor(), "cop")) {
                    // "her real father is Rob": the kin noun is the subject of a copula whose predicate names
                    String id = r.mentions.direct(s, e.governor());
                    if (id != null) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    /** Names in a clause that describes someone: "(the boy) known as Leo", "called Leo", "we know as Leo". */
    private static Set<String> namedIn(Reading r, int s, DependencyGraph g, Token node, boolean viaModifier) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> clausesBelow = new ArrayList<>();
        if (viaModifier) {
            for (Dependency e : g.outgoing(node)) {
                String rel = e.relation();
                if (rel.startsWith("acl") || rel.equals("dep")) {
                    clausesBelow.add(e.dependent());
                }
            }
        } else {
            clausesBelow.add(node);
        }
        for (Token c : clausesBelow) {
            for (Dependency e : g.outgoing(c)) {
                String rel = e.relation();
                if (rel.equals("obj") || rel.equals("xcomp") || rel.equals("obl:as") || rel.equals("advcl:as")) {
                    out.addAll(r.mentions.single(s, g, e.dependent()));
                }
            }
        }
        return out;
    }
}
