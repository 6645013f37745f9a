package charactergraph.api.characters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

import charactergraph.cypher.CypherResources;
import charactergraph.loader.write.SchemaInstaller;
import charactergraph.testsupport.Neo4jHarness;

/**
 * find-character.cypher, which every path, knowledge and character request runs: it answers by id, by name or
 * alias in any case, and its plan reads the same few records whether the graph holds 50 characters or 10,000
 * (it used to scan every character on each look-up).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindCharacterPlanTest {
    private static final String FIND = CypherResources.read("api/find-character.cypher");
    private Driver driver;

    @BeforeAll
    void emptyGraphWithSchema() {
        Neo4jHarness.wipe();
        driver = Neo4jHarness.driver();
        new SchemaInstaller(driver).install();
        run("""
                CREATE (:Character {id: 'harbour/zoe', name: "Zoë O'Brien", aliases: ['Zo', 'The Captain'],
                                    names: ["zoë o'brien", 'zo', 'the captain'], story: 'harbour'})
                CREATE (:Character {id: 'harbour/anna', name: 'Anna', aliases: [], names: ['anna'], story: 'harbour'})
                CREATE (:Character {id: 'fjord/anna', name: 'Anna', aliases: ['Harbour/Zoe'], names: ['anna', 'harbour/zoe'],
                                    story: 'fjord'})
                CREATE (:Character {id: 'fjord/anna-berg', name: 'Anna Berg', aliases: [], names: ['anna berg'],
                                    story: 'fjord'})
                """, Map.of());
    }

    @Test
    void findsByIdByNameAndByAliasInAnyCase() {
        assertEquals(List.of("harbour/zoe"), find("harbour/zoe", null));
        assertEquals(List.of("harbour/zoe"), find("zoë o'brien", null));
        assertEquals(List.of("harbour/zoe"), find("  ZOË O'Brien ", null));
        assertEquals(List.of("harbour/zoe"), find("the captain", null));
        assertEquals(List.of("harbour/zoe"), find("Zo", null));
        // A phrase match inside a longer name is not a name: "Anna" is not "Anna Berg".
        assertEquals(List.of("fjord/anna", "harbour/anna"), find("ANNA", null));
        assertEquals(List.of("fjord/anna"), find("anna", "fjord"));
        assertEquals(List.of("fjord/anna-berg"), find("Anna Berg", null));
        assertEquals(List.of(), find("Berg", null));
        assertEquals(List.of(), find("captain", null));
        assertEquals(List.of(), find("???", null));
        assertEquals(List.of(), find("\"anna\" OR *", null));
        assertEquals(List.of(), find("anna\\", null));
        assertEquals(List.of(), find("\"", null));
    }

    @Test
    void anExactIdWinsOverTheSameTextAsAnotherCharactersAlias() {
        assertEquals(List.of("harbour/zoe"), find("harbour/zoe", null));
        assertEquals(List.of(), find("harbour/zoe", "fjord"), "the id names a character of another story");
    }

    @Test
    void lookUpsReadAsManyRecordsWithTenThousandCharactersAsWithFifty() {
        run("UNWIND range(1, 50) AS i CREATE (:Character {id: 'small/c' + i, name: 'Extra ' + i, aliases: [],"
                + " names: ['extra ' + i], story: 'small'})", Map.of());
        Map<String, Long> small = profile();

        // 10,000 more characters, every one with the same first name, in 100 stories.
        run("UNWIND range(1, 10000) AS i CREATE (:Character {id: 'big' + (i % 100) + '/c' + i, name: 'Extra ' + (i + 50),"
                + " aliases: ['Kim'], names: ['extra ' + (i + 50), 'kim'], story: 'big' + (i % 100)})", Map.of());
        Map<String, Long> large = profile();

        for (String ref : small.keySet()) {
            assertTrue(large.get(ref) <= small.get(ref) + 4, "db hits for '" + ref + "' grew with the graph: "
                    + small.get(ref) + " with 54 characters, " + large.get(ref) + " with 10,054");
        }
    }

    /** Total db hits of one look-up by id and one by name; and no plan may scan the Character label. */
    private Map<String, Long> profile() {
        Map<String, Long> hits = new HashMap<>();
        for (String ref : List.of("harbour/anna", "Zoë O'Brien", "extra 7", "no such name")) {
            ProfiledPlan plan = profiled(ref);
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            assertFalse(operators.stream().anyMatch(o -> o.contains("LabelScan") || o.contains("AllNodesScan")),
                    "a look-up of '" + ref + "' scans: " + operators);
            hits.put(ref, dbHits(plan));
        }
        return hits;
    }

    private ProfiledPlan profiled(String ref) {
        try (Session session = driver.session()) {
            return session.run("PROFILE " + FIND, params(ref, null)).consume().profile();
        }
    }

    private static void collect(ProfiledPlan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(c -> collect(c, operators));
    }

    private static long dbHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(FindCharacterPlanTest::dbHits).sum();
    }

    private List<String> find(String ref, String story) {
        try (Session session = driver.session()) {
            return session.run(FIND, params(ref, story)).list(r -> r.get("id").asString());
        }
    }

    /** The parameters CharacterLookup gives the statement. */
    private static Map<String, Object> params(String ref, String story) {
        Map<String, Object> p = new HashMap<>();
        p.put("ref", ref.strip());
        p.put("story", story);
        return p;
    }

    private void run(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            session.run(cypher, params).consume();
        }
    }
}
