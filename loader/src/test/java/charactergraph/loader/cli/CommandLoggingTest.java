package charactergraph.loader.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loader's commands, run as {@code java -jar loader.jar} runs them (a JVM of its own with the jar's runtime
 * classpath, {@code target/runtime-classpath.txt}), print no "SLF4J:" warning, and the libraries' warnings still
 * reach stderr (not stdout, where results go).
 */
class CommandLoggingTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run java(String mainClass, String... args) throws IOException, InterruptedException {
        String runtime = Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        String classpath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + runtime;
        if (!mainClass.startsWith("charactergraph.loader.cli.LoaderMain")) {
            classpath = Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator + classpath;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("command-out", ".txt");
        Path err = Files.createTempFile("command-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command ends");
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aCommandThatStartsLoggingPrintsNoSlf4jWarning() throws Exception {
        // load starts the Neo4j driver, which logs through SLF4J (as CoreNLP does): SLF4J looks for a binding here
        Path article = Files.writeString(dir.resolve("a.txt"), "Mara met Jon at the pier.");
        Run r = java("charactergraph.loader.cli.LoaderMain", "load", article.toString(), "--uri",
                "bolt://127.0.0.1:" + freePort());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("error: cannot reach Neo4j"), r.err());
        assertFalse(r.err().lines().anyMatch(l -> l.startsWith("SLF4J:")), "no SLF4J warning:\n" + r.err());
        assertEquals("", r.out());
    }

    @Test
    void librariesWarningsReachStderrAndTheirInfoDoesNot() throws Exception {
        Run r = java(LogProbe.class.getName());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("WARN LogProbe - a warning from a library"), "warnings are shown:\n" + r.err());
        assertFalse(r.err().contains("chatter"), "info is not:\n" + r.err());
        assertFalse(r.err().lines().anyMatch(l -> l.startsWith("SLF4J:")), r.err());
        assertEquals("", r.out(), "nothing on stdout, where results go");
    }
}
