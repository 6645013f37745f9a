package charactergraph.loader.write;

import charactergraph.model.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static charactergraph.loader.write.Fixtures.doc;
import static charactergraph.loader.write.Fixtures.ev;
import static charactergraph.loader.write.Fixtures.person;
import static charactergraph.loader.write.Fixtures.played;
import static charactergraph.loader.write.Fixtures.rel;
import static charactergraph.model.RelationType.KILLED;
import static charactergraph.model.RelationType.MARRIED_TO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two writers at once on the shared harness: the same article twice, two articles of one story, two stories that
 * share an actor. Each case forces the overlap (the first writer pauses inside its transaction until the second has
 * started) and then asserts exact counts: no duplicated character, document, relationship or evidence entry, and no
 * error reaching the caller.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrentWriteTest {
    private Driver driver;
    private ExecutorService threads;

    @BeforeAll
    static void startNeo4j() {
        SharedNeo4j.driver();
    }

    @BeforeEach
    void emptyGraph() {
        driver = SharedNeo4j.wiped();
    }

    /**
     * Runs {@code first} and then {@code second} on two threads; the first pauses after its "characters" stage (its
     * transaction open, its characters written but not committed) until the second has been submitted and has had
     * time to reach the database, so the two transactions overlap.
     */
    private <A, B> List<Object> overlapping(java.util.function.Function<GraphWriter, A> first,
                                            java.util.function.Function<GraphWriter, B> second) throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        GraphWriter pausing = new GraphWriter(driver, null, stage -> {
            if (stage.equals("characters") && firstInside.getCount() > 0) {
                firstInside.countDown();
                try {
                    assertTrue(secondStarted.await(10, TimeUnit.SECONDS));
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        threads = Executors.newFixedThreadPool(2);
        try {
            Future<A> a = threads.submit((Callable<A>) () -> first.apply(pausing));
            assertTrue(firstInside.await(20, TimeUnit.SECONDS), "first writer never reached its characters stage");
            Future<B> b = threads.submit((Callable<B>) () -> {
                secondStarted.countDown();
                return second.apply(new GraphWriter(driver));
            });
            List<Object> results = new ArrayList<>();
            results.add(a.get(30, TimeUnit.SECONDS));
            results.add(b.get(30, TimeUnit.SECONDS));
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * A first article of The Harbor Lights, loaded before the concurrent writers: the story exists, so nothing but the
     * story's lock keeps a second writer from resolving characters against a graph without the first one's.
     */
    private void prologue() {
        String d = "harbor-prologue";
        new GraphWriter(driver).write(doc(d, "The Harbor Lights", "v1").character(person(d, "ola-ek", "Ola Ek")).build());
    }

    @Test
    void twoLoadsOfTheSameArticleAtOnceWriteItOnce() throws Exception {
        prologue();
        List<Object> results = overlapping(w -> w.writeIfChanged(GraphWriterTest.harborRecap("v1")),
                w -> w.writeIfChanged(GraphWriterTest.harborRecap("v1")));
        WriteResult first = (WriteResult) results.get(0);
        WriteResult second = (WriteResult) results.get(1);
        assertFalse(first.unchanged());
        assertEquals(4, first.newCharacters());
        assertTrue(second.unchanged(), "the second load found the bytes the first committed");

        assertEquals(new GraphCounts(2, 5, 3, 1, 1), new GraphWriter(driver).counts());
        assertNoDuplicates();
        assertEquals(5, GraphSnapshot.count(driver, "MATCH (:Document)-[m:MENTIONS]->() RETURN count(m)"));
        assertEquals(1, GraphSnapshot.count(driver, "MATCH (:Document)-[p:REPORTS]->() RETURN count(p)"));
    }

    @Test
    void twoRewritesOfTheSameArticleAtOnceLeaveOneCopyOfEachEntry() throws Exception {
        prologue();
        overlapping(w -> w.write(GraphWriterTest.harborRecap("v1")), w -> w.write(GraphWriterTest.harborRecap("v1")));

        assertEquals(new GraphCounts(2, 5, 3, 1, 1), new GraphWriter(driver).counts());
        assertNoDuplicates();
        assertEquals(0, GraphSnapshot.count(driver,
                "MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND size(r.sources) <> 1 RETURN count(r)"),
                "every relationship has exactly the one entry of the one document");
    }

    @Test
    void twoArticlesOfOneStoryAtOnceMergeTheirCharacters() throws Exception {
        prologue();
        List<Object> results = overlapping(w -> w.write(GraphWriterTest.harborRecap("v1")),
                w -> w.write(GraphWriterTest.harborReview()));
        WriteResult recap = (WriteResult) results.get(0);
        WriteResult review = (WriteResult) results.get(1);
        assertEquals(4, recap.newCharacters());
        assertEquals(0, review.newCharacters(), "the review resolved against the recap's committed characters");
        assertEquals(recap.characters().get("anna-berg"), review.characters().get("anna"));

        assertEquals(new GraphCounts(3, 5, 4, 1, 1), new GraphWriter(driver).counts());
        assertNoDuplicates();
        assertEquals(List.of("harbor-recap", "harbor-review"), GraphSnapshot.relationship(driver,
                "the-harbor-lights/anna-berg", "MARRIED_TO", "the-harbor-lights/tomas-lind").get("sources"));
        assertEquals(1, GraphSnapshot.count(driver, "MATCH (s:Story) RETURN count(s)"));
    }

    @Test
    void aRemovalDuringAWriteOfTheSameStoryWaitsForIt() throws Exception {
        new GraphWriter(driver).write(GraphWriterTest.harborReview());
        List<Object> results = overlapping(w -> w.write(GraphWriterTest.harborRecap("v1")),
                w -> w.removeDocument("harbor-review"));
        WriteResult recap = (WriteResult) results.get(0);
        assertEquals(true, results.get(1), "the review was still there when the removal got the lock");

        // What is left is exactly the recap, as if the two had run one after the other.
        assertEquals(new GraphCounts(1, 4, 3, 1, 1), new GraphWriter(driver).counts());
        assertNoDuplicates();
        String anna = recap.characters().get("anna-berg");
        String tomas = recap.characters().get("tomas-lind");
        assertEquals(List.of("harbor-recap"), GraphSnapshot.relationship(driver,
                anna.compareTo(tomas) < 0 ? anna : tomas, "MARRIED_TO", anna.compareTo(tomas) < 0 ? tomas : anna)
                .get("sources"));
    }

    /** Two stories cast the same actor: the writers lock different stories but meet on the Actor node. */
    @Test
    void writersOfTwoStoriesSharingAnActorBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            driver = SharedNeo4j.wiped();
            overlapping(w -> w.write(castOf("lake-recap", "Still Lake")), w -> w.write(castOf("ridge-recap", "The Ridge")));
            assertEquals(new GraphCounts(2, 4, 2, 0, 1), new GraphWriter(driver).counts());
            assertEquals(2, GraphSnapshot.count(driver, "MATCH (:Actor {id: 'lena-holm'})-[p:PLAYS]->() RETURN count(p)"));
            assertNoDuplicates();
        }
    }

    private static Extraction castOf(String d, String story) {
        return doc(d, story, "v1")
                .character(played(d, "vera", "Vera Sund", "Lena Holm", 1))
                .character(person(d, "karl", "Karl Sund"))
                .relation(rel(KILLED, "vera", "karl", ev(d, 2, "Vera kills Karl.", "kill-active")))
                .build();
    }

    private void assertNoDuplicates() {
        for (String label : List.of("Character", "Document", "Secret", "Actor", "Story")) {
            assertEquals(0, GraphSnapshot.count(driver, "MATCH (n:" + label + ") WITH n.id AS id, count(*) AS n "
                    + "WHERE n > 1 RETURN count(id)"), "duplicate " + label + " ids");
        }
        assertEquals(0, GraphSnapshot.count(driver,
                "MATCH (c:Character) UNWIND c.names AS name WITH c.story AS story, name, count(c) AS n WHERE n > 1 "
                        + "RETURN count(name)"), "two characters of one story share a name");
        assertEquals(0, GraphSnapshot.count(driver,
                "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(r) AS n WHERE n > 1 RETURN count(t)"),
                "two relationships of one type between the same nodes");
        // no evidence entry twice on one relationship
        assertEquals(0, GraphSnapshot.count(driver, """
                MATCH ()-[r]->() WHERE r.sources IS NOT NULL
                WITH r, [i IN range(0, size(r.sources) - 1) | [r.sources[i], r.evidence[i]]] AS entries
                UNWIND entries AS e
                WITH r, e, count(*) AS n WHERE n > 1
                RETURN count(r)""", Map.of()), "an evidence entry appears twice");
    }
}
