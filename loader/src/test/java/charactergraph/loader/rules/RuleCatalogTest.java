package charactergraph.loader.rules;

import charactergraph.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule files load, and a broken rule is refused with a message that says what to fix. No NLP models needed. */
class RuleCatalogTest {

    @Test
    void builtInRulesLoadAndCoverTheScoredTypes() {
        RuleCatalog rules = RuleCatalog.builtIn();
        for (RelationType t : new RelationType[]{RelationType.KILLED, RelationType.KIDNAPPED, RelationType.COVERS_UP_FOR,
                RelationType.ACCOMPLICE_OF, RelationType.INJURED, RelationType.RESCUED, RelationType.MARRIED_TO}) {
            assertTrue(rules.relationRules().stream().anyMatch(r -> r.type() == t), "no rule for " + t);
        }
        assertEquals(RelationType.PARENT_OF, rules.kinship().get("father").type());
        assertTrue(rules.kinship().get("father").alterToEgo());
        assertEquals("child", rules.kinship().get("son").parentageRole());
        assertTrue(rules.lexicon("kill_verbs").contains("strangle"));
        assertNotNull(rules.relationRule("cover-not-turn-in"));
        assertEquals(RelationRule.Polarity.NEGATED, rules.relationRule("cover-not-turn-in").polarity());
    }

    @Test
    void relationNameWithColonMustBeARegex() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleCatalog.onlyRelationRules("""
                [bad-with]
                type: KILLED
                pattern: {lemma:kill}=verb >nsubj {}=agent >nmod:with {}=patient
                from: agent
                to: patient
                """));
        assertTrue(e.getMessage().contains("[bad-with]"), e.getMessage());
        assertTrue(e.getMessage().contains(">/nmod:with/"), e.getMessage());
    }

    @Test
    void aRuleIdWithASpaceIsRefusedSinceEvidenceEntriesEndWithIt() {
        String message = assertThrows(RuleFileException.class, () -> RuleCatalog.onlyRelationRules("""
                [kill by hand]
                type: KILLED
                pattern: {lemma:kill}=verb >nsubj {}=agent >obj {}=patient
                from: agent
                to: patient
                """)).getMessage();
        assertTrue(message.contains("rule id [kill by hand] has a space"), message);
    }

    @Test
    void unknownTypeKeyAndNodeAreNamed() {
        String unknownType = assertThrows(RuleFileException.class, () -> RuleCatalog.onlyRelationRules("""
                [x]
                type: STABBED
                pattern: {lemma:stab}=verb >nsubj {}=agent >obj {}=patient
                from: agent
                to: patient
                """)).getMessage();
        assertTrue(unknownType.contains("unknown relation type 'STABBED'"), unknownType);

        String unknownKey = assertThrows(RuleFileException.class, () -> RuleCatalog.onlyRelationRules("""
                [x]
                type: KILLED
                patern: {lemma:kill}=verb
                """)).getMessage();
        assertTrue(unknownKey.contains("unknown key 'patern'"), unknownKey);

        String badNode = assertThrows(RuleFileException.class, () -> RuleCatalog.onlyRelationRules("""
                [x]
                type: KILLED
                pattern: {lemma:kill}=verb >nsubj {}=agent >obj {}=patient
                from: agent
                to: victim(corpse)
                """)).getMessage();
        assertTrue(badNode.contains("'corpse'"), badNode);
    }

    @Test
    void brokenPatternAndMissingLexiconAreRefused() {
        String broken = assertThrows(RuleFileException.class, () -> RuleCatalog.onlyRelationRules("""
                [x]
                type: KILLED
                pattern: {lemma:kill=verb >nsubj {}=agent >obj {}=patient
                from: agent
                to: patient
                """)).getMessage();
        assertTrue(broken.contains("does not compile"), broken);

        String lexicon = assertThrows(RuleFileException.class, () -> RuleCatalog.onlyRelationRules("""
                [x]
                type: KILLED
                pattern: {lemma:/@NO_SUCH_WORDS/}=verb >nsubj {}=agent >obj {}=patient
                from: agent
                to: patient
                """)).getMessage();
        assertTrue(lexicon.contains("@NO_SUCH_WORDS") && lexicon.contains("no_such_words.txt"), lexicon);
    }

    @Test
    void aValidExtraRuleIsAccepted() {
        RuleCatalog rules = RuleCatalog.onlyRelationRules("""
                # users add rules in the same format
                [drown-active]
                type: KILLED
                pattern: {lemma:/drown/}=verb >nsubj {}=agent >obj {}=patient
                from: agent
                to: patient
                confidence: 0.7
                """);
        assertEquals(1, rules.relationRules().size());
        assertEquals(0.7, rules.relationRule("drown-active").confidence());
        assertFalse(rules.relationRule("drown-active").requiresPatientDies());
    }
}
