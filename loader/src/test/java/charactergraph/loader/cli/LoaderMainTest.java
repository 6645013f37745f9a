package charactergraph.loader.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Usage and bad input: all answered before any language model loads. */
class LoaderMainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoaderMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsOnStdout() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("extract"));
        assertTrue(r.out().contains("eval"));
        assertEquals("", r.err());
    }

    @Test
    void commandHelp() {
        Run r = run("eval", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--gold GOLD.json FILE"));
    }

    @Test
    void noArgumentsOrUnknownCommandIsAUsageError() {
        assertEquals(2, run().code());
        Run r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command: frobnicate"));
        assertEquals("", r.out());
    }

    @Test
    void extractNeedsExactlyOneFile() {
        Run r = run("extract");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("usage"));
    }

    @Test
    void missingFile() {
        Run r = run("extract", dir.resolve("nope.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void directory() {
        Run r = run("extract", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("extract", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is empty"), r.err());
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\n  \n");
        assertTrue(run("extract", blank.toString()).err().contains("only white space"));
    }

    @Test
    void binaryFile() throws IOException {
        Path bin = Files.write(dir.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Run r = run("extract", bin.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("binary"), r.err());
    }

    @Test
    void fileOverFiveMegabytes() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ArticleFile.MAX_BYTES + 1);
        }
        Run r = run("extract", big.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("over 5 MB"), r.err());
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementAndAWarning() throws Exception {
        byte[] bytes = "Mara met Jon at the pier.".getBytes(StandardCharsets.UTF_8);
        bytes[4] = (byte) 0xC3; // a lead byte followed by an ASCII space: malformed
        Path bad = Files.write(dir.resolve("bad.txt"), bytes);
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        ArticleFile a = ArticleFile.read(bad, new PrintStream(warnings, true, StandardCharsets.UTF_8));
        assertTrue(warnings.toString(StandardCharsets.UTF_8).contains("not valid UTF-8"));
        assertTrue(a.text().contains("\uFFFD"));
        assertTrue(a.text().endsWith("met Jon at the pier."));
    }

    @Test
    void metadataBesideTheFileNamesTheDocument() throws Exception {
        Path article = Files.writeString(dir.resolve("My Recap.txt"), "Mara met Jon at the pier.");
        Files.writeString(dir.resolve("My Recap.meta.json"), "{\"title\": \"A Recap\", \"story\": \"The Pier\"}");
        ArticleFile a = ArticleFile.read(article, new PrintStream(new ByteArrayOutputStream()));
        assertEquals("my-recap", a.document().id());
        assertEquals("A Recap", a.document().title());
        assertEquals("The Pier", a.document().story());
        assertEquals(64, a.document().sha256().length());
    }

    @Test
    void evalChecksTheGoldFileBeforeLoadingModels() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Mara met Jon at the pier.");
        Run missing = run("eval", "--gold", dir.resolve("none.json").toString(), article.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such gold file"), missing.err());
        Path notGold = Files.writeString(dir.resolve("x.json"), "[1, 2]");
        Run wrong = run("eval", "--gold", notGold.toString(), article.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("not an interchange JSON"), wrong.err());
        Run broken = run("eval", "--gold", Files.writeString(dir.resolve("y.json"), "{").toString(), article.toString());
        assertEquals(1, broken.code());
        assertFalse(broken.err().contains("Exception in thread"));
        assertEquals(2, run("eval", article.toString()).code());
    }

    @Test
    void aRegisteredCommandIsDispatchedAndListed() {
        LoaderMain.COMMANDS.put("echo-test", () -> new Command() {
            @Override
            public String summary() {
                return "prints its arguments";
            }

            @Override
            public String usage() {
                return "WORDS";
            }

            @Override
            public int run(java.util.List<String> args, PrintStream out, PrintStream err) {
                if (args.contains("boom")) {
                    throw new IllegalStateException("it broke");
                }
                out.println(String.join(" ", args));
                return 0;
            }
        });
        try {
            Run r = run("echo-test", "a", "b");
            assertEquals(0, r.code());
            assertEquals("a b", r.out().strip());
            assertTrue(run("--help").out().contains("echo-test"));
            Run boom = run("echo-test", "boom");
            assertEquals(1, boom.code());
            assertTrue(boom.err().contains("it broke"), boom.err());
            assertFalse(boom.err().contains("\tat "), "no stack trace");
        } finally {
            LoaderMain.COMMANDS.remove("echo-test");
        }
    }
}
