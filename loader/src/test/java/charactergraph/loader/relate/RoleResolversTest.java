package charactergraph.loader.relate;

import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.rules.RuleFileException;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.RelationType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each role resolver on dependency graphs written by hand: no language model is loaded. */
class RoleResolversTest {
    private static final RuleCatalog RULES = RuleCatalog.builtIn();
    private static final Clauses CLAUSES = new Clauses(RULES);

    private static RoleQuery query(Reading r, int s, String nodeWord, String from) {
        return new RoleQuery(r, s, r.graph(s), nodeWord == null ? null : HandReading.token(r, s, nodeWord), from);
    }

    private static Finding killed(String from, String to, int sentence) {
        return new Finding(RelationType.KILLED, from, to, false,
                new Evidence("hand-built", sentence, 0, 1, "x", "test", 0.9, FactStatus.STATED), null);
    }

    @Test
    void aNodeStandsForItsCharacterAndItsConjuncts() {
        Reading r = HandReading.of("[robbed/VBD nsubj>[Ava/NNP conj:and>Tom/NNP] obj>Ned/NNP]")
                .word("Ava", "ava", Gender.FEMALE).word("Tom", "tom", Gender.MALE).word("Ned", "ned", Gender.MALE).reading();
        NodeRole role = new NodeRole(new Relatives(RULES));
        assertEquals(Set.of("ava", "tom"), role.resolve(query(r, 0, "Ava", null)));
        assertEquals(Set.of("ned"), role.resolve(query(r, 0, "Ned", null)));
    }

    @Test
    void theOwnerOfABodyPartIsItsPossessorUnlessThatIsTheDoerThenTheOtherManNamedBefore() {
        // "Tom hits Luke, breaking his arm": "his" was resolved to Tom, yet the arm is Luke's
        Reading r = HandReading.of("[hits/VBZ nsubj>Tom/NNP obj>Luke/NNP advcl>[breaking/VBG obj>[arm/NN nmod:poss>his/PRP$]]]")
                .word("Tom", "tom", Gender.MALE).word("Luke", "luke", Gender.MALE).word("his", "tom", Gender.MALE).reading();
        OwnerRole role = new OwnerRole();
        assertEquals(Set.of("luke"), role.resolve(query(r, 0, "arm", "tom")));
        // someone else's arm: the possessor
        assertEquals(Set.of("tom"), role.resolve(query(r, 0, "arm", "luke")));
    }

    @Test
    void theVictimOfAKillerNounIsTheLatestVictimTheArticleNamed() {
        Reading r = HandReading.of("[murdered/VBN nsubj:pass>Dan/NNP aux:pass>was/VBD]", "[killer/NN nsubj>Eve/NNP cop>is/VBZ]")
                .word("Dan", "dan", Gender.MALE).word("Eve", "eve", Gender.FEMALE).reading();
        CrimeClasses crimes = new CrimeClasses(RULES);
        new ArticleFactsReader(RULES, CLAUSES, crimes).read(r);
        assertEquals(Set.of("dan"), new VictimRole(crimes).resolve(query(r, 1, "killer", "eve")));
    }

    @Test
    void theCulpritIsTheLatestDoerWithinTheWindowButNotTheOneTheRelationStartsAt() {
        Reading r = HandReading.of("[x/NN]", "[x/NN]", "[x/NN]", "[x/NN]", "[x/NN]").reading();
        r.findings.found.add(killed("tom", "ann", 0));
        CulpritRole role = new CulpritRole(2);
        assertEquals(Set.of("tom"), role.resolve(query(r, 2, null, "bob")));
        assertEquals(Set.of(), role.resolve(query(r, 2, null, "tom")));
        assertEquals(Set.of(), role.resolve(query(r, 3, null, "bob")), "three sentences later is out of the window");
        LatestCulpritRole latest = new LatestCulpritRole(15);
        assertEquals(Set.of("tom"), latest.resolve(query(r, 4, null, "bob")));
        assertEquals(Set.of(), latest.resolve(query(r, 4, null, "tom")), "nobody covers up for themself");
    }

    @Test
    void thePrincipalIsAMarkedCulpritElseTheLatestKillerBefore() {
        Reading r = HandReading.of("[x/NN]", "[x/NN]", "[x/NN]").reading();
        PrincipalRole role = new PrincipalRole(2);
        r.findings.found.add(killed("tom", "ann", 0));
        assertEquals(Set.of("tom"), role.resolve(query(r, 1, null, "bob")));
        r.facts.principals.put(1, List.of("eve"));
        assertEquals(Set.of("eve"), role.resolve(query(r, 2, null, "bob")));
        assertEquals(Set.of("tom"), role.resolve(query(r, 2, null, "eve")), "the accomplice is not their own principal");
    }

    @Test
    void theSeizerIsWhoTookTheHeldCharacterInThisSentenceOrTheOneBefore() {
        Reading r = HandReading.of("[takes/VBZ nsubj>Max/NNP obj>her/PRP]", "[held/VBN nsubj:pass>She/PRP aux:pass>is/VBZ]")
                .word("Max", "max", Gender.MALE).word("her", "mia", Gender.FEMALE).word("She", "mia", Gender.FEMALE).reading();
        assertEquals(Set.of("max"), new SeizerRole(RULES, CLAUSES).resolve(query(r, 1, "She", null)));
    }

    @Test
    void theAnswerIsTheNameTheNextShortSentenceGives() {
        Reading r = HandReading.of("[poisoned/VBD nsubj>Who/WP obj>Ann/NNP]", "[did/VBD nsubj>Thomas/NNP]")
                .word("Ann", "ann", Gender.FEMALE).word("Thomas", "thomas", Gender.MALE).reading();
        assertEquals(Set.of("thomas"), new AnswerRole().resolve(query(r, 0, null, null)));
    }

    @Test
    void aRoleThatIsNeitherANodeNorAResolverStopsTheStageAtStart() {
        String unknown = assertThrows(RuleFileException.class, () -> new RelationExtractor(RuleCatalog.onlyRelationRules("""
                [x]
                type: KILLED
                pattern: {lemma:kill}=verb >nsubj {}=agent >obj {}=patient
                from: killer
                to: patient
                """))).getMessage();
        assertTrue(unknown.contains("[x]") && unknown.contains("'killer'") && unknown.contains("culprit"), unknown);
        String unknownFunction = assertThrows(RuleFileException.class, () -> new RelationExtractor(RuleCatalog.onlyRelationRules("""
                [y]
                type: KILLED
                pattern: {lemma:kill}=verb >nsubj {}=agent >obj {}=patient
                from: agent
                to: mother(patient)
                """))).getMessage();
        assertTrue(unknownFunction.contains("[y]") && unknownFunction.contains("mother(node)"), unknownFunction);
    }
}
