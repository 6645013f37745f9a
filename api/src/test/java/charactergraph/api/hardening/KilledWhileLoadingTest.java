package charactergraph.api.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import charactergraph.api.neo4j.LocalNeo4jLauncher;
import charactergraph.api.neo4j.Neo4jServerCommand;
import charactergraph.api.testsupport.GraphFingerprint;
import charactergraph.api.testsupport.Ports;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;
import charactergraph.model.Extraction;

/**
 * SIGKILL in the middle of loading an article, for real: the local Neo4j runs as its own process (module
 * neo4j-server) on a temporary data directory, and the article is written by another JVM ({@link SlowArticleWriter})
 * with the real GraphWriter. First the writer is killed while its transaction is open; then Neo4j itself is killed
 * while a new version of an article is half written, and restarted on the same data. Each time the graph holds the
 * article wholly (the old version) or not at all, and loading it again works.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledWhileLoadingTest {
    static final int CHARACTERS = 400;
    static final String STORY = "Synthetic Kill";
    static final String STORY_ID = "synthetic-kill";

    @TempDir
    static Path tmp;
    Path dataDir;
    LocalNeo4jLauncher neo4j;
    GraphFingerprint afterFirstLoad;

    @BeforeAll
    void startNeo4j() {
        dataDir = tmp.resolve("graph");
        neo4j = start();
        try (Driver driver = driver()) {
            new SchemaInstaller(driver).install();
            // Another story's article, loaded before: it must come through every kill untouched.
            new GraphWriter(driver).write(SyntheticArticle.of("bystander", "Synthetic Bystander", 40, 1));
        }
    }

    @AfterAll
    void stopNeo4j() {
        if (neo4j != null) {
            neo4j.stop();
        }
    }

    LocalNeo4jLauncher start() {
        return LocalNeo4jLauncher.start(new LocalNeo4jLauncher.Options(dataDir, Ports.free(), Ports.free(), "512m", "64m",
                "", Duration.ofSeconds(120), Neo4jServerCommand.locate("")));
    }

    Driver driver() {
        return GraphDatabase.driver("bolt://127.0.0.1:" + neo4j.options().boltPort(), AuthTokens.none());
    }

    @Test
    @Order(1)
    void aWriterKilledInsideItsTransactionLeavesNothingAndTheArticleLoadsAgain() throws Exception {
        GraphFingerprint before;
        try (Driver driver = driver()) {
            before = GraphFingerprint.of(driver);
        }
        Process writer = startWriter("killed-article", 1, "relations");
        awaitLine(writer, "PAUSED relations");
        try (Driver driver = driver()) {
            assertEquals(before, GraphFingerprint.of(driver), "nothing of an open transaction is visible");
        }
        assertEquals(137, sigkill(writer), "the writer died of SIGKILL");

        try (Driver driver = driver()) {
            assertEquals(before, GraphFingerprint.of(driver), "the killed write left nothing behind");
            assertEquals(0, storyCounts(driver).get(0));
            new GraphWriter(driver).write(article("killed-article", 1));
            assertEquals(List.of(1L, (long) CHARACTERS, 2L * CHARACTERS - 3), storyCounts(driver), "loaded whole");
            afterFirstLoad = GraphFingerprint.of(driver);
        }
    }

    @Test
    @Order(2)
    void neo4jKilledDuringAWriteRestartsWithTheOldVersionWholeAndTheNewOneLoads() throws Exception {
        // A corrected version of the article: its transaction has already taken the old version's facts out.
        Process writer = startWriter("killed-article", 2, "relations");
        awaitLine(writer, "PAUSED relations");
        long pid = neo4j.pid();
        assertEquals(137, sigkill(ProcessHandle.of(pid).orElseThrow()), "Neo4j died of SIGKILL");
        sigkill(writer);
        neo4j.stop();

        neo4j = start();
        assertNotEquals(pid, neo4j.pid());
        try (Driver driver = driver()) {
            assertEquals(afterFirstLoad, GraphFingerprint.of(driver), "after recovery: the first version, whole");
            new GraphWriter(driver).write(article("killed-article", 2));
            assertEquals(List.of(1L, (long) CHARACTERS, 2L * CHARACTERS - 3), storyCounts(driver));
            long v2 = driver.executableQuery("MATCH (:Character {story: $s})-[r:FRIEND_OF]->() WHERE r.quote ENDS WITH 'v2'"
                    + " RETURN count(r) AS n").withParameters(Map.of("s", STORY_ID)).execute().records().get(0)
                    .get("n").asLong();
            assertEquals(CHARACTERS - 1, v2, "every friendship now quotes the second version");
        }
    }

    @Test
    @Order(3)
    void aWriterKilledAtAnArbitraryMomentLeavesTheArticleWholeOrAbsent() throws Exception {
        GraphFingerprint before;
        try (Driver driver = driver()) {
            before = GraphFingerprint.of(driver);
        }
        Process writer = startWriter("arbitrary-article", 1, "never");
        long delay = 500 + new java.util.Random().nextInt(2500);
        Thread.sleep(delay);
        int exit = sigkill(writer);
        try (Driver driver = driver()) {
            // A commit the writer sent just before it died still runs to its end on the server, and an open
            // transaction lasts until the server sees the connection gone: look only once the server has settled.
            awaitNoOtherTransactions(driver);
            long docs = driver.executableQuery("MATCH (d:Document {id: 'arbitrary-article'}) RETURN count(d) AS n")
                    .execute().records().get(0).get("n").asLong();
            System.out.println("[KilledWhileLoadingTest] writer killed after " + delay + " ms (exit " + exit
                    + "), document present: " + (docs == 1));
            if (docs == 0) {
                assertEquals(before, GraphFingerprint.of(driver), "killed before commit: nothing");
            }
            new GraphWriter(driver).write(article("arbitrary-article", 1));
            long characters = driver.executableQuery("MATCH (c:Character {story: 'synthetic-arbitrary'}) RETURN count(c) AS n")
                    .execute().records().get(0).get("n").asLong();
            assertEquals(CHARACTERS, characters, "loaded whole after the kill");
        }
    }

    /** Waits (up to 60 s) until the server runs no transaction but the one asking. */
    static void awaitNoOtherTransactions(Driver driver) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            long others = driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery"
                            + " WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n")
                    .execute().records().get(0).get("n").asLong();
            if (others == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(others + " transactions still open 60 s after the writer was killed");
            }
            Thread.sleep(100);
        }
    }

    static Extraction article(String docId, int version) {
        return SyntheticArticle.of(docId, docId.equals("arbitrary-article") ? "Synthetic Arbitrary" : STORY,
                CHARACTERS, version);
    }

    /** Documents, characters and character-to-character relationships of the story. */
    static List<Long> storyCounts(Driver driver) {
        var r = driver.executableQuery("""
                OPTIONAL MATCH (d:Document {story: $s}) WITH count(d) AS docs
                OPTIONAL MATCH (c:Character {story: $s}) WITH docs, count(c) AS characters
                OPTIONAL MATCH (:Character {story: $s})-[r]->(:Character) RETURN docs, characters, count(r) AS rels
                """).withParameters(Map.of("s", STORY_ID)).execute().records().get(0);
        return List.of(r.get("docs").asLong(), r.get("characters").asLong(), r.get("rels").asLong());
    }

    Process startWriter(String docId, int version, String pauseAt) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String story = docId.equals("arbitrary-article") ? "Synthetic Arbitrary" : STORY;
        return new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, SlowArticleWriter.class.getName(),
                "bolt://127.0.0.1:" + neo4j.options().boltPort(), docId, story, Integer.toString(CHARACTERS),
                Integer.toString(version), pauseAt)
                .redirectError(tmp.resolve("writer-" + docId + "-" + version + ".err").toFile())
                .start();
    }

    static void awaitLine(Process process, String expected) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null) {
                    if (l.equals(expected)) {
                        return l;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(120, TimeUnit.SECONDS);
        assertEquals(expected, line, "the writer did not reach its pause (it exited with "
                + (process.isAlive() ? "nothing yet" : process.exitValue()) + ")");
    }

    static int sigkill(Process process) throws Exception {
        sigkill(process.toHandle());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return process.exitValue();
    }

    /** kill -KILL, as the operating system does to a process it must stop at once. */
    static int sigkill(ProcessHandle handle) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(handle.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        handle.onExit().get(30, TimeUnit.SECONDS);
        return 137;
    }
}
