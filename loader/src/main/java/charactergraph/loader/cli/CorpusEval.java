package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.eval.CorpusScore;
import charactergraph.loader.eval.ExtractionScorer;
import charactergraph.loader.interchange.InterchangeJson;
import charactergraph.model.Extraction;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code eval --gold-dir}: a corpus scored as {@code score_corpus.py} scores it. Every input is checked before any
 * language model loads (folders, a gold file for each text, each gold file readable); then each text is extracted
 * with the models loaded once, written to {@code --system-dir} when given, and scored. A text that cannot be read or
 * extracted is scored zero against its gold and named; the exit code is then 1, after the figures.
 */
final class CorpusEval {
    /** The command line of the corpus form. {@code texts} are folders (their {@code *.txt}) or files. */
    record Options(Path goldDir, List<Path> texts, Path systemDir, Path cache, boolean misses, boolean json,
                   boolean scoreOnly) {
    }

    /** Text to extraction; the parse kept in {@code cache} when it is not null. */
    interface Extractor {
        /** Called once before the first text: load what is needed (with progress on stderr). */
        default void prepare(Path cache) {
        }

        Extraction extract(ArticleFile article, Path cache) throws Exception;
    }

    /** One text and its gold; {@code text} is null with --score-only. */
    private record Pair(String name, Path text, Path gold, JsonNode goldJson) {
    }

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    CorpusEval(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * The loader's pipeline, built before the first text: the rules read and the models loaded once, with progress on
     * {@code err} (with a cache, the models load only when a text has no parse there).
     */
    static Extractor pipeline(PrintStream err) {
        return new Extractor() {
            private ArticleExtractor extractor;

            @Override
            public void prepare(Path cache) {
                extractor = cache == null ? Extractions.ready(err) : new ArticleExtractor();
            }

            @Override
            public Extraction extract(ArticleFile article, Path cache) {
                return extractor.run(article.document(), article.text(), stage -> { }, cache).extraction();
            }
        };
    }

    int run(Function<PrintStream, Extractor> extractors) throws InputException, IOException {
        Path goldDir = options.goldDir();
        if (!Files.exists(goldDir)) {
            throw new InputException("no such gold folder: " + goldDir);
        }
        if (!Files.isDirectory(goldDir)) {
            throw new InputException("--gold-dir " + goldDir + " is not a folder");
        }
        Map<String, Path> golds = goldFiles(goldDir);
        if (golds.isEmpty()) {
            throw new InputException("no gold files (*.json) in " + goldDir);
        }
        List<String> notes = new ArrayList<>();
        List<Pair> pairs = options.scoreOnly() ? allGold(golds) : pairsOf(texts(), golds, notes);
        Path systemDir = options.systemDir();
        if (systemDir != null && !options.scoreOnly()) {
            usableFolder(systemDir, "--system-dir");
            if (Files.isSameFile(systemDir, goldDir)) {
                throw new InputException("--system-dir " + systemDir + " is the gold folder: the extractions would"
                        + " overwrite the gold files; give another folder");
            }
        } else if (systemDir != null && !Files.isDirectory(systemDir)) {
            throw new InputException("no such --system-dir folder: " + systemDir);
        }
        if (options.cache() != null) {
            usableFolder(options.cache(), "--cache");
        }
        for (String n : notes) {
            err.println("warning: " + n);
        }

        List<CorpusScore.Text> scored = options.scoreOnly() ? scoreFiles(pairs, systemDir) : extractAll(pairs, extractors);
        CorpusScore corpus = CorpusScore.of(scored);
        if (options.json()) {
            out.println(InterchangeJson.mapper().writeValueAsString(corpus.toJson(options.misses(), notes)));
        } else {
            out.print(corpus.format(options.misses(), notes));
        }
        List<String> failed = new ArrayList<>();
        for (CorpusScore.Text t : scored) {
            if (t.problem() != null) {
                failed.add(t.name());
            }
        }
        if (!failed.isEmpty()) {
            err.println("error: " + failed.size() + " of " + scored.size() + " texts had no usable output and scored zero: "
                    + String.join(", ", failed));
            return 1;
        }
        return 0;
    }

    /** Gold files by name: {@code NAME.json} or {@code NAME.gold.json}, not {@code NAME.meta.json}. */
    private static Map<String, Path> goldFiles(Path dir) throws InputException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String file = p.getFileName().toString();
                if (!file.endsWith(".json") || file.endsWith(".meta.json") || file.startsWith(".")
                        || !Files.isRegularFile(p)) {
                    continue;
                }
                String name = file.endsWith(".gold.json") ? file.substring(0, file.length() - ".gold.json".length())
                        : file.substring(0, file.length() - ".json".length());
                Path before = out.put(name, p);
                if (before != null) {
                    throw new InputException("two gold files for " + name + " in " + dir + ": " + before.getFileName()
                            + " and " + file + "; keep one");
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot list the gold folder " + dir + ": " + e.getMessage());
        }
        return out;
    }

    /** The text files: each folder's {@code *.txt} (in name order), each file as given. */
    private List<Path> texts() throws InputException {
        List<Path> out = new ArrayList<>();
        for (Path p : options.texts()) {
            if (!Files.exists(p)) {
                throw new InputException("no such text folder or file: " + p);
            }
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.list(p)) {
                    found = s.filter(f -> f.getFileName().toString().endsWith(".txt")
                                    && !f.getFileName().toString().startsWith(".") && Files.isRegularFile(f))
                            .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
                } catch (IOException e) {
                    throw new InputException("cannot list " + p + ": " + e.getMessage());
                }
                if (found.isEmpty()) {
                    throw new InputException("no texts (*.txt) in " + p);
                }
                out.addAll(found);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String baseName(Path text) {
        String file = text.getFileName().toString();
        return file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
    }

    /** Each text with its gold file, read and checked; every text without one named at once. */
    private List<Pair> pairsOf(List<Path> texts, Map<String, Path> golds, List<String> notes) throws InputException {
        Map<String, Path> byName = new LinkedHashMap<>();
        List<String> withoutGold = new ArrayList<>();
        for (Path t : texts) {
            String name = baseName(t);
            Path before = byName.put(name, t);
            if (before != null) {
                throw new InputException("two texts are named " + name + " (" + before + ", " + t + "): their gold and"
                        + " output files would be the same; score them separately");
            }
            if (!golds.containsKey(name)) {
                withoutGold.add(t.getFileName().toString());
            }
        }
        if (!withoutGold.isEmpty()) {
            throw new InputException(withoutGold.size() + " of " + texts.size() + " texts have no gold file in "
                    + options.goldDir() + " (NAME.json or NAME.gold.json): " + String.join(", ", withoutGold));
        }
        List<String> unscored = new ArrayList<>();
        for (String g : golds.keySet()) {
            if (!byName.containsKey(g)) {
                unscored.add(golds.get(g).getFileName().toString());
            }
        }
        if (!unscored.isEmpty()) {
            notes.add(unscored.size() + " gold files have no text among the texts given and are not scored: "
                    + String.join(", ", unscored));
        }
        List<Pair> pairs = new ArrayList<>();
        for (var e : byName.entrySet()) {
            Path gold = golds.get(e.getKey());
            pairs.add(new Pair(e.getKey(), e.getValue(), gold, EvalCommand.readGold(gold)));
        }
        pairs.sort(Comparator.comparing(p -> p.gold().getFileName().toString()));
        return pairs;
    }

    private static List<Pair> allGold(Map<String, Path> golds) throws InputException {
        List<Pair> pairs = new ArrayList<>();
        for (var e : golds.entrySet()) {
            pairs.add(new Pair(e.getKey(), null, e.getValue(), EvalCommand.readGold(e.getValue())));
        }
        pairs.sort(Comparator.comparing(p -> p.gold().getFileName().toString()));
        return pairs;
    }

    private static void usableFolder(Path dir, String option) throws InputException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException("cannot create the " + option + " folder " + dir + ": " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new InputException("cannot write to the " + option + " folder " + dir);
        }
    }

    private List<CorpusScore.Text> scoreFiles(List<Pair> pairs, Path systemDir) {
        List<CorpusScore.Text> out = new ArrayList<>();
        for (Pair p : pairs) {
            Path file = systemDir.resolve(p.name() + ".json");
            if (!Files.isRegularFile(file)) {
                out.add(CorpusScore.Text.unusable(p.name(), p.goldJson(), "no system output " + file));
                continue;
            }
            try {
                JsonNode system = InterchangeJson.mapper().readTree(Files.readString(file));
                if (system == null || !system.isObject()) {
                    out.add(CorpusScore.Text.unusable(p.name(), p.goldJson(), file + " is not a JSON object"));
                } else {
                    out.add(CorpusScore.Text.scored(p.name(), p.goldJson(), system));
                }
            } catch (IOException e) {
                out.add(CorpusScore.Text.unusable(p.name(), p.goldJson(), "unreadable system output " + file + " ("
                        + firstLine(e.getMessage()) + ")"));
            }
        }
        return out;
    }

    private List<CorpusScore.Text> extractAll(List<Pair> pairs, Function<PrintStream, Extractor> extractors) throws InputException {
        if (options.cache() != null) {
            err.println("parses are kept in " + options.cache() + "; the language models load (about 10 s) with the"
                    + " first text not parsed there before");
        }
        Extractor extractor = extractors.apply(err);
        extractor.prepare(options.cache());
        List<CorpusScore.Text> out = new ArrayList<>();
        int i = 0;
        for (Pair p : pairs) {
            i++;
            String prefix = String.format(Locale.ROOT, "[%d/%d] %s: ", i, pairs.size(), p.name());
            err.print(prefix); // the line is finished when the text is done: a long pause shows which text it is
            err.flush();
            long t0 = System.nanoTime();
            Extraction x;
            try {
                ArticleFile article = ArticleFile.read(p.text(), err);
                x = extractor.extract(article, options.cache());
            } catch (InputException e) {
                out.add(failed(p, e.getMessage()));
                continue;
            } catch (Exception e) {
                out.add(failed(p, "extraction failed: " + firstLine(String.valueOf(e))));
                continue;
            }
            JsonNode system = InterchangeJson.toTree(x);
            if (options.systemDir() != null) {
                write(options.systemDir().resolve(p.name() + ".json"), InterchangeJson.write(x));
            }
            CorpusScore.Text t = CorpusScore.Text.scored(p.name(), p.goldJson(), system);
            ExtractionScorer.Report r = t.report();
            err.printf(Locale.ROOT, "%d characters, %d relations, %d secrets in %.1f s; F1 characters %s, core %s,"
                            + " all %s, knows %s%n", x.characters().size(), x.relations().size(),
                    x.secrets().size(), (System.nanoTime() - t0) / 1e9, f2(r.characters().f1()),
                    f2(r.relationsCore().f1()), f2(r.relationsAll().f1()), f2(r.knows().f1()));
            out.add(t);
        }
        return out;
    }

    /** Scored zero; an output of an earlier run is removed, so that score_corpus.py on the folder agrees. */
    private CorpusScore.Text failed(Pair p, String why) throws InputException {
        err.println(why + "; scored zero");
        if (options.systemDir() != null) {
            Path stale = options.systemDir().resolve(p.name() + ".json");
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                throw new InputException("cannot remove the earlier output " + stale + ": " + e.getMessage());
            }
        }
        return CorpusScore.Text.unusable(p.name(), p.goldJson(), why);
    }

    private static void write(Path file, String json) throws InputException {
        try {
            Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(partial, json + "\n");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String f2(double v) {
        return ExtractionScorer.fixed(v, 2);
    }
}
