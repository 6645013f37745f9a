package charactergraph.loader.relate;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.KinshipEntry;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Gender;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a kin noun that names nobody stands for, from the relatives the article gives: "her child" is the one child the
 * article gives her; "their father" is the father the two characters named last share; "his daughter" in "X is
 * convinced that Y killed his daughter" is the believer's.
 */
final class Relatives {
    private final Map<String, KinshipEntry> kinship;
    private final Set<String> maleKin;
    private final Set<String> femaleKin;

    Relatives(RuleCatalog rules) {
        this.kinship = rules.kinship();
        this.maleKin = rules.lexicon("male_kin_nouns");
        this.femaleKin = rules.lexicon("female_kin_nouns");
    }

    /** "her child" with no name: the one child (or spouse, parent, sibling) the article gives the possessor. */
    String relativeByKinship(Reading r, int s, DependencyGraph g, Token node) {
        KinshipEntry entry = kinship.get(node.base());
        if (entry == null || node.tag().endsWith("S")) {
            return null;
        }
        Set<String> egos = new LinkedHashSet<>();
        for (Dependency e : g.outgoing(node)) {
            if (e.relation().equals("nmod:poss")) {
                egos.addAll(r.mentions.single(s, g, e.dependent()));
            }
        }
        if (egos.isEmpty()) {
            // "Thomas poisoned their father": the one such relative the two last-named characters share
            for (Dependency e : g.outgoing(node)) {
                if (e.relation().equals("nmod:poss") && e.dependent().word().equalsIgnoreCase("their")) {
                    Set<String> shared = null;
                    for (String ego : pluralPossessors(r, s, e.dependent().index(), Set.of(), false)) {
                        Set<String> rel = relativesOf(r, ego, entry, node.base());
                        if (shared == null) {
                            shared = new LinkedHashSet<>(rel);
                        } else {
                            shared.retainAll(rel);
                        }
                    }
                    return shared != null && shared.size() == 1 ? shared.iterator().next() : null;
                }
            }
        }
        if (egos.size() != 1) {
            return null;
        }
        String ego = egos.iterator().next();
        String matrix = matrixSubjectForPossessive(r, s, g, node, ego);
        Set<String> candidates = relativesOf(r, matrix != null ? matrix : ego, entry, node.base());
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /**
     * Who "their" stands for in "their daughter Ivy", "their mother, Margaret": the two characters named last before
     * it (this sentence, then up to two before; actors never). For a child, a married pair among the last few names
     * wins ("Her husband is Ed. Their son Tom ...; their daughter Ann ..." : Ed and her, not Tom). Fewer than two
     * names: nobody.
     */
    Set<String> pluralPossessors(Reading r, int s, int tokenIndex, Set<String> alters, boolean child) {
        List<String> recent = new ArrayList<>();
        for (int sent = s; sent >= Math.max(0, s - 2) && recent.size() < 4; sent--) {
            int from = sent == s ? tokenIndex - 1 : r.article.sentence(sent).tokens().size();
            for (int i = from; i >= 1 && recent.size() < 4; i--) {
                String c = r.characterAt(sent, i);
                if (c != null && !alters.contains(c) && !recent.contains(c)) {
                    recent.add(c);
                }
            }
        }
        if (recent.size() < 2) {
            return Set.of();
        }
        if (child) {
            for (int a = 0; a < recent.size(); a++) {
                for (int b = a + 1; b < recent.size(); b++) {
                    if (r.findings.married(recent.get(a), recent.get(b))) {
                        return new LinkedHashSet<>(List.of(recent.get(a), recent.get(b)));
                    }
                }
            }
        } else if (r.findings.married(recent.get(0), recent.get(1))) {
            return Set.of(); // "their mother" is not the mother of a married couple
        }
        return new LinkedHashSet<>(recent.subList(0, 2));
    }

    /**
     * "Gordon is convinced that Adam killed his daughter": a possessive pronoun in a that-clause reads as the
     * believer's (the matrix subject of the same gender), not the clause's own subject, when the two differ.
     */
    private String matrixSubjectForPossessive(Reading r, int s, DependencyGraph g, Token node, String ego) {
        Token poss = null;
        for (Dependency e : g.outgoing(node)) {
            if (e.relation().equals("nmod:poss") && e.dependent().tag().equals("PRP$")) {
                poss = e.dependent();
            }
        }
        if (poss == null) {
            return null;
        }
        Gender gender = switch (poss.word().toLowerCase(Locale.ROOT)) {
            case "his" -> Gender.MALE;
            case "her" -> Gender.FEMALE;
            default -> null;
        };
        if (gender == null) {
            return null;
        }
        Token clause = g.parent(node);
        while (clause != null && !g.hasChildren(clause)) {
            clause = g.parent(clause);
        }
        if (clause == null) {
            return null;
        }
        for (Dependency up : g.incoming(clause)) {
            if (!up.relation().equals("ccomp")) {
                continue;
            }
            Token believer = up.governor();
            // "becomes convinced that ...": the subject sits on the verb the adjective completes
            for (int hops = 0; hops < 2 && g.outgoing(believer).stream()
                    .noneMatch(e -> e.relation().startsWith("nsubj")); hops++) {
                Token head = null;
                for (Dependency x : g.incoming(believer)) {
                    if (x.relation().equals("xcomp")) {
                        head = x.governor();
                    }
                }
                if (head == null) {
                    break;
                }
                believer = head;
            }
            for (Dependency e : g.outgoing(believer)) {
                if (!e.relation().startsWith("nsubj")) {
                    continue;
                }
                for (String id : r.mentions.single(s, g, e.dependent())) {
                    if (!id.equals(ego) && r.gender(id) == gender) {
                        return id;
                    }
                }
            }
        }
        return null;
    }

    /** The relatives of one kind the article gives a character, ruling out those of the other gender than the noun's. */
    private Set<String> relativesOf(Reading r, String ego, KinshipEntry entry, String noun) {
        Set<String> candidates = r.findings.relativesOf(ego, entry);
        Gender wanted = maleKin.contains(noun) ? Gender.MALE : femaleKin.contains(noun) ? Gender.FEMALE : null;
        if (wanted != null) {
            // "their father" is not the mother of the two: a known gender that differs rules a relative out
            candidates.removeIf(c -> {
                Gender g = r.gender(c);
                return g != Gender.UNKNOWN && g != wanted;
            });
        }
        return candidates;
    }
}
