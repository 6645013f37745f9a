package charactergraph.loader.cli;

import charactergraph.loader.write.LineExtractor;
import charactergraph.loader.write.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(LoadCommand command, String... args) throws Exception {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void loadsFilesAndPrintsASummary() throws Exception {
        SharedNeo4j.wiped();
        Files.writeString(dir.resolve("quarry.txt"), "Eva Dahl KIDNAPPED Leo Dahl\nEva Dahl SIBLING_OF Mona Dahl\n");
        LoadCommand command = new LoadCommand(LineExtractor::new);
        String uri = SharedNeo4j.boltUri();
        assertEquals(0, run(command, dir.toString(), "--story", "The Quarry", "--uri", uri));
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("1 loaded, 0 unchanged, 0 failed"), log);
        assertTrue(log.contains("1 documents, 3 characters, 2 relationships between characters, 0 secrets"), log);

        assertEquals(0, run(command, dir.resolve("quarry.txt").toString(), "--story", "The Quarry", "--uri", uri));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unchanged, skipped"));
    }

    @Test
    void theUserNameComesFromNeo4jUsernameAsInTheAppAndTheOldNameStillWorksWithAWarning() {
        PrintStream warnings = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals("reader", LoadCommand.username(Map.of("NEO4J_USERNAME", "reader", "NEO4J_USER", "old")::get,
                warnings));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no warning when NEO4J_USERNAME is set");

        assertEquals("old", LoadCommand.username(Map.of("NEO4J_USER", "old")::get, warnings));
        String warning = err.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains("NEO4J_USER is deprecated") && warning.contains("NEO4J_USERNAME"), warning);
        assertEquals(1, warning.lines().count(), warning);

        assertNull(LoadCommand.username(Map.of("NEO4J_USERNAME", " ")::get, warnings), "blank is unset");
    }

    @Test
    void badUsageIsAUsageError() {
        LoadCommand command = new LoadCommand(LineExtractor::new);
        assertThrows(UsageException.class, () -> run(command));
        assertThrows(UsageException.class, () -> run(command, "x.txt", "--story"));
        assertThrows(UsageException.class, () -> run(command, "x.txt", "--user", "neo4j"));
        assertThrows(UsageException.class, () -> run(command, "x.txt", "--colour", "red"));
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorThroughTheMainEntryPoint() {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = LoaderMain.run(new String[] {"load", dir.toString(), "--uri", "bolt://127.0.0.1:1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("cannot reach Neo4j at bolt://127.0.0.1:1"),
                e.toString(StandardCharsets.UTF_8));
    }
}
