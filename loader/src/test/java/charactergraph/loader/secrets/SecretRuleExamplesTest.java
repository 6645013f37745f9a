package charactergraph.loader.secrets;

import charactergraph.loader.NlpFixture;
import charactergraph.loader.rules.RuleBlock;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Character;
import charactergraph.model.Extraction;
import charactergraph.model.Knowledge;
import charactergraph.model.Secret;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of the secret stage's rule files runs its own examples through the whole pipeline: a rule of
 * {@code secrets/hidden.rules} must give a secret kept by the names after "=>"; a rule of
 * {@code secrets/knowledge.rules} must make the name after "=>" know a secret, with the rule in the evidence; a step of
 * {@code secrets/scope.rules} likewise, as the step that decided. A counter must give nothing by that rule. A rule
 * without an example (or, for a step that can only refuse, a counter) fails.
 */
class SecretRuleExamplesTest {
    private static final RuleCatalog RULES = RuleCatalog.builtIn();

    private record Example(String file, String rule, String text, String expected, boolean counter) {
    }

    private static List<Example> examples(String file, String rule, RuleBlock b) {
        List<Example> out = new ArrayList<>();
        for (String e : b.all("example")) {
            int arrow = e.lastIndexOf("=>");
            out.add(new Example(file, rule, arrow < 0 ? e : e.substring(0, arrow).strip(), arrow < 0 ? "" : e.substring(arrow + 2).strip(), false));
        }
        for (String c : b.all("counter")) {
            out.add(new Example(file, rule, c, "", true));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> everyRuleOfTheSecretStageRunsItsExamples() {
        SecretNegation negation = new SecretNegation(RULES);
        List<Example> all = new ArrayList<>();
        for (PatternSecrets.Rule r : new PatternSecrets(RULES, negation).rules()) {
            assertFalse(r.block().all("example").isEmpty(), PatternSecrets.FILE + " [" + r.id() + "] has no example");
            all.addAll(examples("hidden", r.id(), r.block()));
        }
        for (KnowledgeRules.Rule r : new KnowledgeRules(RULES, negation).rules()) {
            assertFalse(r.block().all("example").isEmpty(), KnowledgeRules.FILE + " [" + r.id() + "] has no example");
            all.addAll(examples("knowledge", r.id(), r.block()));
        }
        for (ScopeLadder.Step s : new ScopeLadder(RULES, ScopeStrategies.all(new ContentClauses(RULES), 2)).steps()) {
            assertFalse(s.block().all("example").isEmpty() && s.block().all("counter").isEmpty(),
                    ScopeLadder.FILE + " [" + s.id() + "] has neither an example nor a counter");
            all.addAll(examples("scope", s.id(), s.block()));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : all) {
            tests.add(DynamicTest.dynamicTest(e.file() + " [" + e.rule() + "] " + (e.counter() ? "counter: " : "") + e.text(),
                    () -> check(e)));
        }
        return tests;
    }

    private static void check(Example e) {
        Extraction x = NlpFixture.extract(e.text()).extraction();
        Map<String, String> names = x.characters().stream().collect(Collectors.toMap(Character::id, Character::name));
        Map<String, List<String>> allNames = x.characters().stream().collect(Collectors.toMap(Character::id, Character::allNames));
        String found = describe(x, names);
        if (e.file().equals("hidden")) {
            List<Set<String>> keepers = new ArrayList<>();
            for (Secret s : x.secrets()) {
                if (s.evidence().stream().anyMatch(ev -> ev.rule().equals(e.rule()))) {
                    keepers.add(new TreeSet<>(s.keepers()));
                }
            }
            if (e.counter()) {
                assertTrue(keepers.isEmpty(), "no secret expected by [" + e.rule() + "]; found " + found);
            } else {
                List<String> expected = List.of(e.expected().split("\\s*,\\s*"));
                assertTrue(keepers.stream().anyMatch(k -> k.size() == expected.size() && expected.stream()
                        .allMatch(n -> k.stream().anyMatch(id -> allNames.get(id).contains(n)))),
                        "expected a secret kept by " + expected + "; found " + found);
            }
            return;
        }
        Set<String> knowers = new TreeSet<>();
        for (Secret s : x.secrets()) {
            for (Knowledge k : s.knowers()) {
                String rule = k.evidence().rule();
                if (rule.equals(e.rule()) || rule.endsWith("." + e.rule())) {
                    knowers.add(k.characterId());
                }
            }
        }
        if (e.counter()) {
            assertTrue(knowers.isEmpty(), "nobody expected to know by [" + e.rule() + "]; found " + found);
        } else {
            assertTrue(knowers.stream().anyMatch(id -> allNames.get(id).contains(e.expected())),
                    e.expected() + " should know a secret by [" + e.rule() + "]; found " + found);
        }
    }

    private static String describe(Extraction x, Map<String, String> names) {
        StringBuilder b = new StringBuilder();
        for (Secret s : x.secrets()) {
            b.append("\n  ").append(s.kind()).append(' ').append(s.keepers().stream().map(names::get).toList());
            for (Knowledge k : s.knowers()) {
                b.append("\n    ").append(names.get(k.characterId())).append(' ').append(k.how()).append(' ').append(k.evidence().rule());
            }
        }
        return b.length() == 0 ? "no secrets" : b.toString();
    }
}
