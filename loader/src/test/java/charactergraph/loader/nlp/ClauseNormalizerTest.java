package charactergraph.loader.nlp;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The implicit subjects the normalizer makes explicit, on graphs written by hand (no language model). */
class ClauseNormalizerTest {
    private static Set<String> subjectsOf(Sentence s, String verb) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Dependency d : s.graph().edges()) {
            if (d.relation().equals("nsubj") && d.governor().word().equals(verb)) {
                out.add(d.dependent().word());
            }
        }
        return out;
    }

    @Test
    void aClauseWithoutSubjectTakesTheSubjectOfTheClauseAbove() {
        Sentence s = HandBuilt.parsed(0, "[fled/VBD nsubj>Max/NNP advcl>[shooting/VBG mark>after/IN obj>Ann/NNP]]");
        assertEquals(Set.of("Max"), subjectsOf(s, "shooting"));
    }

    @Test
    void aClauseControlledByAnObjectTakesTheObject() {
        // "Max orders his men to kill Ann": the men are to kill her, not Max
        Sentence s = HandBuilt.parsed(0, "[orders/VBZ nsubj>Max/NNP obj>men/NNS xcomp>[kill/VB mark>to/TO obj>Ann/NNP]]");
        assertEquals(Set.of("men"), subjectsOf(s, "kill"));
    }

    @Test
    void aPurposeClauseOfAnObjectControlVerbTakesTheObjectOnlyForThoseVerbs() {
        // "He sends his secretary to impersonate Bessie", parsed with the clause as advcl:to
        String graph = "[sends/VBZ nsubj>He/PRP obj>secretary/NN advcl:to>[impersonate/VB mark>to/TO obj>Bessie/NNP]]";
        ClauseNormalizer withSend = new ClauseNormalizer(Set.of("send"));
        ClauseNormalizer plain = new ClauseNormalizer(Set.of());
        Sentence parsed = HandBuilt.parsed(0, graph);
        edu.stanford.nlp.semgraph.SemanticGraph g = parsed.parsedGraph().semgraph;
        assertEquals(Set.of("secretary"), subjects(withSend.normalize(g), "impersonate"));
        assertEquals(Set.of("He"), subjects(plain.normalize(g), "impersonate"));
    }

    private static Set<String> subjects(edu.stanford.nlp.semgraph.SemanticGraph g, String verb) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.edgeIterable()) {
            if (e.getRelation().toString().equals("nsubj") && e.getGovernor().word().equals(verb)) {
                out.add(e.getDependent().word());
            }
        }
        return out;
    }
}
