package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes implicit arguments explicit in a copy of a sentence's enhanced++ graph, so that simple Semgrex rules see
 * them. The parser leaves gerund and loosely attached clauses without a subject ("..., before accidentally shooting
 * and killing Y"; "..., then confesses everything to Z"), and leaves the first of two coordinated verbs without the
 * object they share ("shooting and killing Y"). A clause controlled by an object gets the object as its subject
 * ("orders his men to kill him": the men are to kill). The annotation itself is never changed.
 */
final class ClauseNormalizer {
    private static final Set<String> FINITE_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");
    private static final int MAX_CLIMB = 5;

    /** Verbs whose object does what their "to" clause says ("sends Della to impersonate Bessie", "hires a man to ..."). */
    private final Set<String> objectControlVerbs;

    /** @param objectControlVerbs lemmas of verbs whose "to" clause (however the parser attaches it) is their object's to do */
    ClauseNormalizer(Set<String> objectControlVerbs) {
        this.objectControlVerbs = Set.copyOf(objectControlVerbs);
    }

    /** A normalized copy of the graph. */
    SemanticGraph normalize(SemanticGraph original) {
        SemanticGraph g = new SemanticGraph(original);
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (IndexedWord v : g.vertexListSorted()) {
            if (!isPredicate(g, v) || hasSubject(g, v) || attachesToNoun(g, v)) {
                continue;
            }
            for (IndexedWord subject : inheritedSubjects(g, v, objectControlVerbs)) {
                if (subject != v) {
                    added.add(new SemanticGraphEdge(v, subject, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT,
                            Double.NEGATIVE_INFINITY, true));
                }
            }
        }
        // A cleft: "it was Tess who switched his tablets" -> Tess is the subject of "switched".
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord focus = e.getGovernor();
            IndexedWord clause = e.getDependent();
            if (!e.getRelation().toString().equals("ccomp") || !focus.tag().startsWith("NNP")
                    || g.outgoingEdgeList(focus).stream().noneMatch(x -> x.getRelation().toString().equals("nsubj")
                    && x.getDependent().word().equalsIgnoreCase("it"))) {
                continue;
            }
            for (SemanticGraphEdge s : g.outgoingEdgeList(clause)) {
                if (s.getRelation().toString().equals("nsubj") && s.getDependent().word().matches("(?i)who|that")) {
                    added.add(new SemanticGraphEdge(clause, focus, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT,
                            Double.NEGATIVE_INFINITY, true));
                }
            }
        }
        // Right-node raising: "shooting and killing Y" -> Y is the object of both verbs.
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            if (!e.getRelation().toString().startsWith("conj")) {
                continue;
            }
            IndexedWord first = e.getGovernor();
            IndexedWord second = e.getDependent();
            if (!isVerb(first) || !isVerb(second) || second.index() < first.index() || hasObject(g, first)) {
                continue;
            }
            for (SemanticGraphEdge o : g.outgoingEdgeList(second)) {
                String r = o.getRelation().toString();
                if (r.equals("obj") || r.equals("iobj")) {
                    added.add(new SemanticGraphEdge(first, o.getDependent(), UniversalEnglishGrammaticalRelations.DIRECT_OBJECT,
                            Double.NEGATIVE_INFINITY, true));
                }
            }
        }
        for (SemanticGraphEdge e : added) {
            g.addEdge(e.getGovernor(), e.getDependent(), e.getRelation(), e.getWeight(), true);
        }
        return g;
    }

    private static List<IndexedWord> inheritedSubjects(SemanticGraph g, IndexedWord v, Set<String> objectControlVerbs) {
        IndexedWord current = v;
        for (int step = 0; step < MAX_CLIMB; step++) {
            SemanticGraphEdge up = clausalParent(g, current);
            if (up == null) {
                return List.of();
            }
            IndexedWord p = up.getGovernor();
            String rel = up.getRelation().toString();
            if (step == 0 && (rel.equals("xcomp") || rel.equals("advcl:to") && objectControlVerbs.contains(lemma(p)))) {
                // object control: in "sends Della to impersonate Bessie", "orders his men to kill him", the one who
                // is to do it is the object of the verb above, not its subject
                List<IndexedWord> objects = new ArrayList<>();
                for (SemanticGraphEdge o : g.outgoingEdgeList(p)) {
                    String r = o.getRelation().toString();
                    if ((r.equals("obj") || r.equals("iobj")) && o.getDependent() != v && o.getDependent().index() < v.index()) {
                        objects.add(o.getDependent());
                    }
                }
                if (!objects.isEmpty()) {
                    return objects;
                }
            }
            if (isFinite(g, p)) {
                List<IndexedWord> subjects = new ArrayList<>();
                for (SemanticGraphEdge s : g.outgoingEdgeList(p)) {
                    String r = s.getRelation().toString();
                    if (r.equals("nsubj") || r.equals("nsubj:pass")) {
                        subjects.add(s.getDependent());
                    }
                }
                if (!subjects.isEmpty()) {
                    return subjects;
                }
            }
            current = p;
        }
        return List.of();
    }

    /** The edge by which a clause hangs off another clause (conj, dep, advcl, xcomp, parataxis), if any. */
    private static SemanticGraphEdge clausalParent(SemanticGraph g, IndexedWord v) {
        SemanticGraphEdge best = null;
        for (SemanticGraphEdge e : g.incomingEdgeList(v)) {
            String r = e.getRelation().toString();
            if (r.startsWith("conj") || r.equals("dep") || r.startsWith("advcl") || r.equals("xcomp")
                    || r.equals("parataxis")) {
                if (isPredicate(g, e.getGovernor()) && (best == null || r.startsWith("conj"))) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static boolean attachesToNoun(SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge e : g.incomingEdgeList(v)) {
            String r = e.getRelation().toString();
            if (r.startsWith("acl") || r.equals("amod")) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() != null ? w.lemma() : w.word()).toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    static boolean isPredicate(SemanticGraph g, IndexedWord w) {
        if (isVerb(w)) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("cop")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinite(SemanticGraph g, IndexedWord w) {
        if (FINITE_TAGS.contains(w.tag())) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = e.getRelation().toString();
            if ((r.startsWith("aux") || r.equals("cop")) && FINITE_TAGS.contains(e.getDependent().tag())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubject(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = e.getRelation().toString();
            if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("expl")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasObject(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = e.getRelation().toString();
            if (r.equals("obj") || r.equals("iobj") || r.equals("ccomp")) {
                return true;
            }
        }
        return false;
    }
}
