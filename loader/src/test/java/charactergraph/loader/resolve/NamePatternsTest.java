package charactergraph.loader.resolve;

import charactergraph.loader.clean.ArticleCleaner;
import charactergraph.loader.nlp.HandBuilt;
import charactergraph.loader.rules.BadRules;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.rules.RuleFileException;
import charactergraph.loader.nlp.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule files compile, and rules match hand-tagged token sequences (no CoreNLP models needed). */
class NamePatternsTest {
    static Sentence tagged(String... wordSlashTag) {
        return HandBuilt.tagged(0, wordSlashTag);
    }

    @Test
    void everyShippedRuleFileCompiles() {
        assertFalse(new NamePatterns(RuleCatalog.builtIn().lines(EntityResolver.CASTING_RULES)).rules().isEmpty());
        assertFalse(new NamePatterns(RuleCatalog.builtIn().lines(EntityResolver.IDENTITY_RULES)).rules().isEmpty());
        new PeopleLexicon(RuleCatalog.builtIn().lines(PeopleLexicon.FILE));
        new ArticleCleaner();
    }

    @Test
    void castingRuleSeparatesActorFromCharacter() {
        NamePatterns p = new NamePatterns(RuleCatalog.builtIn().lines(EntityResolver.CASTING_RULES));
        Sentence t = tagged("The/DT", "film/NN", "stars/VBZ", "Ada/NNP", "Quinn/NNP", "as/IN", "Mabel/NNP", "Orr/NNP",
                "./.");
        NamePatterns.Match m = p.find(t).stream().filter(x -> x.rule().equals("stars-as")).findFirst().orElseThrow();
        assertEquals(3, m.groups().get("actor")[0]);
        assertEquals(5, m.groups().get("actor")[1]);
        assertEquals(6, m.groups().get("character")[0]);
        assertEquals(8, m.groups().get("character")[1]);
    }

    @Test
    void parenthesizedActorAfterCharacter() {
        NamePatterns p = new NamePatterns(RuleCatalog.builtIn().lines(EntityResolver.CASTING_RULES));
        Sentence t = tagged("Bram/NNP", "(/-LRB-", "Theo/NNP", "Lund/NNP", ")/-RRB-", "lies/VBZ", "./.");
        assertTrue(p.find(t).stream().anyMatch(x -> x.rule().equals("either-paren")
                && x.groups().get("character")[0] == 0 && x.groups().get("actor")[0] == 2));
    }

    @Test
    void identityRuleJoinsAFalseNameToTheRealOne() {
        NamePatterns p = new NamePatterns(RuleCatalog.builtIn().lines(EntityResolver.IDENTITY_RULES));
        Sentence t = tagged("Rosa/NNP", "is/VBZ", "n't/RB", "Rosa/NNP", "Pine/NNP", "at/IN", "all/DT", ";/:",
                "her/PRP$", "real/JJ", "name/NN", "is/VBZ", "Edith/NNP", "\"/``", "Edie/NNP", "\"/''", "Marsh/NNP", "./.");
        List<NamePatterns.Match> ms = p.find(t);
        assertTrue(ms.stream().anyMatch(x -> x.rule().equals("isnt-really")));
        NamePatterns.Match nick = ms.stream().filter(x -> x.rule().equals("nickname")).findFirst().orElseThrow();
        assertEquals(12, nick.groups().get("first")[0]);
        assertEquals(14, nick.groups().get("nick")[0]);
        assertEquals(16, nick.groups().get("last")[0]);
    }

    @Test
    void aNameFollowedByAPossessiveIsNotAnIdentity() {
        NamePatterns p = new NamePatterns(RuleCatalog.builtIn().lines(EntityResolver.IDENTITY_RULES));
        // "Dan was actually Vic Hale's son", with the possessive mis-tagged as a verb
        Sentence t = tagged("Dan/NNP", "was/VBD", "actually/RB", "Vic/NNP", "Hale/NNP", "'s/VBZ", "son/NN", "./.");
        assertTrue(p.find(t).isEmpty(), p.find(t).toString());
        Sentence real = tagged("Dan/NNP", "was/VBD", "actually/RB", "Vic/NNP", "Hale/NNP", "all/DT", "along/RB", "./.");
        assertTrue(p.find(real).stream().anyMatch(m -> m.rule().equals("is-really") && m.groups().get("real")[1] == 5));
    }

    @Test
    void aBrokenPatternFailsAtStartWithFileAndLine() {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> new NamePatterns(BadRules.lines("bad-patterns.txt")));
        assertTrue(e.getMessage().contains("bad-patterns.txt:3"), e.getMessage());
        assertEquals(3, e.line());
    }
}
