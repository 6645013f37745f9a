package charactergraph.loader.relate;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.nlp.TokenPattern;
import charactergraph.loader.rules.KinshipEntry;
import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@link ArticleFacts} of an article before the relation rules run: deaths ({@code death_verbs}, "found at
 * the foot of the stairs" with {@code death_places}, "is dead"), the victims of crimes named by nouns ("Milo's
 * kidnapping", "the murder of Y") and by kill verbs ("Y was murdered"), the victims of mishaps ("the fire killed
 * Eli"), and the principals the principal-marker rules mark.
 */
final class ArticleFactsReader {
    private final Clauses clauses;
    private final CrimeClasses crimes;
    private final Map<String, KinshipEntry> kinship;
    private final List<RelationRule> markers = new ArrayList<>();
    private final Set<String> deathVerbs;
    private final Set<String> deathPlaces;
    private final Set<String> kidnapNouns;
    private final Set<String> killVerbs;
    private final Set<String> mishapNouns;

    ArticleFactsReader(RuleCatalog rules, Clauses clauses, CrimeClasses crimes) {
        this.clauses = clauses;
        this.crimes = crimes;
        this.kinship = rules.kinship();
        for (RelationRule r : rules.relationRules()) {
            if (r.kind() == RelationRule.Kind.PRINCIPAL_MARKER) {
                markers.add(r);
            }
        }
        this.deathVerbs = rules.lexicon("death_verbs");
        this.deathPlaces = rules.lexicon("death_places");
        this.kidnapNouns = rules.lexicon("kidnap_nouns");
        this.killVerbs = rules.lexicon("kill_verbs");
        this.mishapNouns = rules.lexicon("mishap_nouns");
    }

    void read(Reading r) {
        ArticleFacts facts = r.facts;
        for (int s = 0; s < r.size(); s++) {
            DependencyGraph g = r.graph(s);
            for (Token w : g.vertices()) {
                String lemma = w.base();
                if (deathVerbs.contains(lemma) && !clauses.negated(g, w)) {
                    for (Dependency e : g.outgoing(w)) {
                        String rel = e.relation();
                        if (rel.equals("nsubj") || rel.equals("nmod:poss") || rel.equals("nmod:of")) {
                            Set<String> who = r.mentions.single(s, g, e.dependent());
                            facts.dead.addAll(who);
                            if (who.isEmpty()) {
                                for (String ego : unnamedKin(r, s, g, e.dependent())) {
                                    facts.unnamedDead.add(new ArticleFacts.UnnamedRelative(ego, e.dependent().base()));
                                }
                            }
                        }
                    }
                }
                // "Felix was found at the foot of the cellar stairs"
                if (lemma.equals("find") && w.tag().equals("VBN") && !clauses.negated(g, w)
                        && g.outgoing(w).stream().anyMatch(e -> e.relation().startsWith("obl:at")
                        && deathPlaces.contains(e.dependent().base()))) {
                    for (Dependency e : g.outgoing(w)) {
                        if (e.relation().equals("nsubj:pass")) {
                            facts.dead.addAll(r.mentions.single(s, g, e.dependent()));
                        }
                    }
                }
                if (lemma.equals("dead") && !clauses.negated(g, w)) {
                    for (Dependency e : g.outgoing(w)) {
                        if (e.relation().equals("nsubj")) {
                            facts.dead.addAll(r.mentions.single(s, g, e.dependent()));
                        }
                    }
                }
                if (kidnapNouns.contains(lemma) && w.tag().startsWith("NN")) {
                    for (String v : possessorOrOf(r, s, g, w)) {
                        facts.crimeVictims.add(new ArticleFacts.CrimeVictim(s, v, crimes.of(lemma)));
                    }
                }
                // "who killed Daniel?", "Daniel was murdered": the victim the article's killer noun refers to
                if (killVerbs.contains(lemma) && w.tag().startsWith("VB") && !clauses.negated(g, w)) {
                    for (Dependency e : g.outgoing(w)) {
                        String rel = e.relation();
                        if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                            for (String v : r.mentions.of(s, g, e.dependent())) {
                                facts.crimeVictims.add(new ArticleFacts.CrimeVictim(s, v, "killing"));
                            }
                        }
                    }
                }
                if (crimes.isKilling(lemma) && w.tag().startsWith("NN")) {
                    for (Dependency e : g.outgoing(w)) {
                        String rel = e.relation();
                        if (rel.equals("nmod:of") || rel.equals("nmod:poss") && !g.hasChild(w, "nmod:of")) {
                            for (String v : r.mentions.of(s, g, e.dependent())) {
                                facts.crimeVictims.add(new ArticleFacts.CrimeVictim(s, v, "killing"));
                            }
                        }
                    }
                }
                // "The fire at the ranch killed Eli": the victim of the fire
                if (killVerbs.contains(lemma) && w.tag().startsWith("VB") && !clauses.negated(g, w)) {
                    boolean mishap = g.outgoing(w).stream().anyMatch(e -> e.relation().equals("nsubj")
                            && mishapNouns.contains(e.dependent().base()));
                    if (mishap) {
                        String cls = null;
                        for (Dependency e : g.outgoing(w)) {
                            if (e.relation().equals("nsubj")) {
                                cls = crimes.of(e.dependent().base());
                            }
                        }
                        for (Dependency e : g.outgoing(w)) {
                            if (e.relation().equals("obj")) {
                                for (String v : r.mentions.of(s, g, e.dependent())) {
                                    facts.crimeVictims.add(new ArticleFacts.CrimeVictim(s, v, cls));
                                }
                            }
                        }
                    }
                }
            }
            for (RelationRule rule : markers) {
                TokenPattern.Matcher m = rule.surface().matcher(r.article.sentence(s));
                while (m.find()) {
                    List<Token> nodes = m.group("$principal");
                    if (nodes == null) {
                        continue;
                    }
                    for (Token t : nodes) {
                        String id = r.mentions.direct(s, t);
                        if (id != null) {
                            facts.principals.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
                        }
                    }
                }
            }
        }
    }

    /** The possessor or "of" phrase of a noun: "Milo's kidnapping", "the kidnapping of Milo". */
    static Set<String> possessorOrOf(Reading r, int s, DependencyGraph g, Token w) {
        Set<String> out = new LinkedHashSet<>();
        for (Dependency e : g.outgoing(w)) {
            String rel = e.relation();
            if (rel.equals("nmod:poss") || rel.equals("nmod:of")) {
                out.addAll(r.mentions.of(s, g, e.dependent()));
            }
        }
        return out;
    }

    /** The egos of a kinship noun that names nobody itself ("her father" in "when her father dies"). */
    private Set<String> unnamedKin(Reading r, int s, DependencyGraph g, Token node) {
        if (!kinship.containsKey(node.base()) || node.tag().endsWith("S")) {
            return Set.of();
        }
        Set<String> egos = new LinkedHashSet<>();
        for (Dependency e : g.outgoing(node)) {
            if (e.relation().equals("nmod:poss")) {
                egos.addAll(r.mentions.single(s, g, e.dependent()));
            }
        }
        return egos;
    }
}
