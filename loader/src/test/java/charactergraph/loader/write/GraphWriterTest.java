package charactergraph.loader.write;

import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.SecretKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.List;
import java.util.Map;

import static charactergraph.loader.write.Fixtures.accident;
import static charactergraph.loader.write.Fixtures.doc;
import static charactergraph.loader.write.Fixtures.ev;
import static charactergraph.loader.write.Fixtures.knows;
import static charactergraph.loader.write.Fixtures.person;
import static charactergraph.loader.write.Fixtures.played;
import static charactergraph.loader.write.Fixtures.rel;
import static charactergraph.loader.write.Fixtures.secret;
import static charactergraph.model.RelationType.KIDNAPPED;
import static charactergraph.model.RelationType.KILLED;
import static charactergraph.model.RelationType.MARRIED_TO;
import static charactergraph.model.RelationType.PARENT_OF;
import static charactergraph.model.RelationType.SIBLING_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer against a real Neo4j (the shared harness), with articles of invented stories built inline. */
class GraphWriterTest {
    private static final String HARBOR = "The Harbor Lights";
    private static final String ORCHARD = "Cold Orchard";

    private Driver driver;
    private GraphWriter writer;

    @BeforeAll
    static void startNeo4j() {
        SharedNeo4j.driver();
    }

    @BeforeEach
    void emptyGraph() {
        driver = SharedNeo4j.wiped();
        writer = new GraphWriter(driver);
    }

    /** A recap of The Harbor Lights: Tomas kills Erik, Anna is married to Tomas, Anna secretly mothered Maja. */
    static Extraction harborRecap(String version) {
        String d = "harbor-recap";
        return doc(d, HARBOR, version)
                .character(played(d, "anna-berg", "Anna Berg", "Lena Holm", 1))
                .character(person(d, "tomas-lind", "Tomas Lind", "Tomas"))
                .character(person(d, "erik-berg", "Erik Berg", "Erik"))
                .character(person(d, "maja-ek", "Maja Ek", "Maja"))
                .relation(rel(KILLED, "tomas-lind", "erik-berg", ev(d, 3, "Tomas strangles Erik on the pier.", "kill-active")))
                .relation(rel(MARRIED_TO, "tomas-lind", "anna-berg", ev(d, 2, "Anna's husband Tomas", "spouse-possessive")))
                .relation(rel(SIBLING_OF, "erik-berg", "anna-berg", ev(d, 4, "Erik, Anna's brother", "sibling-apposition")))
                .secret(secret("hidden-parentage-anna", "Anna Berg is Maja Ek's mother.", SecretKind.HIDDEN_PARENTAGE,
                        List.of("anna-berg", "maja-ek"), List.of("anna-berg"),
                        List.of(knows("anna-berg", KnowledgeSource.TOOK_PART, 5, ev(d, 5, "Anna gave Maja away.", "secret-gave-away")),
                                knows("erik-berg", KnowledgeSource.DISCOVERED, 6, ev(d, 6, "Erik found the birth papers.", "knows-found"))),
                        ev(d, 5, "Anna gave Maja away.", "secret-gave-away")))
                .build();
    }

    @Test
    void reloadingTheSameArticleChangesNothing() {
        writer.write(harborRecap("v1"));
        GraphCounts counts = writer.counts();
        List<String> before = GraphSnapshot.of(driver);

        writer.write(harborRecap("v1"));

        assertEquals(counts, writer.counts());
        assertEquals(before, GraphSnapshot.of(driver));
        Map<String, Object> killed = GraphSnapshot.relationship(driver, "the-harbor-lights/tomas-lind", "KILLED",
                "the-harbor-lights/erik-berg");
        assertEquals(List.of("harbor-recap"), killed.get("sources"), "one evidence entry, not two");
        assertEquals(new GraphCounts(1, 4, 3, 1, 1), counts);
    }

    @Test
    void reloadingOneOfTwoArticlesKeepsTheGraphIdentical() {
        writer.write(harborRecap("v1"));
        writer.write(harborReview());
        List<String> before = GraphSnapshot.of(driver);

        writer.write(harborRecap("v1"));

        assertEquals(before, GraphSnapshot.of(driver), "entry order must not depend on load order");
    }

    /** A review of the same story: calls Anna by her first name, confirms the marriage, adds a kidnapping. */
    static Extraction harborReview() {
        String d = "harbor-review";
        return doc(d, HARBOR, "v1")
                .character(person(d, "anna", "Anna"))
                .character(person(d, "tomas", "Tomas Lind", "Tomas"))
                .character(person(d, "maja", "Maja"))
                .relation(rel(MARRIED_TO, "anna", "tomas", ev(d, 1, "Anna and her husband Tomas", "spouse-possessive")))
                .relation(rel(KIDNAPPED, "tomas", "maja", ev(d, 2, "Tomas snatches Maja from school.", "kidnap-active")))
                .secret(secret("parentage", "Anna is Maja's mother.", SecretKind.HIDDEN_PARENTAGE,
                        List.of("maja", "anna"), List.of("anna"),
                        List.of(knows("tomas", KnowledgeSource.TOLD, 7, ev(d, 7, "Anna tells Tomas the truth.", "knows-told"))),
                        ev(d, 3, "Maja is really Anna's daughter.", "secret-really")))
                .build();
    }

    @Test
    void mergesACharacterAcrossArticlesOfTheSameStory() {
        WriteResult first = writer.write(harborRecap("v1"));
        WriteResult second = writer.write(harborReview());

        assertEquals(first.characters().get("anna-berg"), second.characters().get("anna"));
        assertEquals(first.characters().get("maja-ek"), second.characters().get("maja"));
        assertEquals(first.characters().get("tomas-lind"), second.characters().get("tomas"));
        assertEquals(0, second.newCharacters());
        assertEquals(4, writer.counts().characters());

        try (Session s = driver.session()) {
            var anna = s.run("MATCH (c:Character {id: 'the-harbor-lights/anna-berg'}) "
                    + "RETURN c.name AS name, c.aliases AS aliases, c.names AS names, "
                    + "COUNT { (:Document)-[:MENTIONS]->(c) } AS docs").single();
            assertEquals("Anna Berg", anna.get("name").asString(), "the fuller name wins");
            assertTrue(anna.get("aliases").asList().contains("Anna"));
            assertTrue(anna.get("names").asList().containsAll(List.of("anna berg", "anna")));
            assertEquals(2, anna.get("docs").asLong());
        }
        // The marriage is stated by both articles: one relationship, two sources.
        Map<String, Object> married = GraphSnapshot.relationship(driver, "the-harbor-lights/anna-berg", "MARRIED_TO",
                "the-harbor-lights/tomas-lind");
        assertEquals(List.of("harbor-recap", "harbor-review"), married.get("sources"));
        // The secret about Anna and Maja is one node reported by both.
        assertEquals(1, writer.counts().secrets());
        assertEquals(2, GraphSnapshot.count(driver, "MATCH (:Document)-[:REPORTS]->(s:Secret) RETURN count(*)"));
        assertNotNull(GraphSnapshot.relationship(driver, "the-harbor-lights/tomas-lind", "KNOWS",
                "the-harbor-lights/hidden-parentage-anna-berg-maja-ek"));
    }

    @Test
    void aShortNameLoadedFirstTakesTheFullNameLaterAndKeepsItsId() {
        writer.write(harborReview());
        writer.write(harborRecap("v1"));
        try (Session s = driver.session()) {
            var rows = s.run("MATCH (c:Character) WHERE 'anna' IN c.names RETURN c.id AS id, c.name AS name").list();
            assertEquals(1, rows.size());
            assertEquals("the-harbor-lights/anna", rows.get(0).get("id").asString());
            assertEquals("Anna Berg", rows.get(0).get("name").asString());
        }
        // Taking the fuller article away brings the name back.
        assertTrue(writer.removeDocument("harbor-recap"));
        try (Session s = driver.session()) {
            assertEquals("Anna", s.run("MATCH (c:Character {id: 'the-harbor-lights/anna'}) RETURN c.name")
                    .single().get(0).asString());
        }
    }

    @Test
    void neverMergesCharactersOfDifferentStories() {
        String d = "orchard-recap";
        Extraction orchard = doc(d, ORCHARD, "v1")
                .character(person(d, "anna-berg", "Anna Berg", "Anna"))
                .character(person(d, "tomas-lind", "Tomas Lind"))
                .relation(rel(MARRIED_TO, "anna-berg", "tomas-lind", ev(d, 1, "Anna Berg married Tomas Lind.", "spouse-married")))
                .build();
        writer.write(harborRecap("v1"));
        WriteResult result = writer.write(orchard);

        assertEquals(2, result.newCharacters());
        assertEquals("cold-orchard/anna-berg", result.characters().get("anna-berg"));
        assertEquals(2, GraphSnapshot.count(driver, "MATCH (c:Character {name: 'Anna Berg'}) RETURN count(c)"));
        assertEquals(0, GraphSnapshot.count(driver,
                "MATCH (a:Character)-[r]-(b:Character) WHERE a.story <> b.story RETURN count(r)"));
        assertEquals(2, GraphSnapshot.count(driver, "MATCH (s:Story) RETURN count(s)"));
    }

    @Test
    void aChangedVersionReplacesOnlyWhatTheOldVersionAloneSupported() {
        writer.write(harborRecap("v1"));
        writer.write(harborReview());

        // Version 2 of the recap drops Erik (and so the killing, the sibling link and Erik's knowledge) and the secret.
        String d = "harbor-recap";
        Extraction v2 = doc(d, HARBOR, "v2")
                .character(person(d, "anna-berg", "Anna Berg"))
                .character(person(d, "tomas-lind", "Tomas Lind"))
                .character(person(d, "ola-ek", "Ola Ek"))
                .relation(rel(PARENT_OF, "ola-ek", "tomas-lind", ev(d, 1, "Ola, Tomas's father", "parent-apposition")))
                .build();
        assertFalse(writer.isLoaded(d, "sha-harbor-recap-v2"));
        writer.write(v2);
        assertTrue(writer.isLoaded(d, "sha-harbor-recap-v2"));
        assertFalse(writer.isLoaded(d, "sha-harbor-recap-v1"));

        String h = "the-harbor-lights/";
        assertNull(GraphSnapshot.relationship(driver, h + "tomas-lind", "KILLED", h + "erik-berg"));
        assertEquals(0, GraphSnapshot.count(driver, "MATCH (c:Character {id: $id}) RETURN count(c)",
                Map.of("id", h + "erik-berg")), "Erik was only in the old version");
        assertNotNull(GraphSnapshot.relationship(driver, h + "ola-ek", "PARENT_OF", h + "tomas-lind"));
        // The marriage is still stated by the review (and by v2? no: v2 does not state it).
        Map<String, Object> married = GraphSnapshot.relationship(driver, h + "anna-berg", "MARRIED_TO", h + "tomas-lind");
        assertEquals(List.of("harbor-review"), married.get("sources"));
        assertEquals(List.of("Anna and her husband Tomas"), married.get("quotes"));
        // The secret stays because the review reports it; the recap's KNOWS and KEEPS entries went.
        assertEquals(1, writer.counts().secrets());
        assertNull(GraphSnapshot.relationship(driver, h + "erik-berg", "KNOWS", h + "hidden-parentage-anna-berg-maja-ek"));
        Map<String, Object> keeps = GraphSnapshot.relationship(driver, h + "anna-berg", "KEEPS",
                h + "hidden-parentage-anna-berg-maja-ek");
        assertEquals(List.of("harbor-review"), keeps.get("sources"));
        // Maja is still mentioned by the review; the actor only the old recap named is gone.
        assertEquals(1, GraphSnapshot.count(driver, "MATCH (c:Character {id: $id}) RETURN count(c)",
                Map.of("id", h + "maja-ek")));
        assertEquals(0, writer.counts().actors());
        assertEquals(new GraphCounts(2, 4, 3, 1, 0), writer.counts());
    }

    @Test
    void aFailureHalfWayLeavesTheGraphAsItWas() {
        writer.write(harborRecap("v1"));
        writer.write(harborReview());
        List<String> before = GraphSnapshot.of(driver);

        for (String stage : List.of("stripped", "characters", "relations", "secrets", "finalized")) {
            GraphWriter failing = new GraphWriter(driver, null, s -> {
                if (s.equals(stage)) {
                    throw new IllegalStateException("injected failure after " + s);
                }
            });
            String d = "harbor-recap";
            Extraction v2 = doc(d, HARBOR, "v2")
                    .character(person(d, "anna-berg", "Anna Berg"))
                    .character(person(d, "nils", "Nils Strand"))
                    .relation(rel(KILLED, "anna-berg", "nils", ev(d, 1, "Anna shoots Nils.", "kill-active")))
                    .build();
            var error = assertThrows(IllegalStateException.class, () -> failing.write(v2));
            assertEquals("injected failure after " + stage, error.getMessage());
            assertEquals(before, GraphSnapshot.of(driver), "graph changed by a failed write at " + stage);
        }
        assertTrue(writer.isLoaded("harbor-recap", "sha-harbor-recap-v1"));
    }

    @Test
    void aFailedFirstLoadLeavesNothingBehind() {
        GraphWriter failing = new GraphWriter(driver, null, s -> {
            if (s.equals("secrets")) {
                throw new IllegalStateException("boom");
            }
        });
        assertThrows(IllegalStateException.class, () -> failing.write(harborRecap("v1")));
        assertEquals(List.of(), GraphSnapshot.of(driver));
        assertFalse(writer.isLoaded("harbor-recap", "sha-harbor-recap-v1"));
    }

    @Test
    void everyRelationshipCarriesAlignedProvenance() {
        writer.write(harborRecap("v1"));
        writer.write(harborReview());
        try (Session s = driver.session()) {
            var rows = s.run("""
                    MATCH ()-[r]->() WHERE NOT type(r) IN ['IN_STORY', 'MENTIONS', 'REPORTS']
                    RETURN type(r) AS type, r.sources AS sources, r.quotes AS quotes, r.evidence AS evidence,
                           r.confidence AS confidence, r.status AS status, r.quote AS quote
                    """).list();
            assertEquals(4 + 1 + 2 + 1 + 3, rows.size(), "4 between characters, 1 PLAYS, 2 ABOUT, 1 KEEPS, 3 KNOWS");
            for (var r : rows) {
                int n = r.get("sources").size();
                assertTrue(n > 0, r.get("type") + " has no sources");
                for (String column : List.of("quotes", "evidence")) {
                    assertEquals(n, r.get(column).size(), r.get("type") + "." + column + " not aligned");
                }
                for (var entry : r.get("evidence").asList(org.neo4j.driver.Value::asString)) {
                    assertTrue(entry.matches("\\d+:\\d+-\\d+ [0-9.E-]+ (STATED|IMPLIED|ALLEGED) \\S+"),
                            r.get("type") + " evidence entry '" + entry + "'");
                }
                assertFalse(r.get("confidence").isNull(), r.get("type") + " has no confidence");
                assertEquals(FactStatus.STATED.name(), r.get("status").asString());
                assertFalse(r.get("quote").asString().isEmpty());
            }
        }
        Map<String, Object> killed = GraphSnapshot.relationship(driver, "the-harbor-lights/tomas-lind", "KILLED",
                "the-harbor-lights/erik-berg");
        // sentence 3, characters 300 to 300 + the quote's length, confidence 0.9, rule kill-active
        assertEquals(List.of("3:300-" + (300 + ((List<?>) killed.get("quotes")).get(0).toString().length())
                + " 0.9 STATED kill-active"), killed.get("evidence"));
        assertEquals(false, killed.get("accidental"));
        Map<String, Object> knows = GraphSnapshot.relationship(driver, "the-harbor-lights/erik-berg", "KNOWS",
                "the-harbor-lights/hidden-parentage-anna-berg-maja-ek");
        assertEquals("DISCOVERED", knows.get("how"));
        assertEquals(6L, knows.get("order"));
        assertNull(knows.get("when"));
    }

    @Test
    void symmetricTypesAreStoredOnceFromTheLowerIdToTheHigher() {
        String d = "orchard-recap";
        Extraction orchard = doc(d, ORCHARD, "v1")
                .character(person(d, "vera", "Vera Sund"))
                .character(person(d, "karl", "Karl Sund"))
                .relation(rel(SIBLING_OF, "vera", "karl", ev(d, 1, "Vera and her brother Karl", "sibling-possessive")))
                .relation(rel(SIBLING_OF, "karl", "vera", ev(d, 2, "Karl's sister Vera", "sibling-possessive")))
                .relation(rel(SIBLING_OF, "karl", "vera", ev(d, 2, "Karl's sister Vera", "sibling-possessive")))
                .build();
        writer.write(orchard);
        assertEquals(1, GraphSnapshot.count(driver, "MATCH ()-[r:SIBLING_OF]-() RETURN count(DISTINCT r)"));
        Map<String, Object> sibling = GraphSnapshot.relationship(driver, "cold-orchard/karl-sund", "SIBLING_OF",
                "cold-orchard/vera-sund");
        assertNotNull(sibling, "stored from karl-sund (lower) to vera-sund");
        assertEquals(List.of("1:100-125 0.9 STATED sibling-possessive", "2:200-218 0.9 STATED sibling-possessive"),
                sibling.get("evidence"), "the repeated entry is kept once");
    }

    @Test
    void accidentalKillingsAreMarkedAndSummariesFollowTheBestEntry() {
        String d = "orchard-recap";
        String d2 = "orchard-review";
        writer.write(doc(d, ORCHARD, "v1")
                .character(person(d, "vera", "Vera Sund"))
                .character(person(d, "karl", "Karl Sund"))
                .relation(accident(KILLED, "vera", "karl",
                        ev(d, 4, "Vera accidentally runs Karl over.", "kill-accidental", 0.7, FactStatus.ALLEGED)))
                .build());
        writer.write(doc(d2, ORCHARD, "v1")
                .character(person(d2, "vera", "Vera"))
                .character(person(d2, "karl", "Karl"))
                .relation(accident(KILLED, "vera", "karl",
                        ev(d2, 9, "Karl dies when Vera's car hits him by accident.", "kill-passive", 0.95, FactStatus.STATED)))
                .build());
        Map<String, Object> killed = GraphSnapshot.relationship(driver, "cold-orchard/vera-sund", "KILLED",
                "cold-orchard/karl-sund");
        assertEquals(true, killed.get("accidental"));
        assertEquals(List.of(true, true), killed.get("accidentals"));
        assertEquals(0.95, (Double) killed.get("confidence"), 1e-9);
        assertEquals("STATED", killed.get("status"));
        assertEquals("Karl dies when Vera's car hits him by accident.", killed.get("quote"));
        assertEquals(2, writer.counts().characters());
    }

    @Test
    void entriesOfSeveralArticlesAreOrderedBySourceThenSentenceAsNumbers() {
        String d = "orchard-recap";
        String d2 = "orchard-review";
        Extraction recap = doc(d, ORCHARD, "v1")
                .character(person(d, "vera", "Vera Sund"))
                .character(person(d, "karl", "Karl Sund"))
                .relation(rel(SIBLING_OF, "vera", "karl", ev(d, 10, "Karl's sister Vera", "sibling-possessive"),
                        ev(d, 9, "Vera and her brother Karl", "sibling-possessive")))
                .build();
        writer.write(recap);
        List<String> alone = GraphSnapshot.of(driver);
        writer.write(doc(d2, ORCHARD, "v1")
                .character(person(d2, "vera", "Vera"))
                .character(person(d2, "karl", "Karl"))
                .relation(rel(SIBLING_OF, "karl", "vera", ev(d2, 2, "Vera, Karl's sister", "sibling-apposition")))
                .build());
        Map<String, Object> sibling = GraphSnapshot.relationship(driver, "cold-orchard/karl-sund", "SIBLING_OF",
                "cold-orchard/vera-sund");
        // sentence 9 before 10 (as numbers, not as text), and the review (a later source id) last
        assertEquals(List.of("9:900-925 0.9 STATED sibling-possessive", "10:1000-1018 0.9 STATED sibling-possessive",
                "2:200-219 0.9 STATED sibling-apposition"), sibling.get("evidence"));
        assertEquals(List.of(d, d, d2), sibling.get("sources"));
        assertEquals(List.of("Vera and her brother Karl", "Karl's sister Vera", "Vera, Karl's sister"),
                sibling.get("quotes"));
        assertTrue(writer.removeDocument(d2));
        assertEquals(alone, GraphSnapshot.of(driver), "the database's order after a removal is the writer's own");
    }

    @Test
    void isLoadedComparesTheStoredHash() {
        assertFalse(writer.isLoaded("harbor-recap", "sha-harbor-recap-v1"));
        writer.write(harborRecap("v1"));
        assertTrue(writer.isLoaded("harbor-recap", "sha-harbor-recap-v1"));
        assertFalse(writer.isLoaded("harbor-recap", "another-hash"));
        assertNotEquals(writer.counts().documents(), 0);
    }

    @Test
    void removingTheOnlyArticleEmptiesTheGraph() {
        writer.write(harborRecap("v1"));
        assertTrue(writer.removeDocument("harbor-recap"));
        assertEquals(List.of(), GraphSnapshot.of(driver));
        assertFalse(writer.removeDocument("harbor-recap"));
    }
}
