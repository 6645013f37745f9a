package charactergraph.loader.secrets;

import charactergraph.loader.nlp.HandBuilt;
import charactergraph.loader.rules.Disclosure;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.rules.RuleFileException;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.SecretKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scope ladder's mechanics, on steps written inline and strategies that only say whether they find something. */
class ScopeLadderTest {
    private static final SecretContext CONTEXT = new SecretContext(HandBuilt.articleOf("[x/NN]"),
            new Cast(List.of(), java.util.Map.of(), Set.of()), List.of(), RuleCatalog.builtIn());

    /** A strategy that finds one secret, or none. */
    private record Fixed(String name, boolean finds) implements ScopeStrategy {
        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            return finds ? List.of(new Draft(SecretKind.HIDDEN_KILLING)) : List.of();
        }
    }

    private static final List<ScopeStrategy> STRATEGIES = List.of(new Fixed("finds", true), new Fixed("finds-nothing", false));

    private static ScopeLadder ladder(String text) {
        return new ScopeLadder(RuleCatalog.blocksOf("test.rules", text, ScopeLadder.KEYS), "test.rules", STRATEGIES);
    }

    private static DisclosureReading reading(boolean told, boolean truth, boolean all) {
        Disclosure verb = new Disclosure("tell", null, KnowledgeSource.CONFESSED, told ? KnowledgeSource.TOLD : null);
        return new DisclosureReading(0, CONTEXT.graph(0), CONTEXT.graph(0).vertices().get(0), verb, Set.of("a"), Set.of(),
                Set.of(), all, truth, Set.of(), false, null, true, false, false);
    }

    @Test
    void theFirstStepThatAppliesAndFindsSomethingDecides() {
        ScopeLadder l = ladder("""
                [empty-first]
                strategy: finds-nothing
                when: truth
                [for-the-truth]
                strategy: finds
                when: truth
                [otherwise]
                strategy: finds
                """);
        Ledger ledger = new Ledger(CONTEXT);
        assertEquals("for-the-truth", l.scope(CONTEXT, ledger, reading(true, true, false)).step().id());
        assertEquals("otherwise", l.scope(CONTEXT, ledger, reading(true, false, false)).step().id());
    }

    @Test
    void aFinalStepDecidesEvenWhenItFindsNothing() {
        ScopeLadder l = ladder("""
                [everything-but-nothing]
                strategy: finds-nothing
                when: all
                final: yes
                [fallback]
                strategy: finds
                """);
        ScopeLadder.Scope s = l.scope(CONTEXT, new Ledger(CONTEXT), reading(true, false, true));
        assertEquals("everything-but-nothing", s.step().id());
        assertTrue(s.secrets().isEmpty());
    }

    @Test
    void whenLinesAreAlternativesAndABangNegates() {
        ScopeLadder l = ladder("""
                [not-told-or-truth]
                strategy: finds
                when: !told
                when: truth
                """);
        Ledger ledger = new Ledger(CONTEXT);
        assertEquals("not-told-or-truth", l.scope(CONTEXT, ledger, reading(false, false, false)).step().id());
        assertEquals("not-told-or-truth", l.scope(CONTEXT, ledger, reading(true, true, false)).step().id());
        assertNull(l.scope(CONTEXT, ledger, reading(true, false, false)));
    }

    @Test
    void anUnknownStrategyOrFlagIsRefusedWithFileAndLine() {
        RuleFileException strategy = assertThrows(RuleFileException.class, () -> ladder("""
                [x]
                strategy: guess
                """));
        assertTrue(strategy.getMessage().startsWith("test.rules:2:") && strategy.getMessage().contains("'guess'"),
                strategy.getMessage());
        RuleFileException flag = assertThrows(RuleFileException.class, () -> ladder("""
                [y]
                strategy: finds
                when: truth, !maybe
                """));
        assertTrue(flag.getMessage().startsWith("test.rules:3:") && flag.getMessage().contains("'!maybe'"), flag.getMessage());
    }

    @Test
    void theShippedLadderNamesOnlyKnownStrategiesAndFlags() {
        ScopeLadder shipped = new ScopeLadder(RuleCatalog.builtIn(), ScopeStrategies.all(new ContentClauses(RuleCatalog.builtIn()), 2));
        List<String> ids = new ArrayList<>();
        shipped.steps().forEach(s -> ids.add(s.id()));
        assertEquals("everything-the-teller-keeps", ids.get(0));
        assertEquals("latest-spoken-of", ids.get(ids.size() - 1));
    }
}
