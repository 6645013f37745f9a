package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.KinshipEntry;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.RelationType;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a disclosure verb governs: its content (an object, a complement clause, "about"/"of" it, a clause that is not
 * merely the time or reason of the finding), and what that content names or asks.
 */
final class ContentClauses {
    private final Set<String> circumstanceMarks;
    private final Set<String> killVerbs;
    private final Set<String> kidnapVerbs;
    /** Kin nouns that can state a parentage ({@code kinship.tsv} entries with a parent or child role). */
    private final Set<String> parentageNouns = new HashSet<>();

    ContentClauses(RuleCatalog rules) {
        this.circumstanceMarks = rules.lexicon("circumstance_marks");
        this.killVerbs = rules.lexicon("kill_verbs");
        this.kidnapVerbs = rules.lexicon("kidnap_verbs");
        for (KinshipEntry k : rules.kinship().values()) {
            if (k.parentageRole() != null) {
                parentageNouns.add(k.noun());
            }
        }
    }

    /**
     * An edge to what is found out or told: an object, a complement clause, "about"/"of" it, or a clause that is not
     * merely the time or reason of the finding ("figures out where they hide", not "finds out when he reads").
     */
    boolean isContent(SecretContext c, int s, DependencyGraph g, Dependency e) {
        String r = e.relation();
        if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("obl:about") || r.equals("obl:of")) {
            return true;
        }
        if (r.equals("dep") || r.equals("parataxis")) {
            // "tells her he's closing the case" (a clause with a subject of its own in the parse), not a loosely
            // attached verb phrase ("confided in her sister ..., and Rose has kept quiet")
            DependencyGraph raw = c.parsedGraph(s);
            Token d = raw.node(e.dependent().index());
            return d != null && raw.outgoing(d).stream().anyMatch(x -> x.relation().equals("nsubj"));
        }
        if (!r.equals("advcl")) {
            return false;
        }
        for (Dependency m : g.outgoing(e.dependent())) {
            String mr = m.relation();
            if ((mr.equals("mark") || mr.equals("advmod")) && circumstanceMarks.contains(m.dependent().base())) {
                return false;
            }
        }
        return true;
    }

    /** The kinds of deed a disclosure's content clause speaks of by its verbs ("murdered", "abducted"). */
    Set<RelationType> deedsIn(SecretContext c, int s, DependencyGraph g, Token v) {
        Set<RelationType> out = new HashSet<>();
        for (Dependency e : g.outgoing(v)) {
            if (!isContent(c, s, g, e)) {
                continue;
            }
            for (Token w : g.descendants(e.dependent())) {
                if (w.tag().startsWith("VB")) {
                    if (killVerbs.contains(w.base())) {
                        out.add(RelationType.KILLED);
                    }
                    if (kidnapVerbs.contains(w.base())) {
                        out.add(RelationType.KIDNAPPED);
                    }
                }
            }
        }
        return out;
    }

    /** "Frank talking about the grave": a gerund with its subject and no "that" or auxiliary. */
    static boolean smallClause(DependencyGraph g, Token head) {
        if (!head.tag().equals("VBG")) {
            return false;
        }
        return g.outgoing(head).stream().map(Dependency::relation)
                .noneMatch(r -> r.equals("mark") || r.equals("aux") || r.equals("aux:pass"));
    }

    /** A content clause that asks what happened instead of saying it: "what he has done", "what happened". */
    static boolean whClause(DependencyGraph g, Token clause) {
        if (clause.tag().startsWith("W")) {
            return true;
        }
        for (Dependency e : g.outgoing(clause)) {
            String r = e.relation();
            Token d = e.dependent();
            if ((r.equals("obj") || r.startsWith("nsubj")) && d.tag().equals("WP") && d.base().equals("what")) {
                return true;
            }
        }
        return false;
    }

    /** The characters named inside what a disclosure verb governs, its subject and listeners aside. */
    Set<String> contentCharacters(SecretContext c, int s, DependencyGraph g, Token v) {
        Set<String> out = new LinkedHashSet<>();
        for (Dependency e : g.outgoing(v)) {
            if (!isContent(c, s, g, e)) {
                continue;
            }
            for (Token w : g.descendants(e.dependent())) {
                String id = c.mentions.direct(s, w);
                if (id != null) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** The content clause says who is whose parent or child ("that Julian was not his son"). */
    boolean parentageContent(DependencyGraph g, Token v) {
        for (Dependency e : g.outgoing(v)) {
            if (e.relation().equals("ccomp") && parentageNouns.contains(e.dependent().base())) {
                return true;
            }
        }
        return false;
    }
}
