package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.eval.ExtractionScorer;
import charactergraph.loader.interchange.InterchangeJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code eval --gold GOLD.json FILE}: extracts FILE and prints precision, recall and F1 against the gold file, as
 * score.py does. {@code eval --gold-dir GOLD_DIR [options] TEXTS...}: the same for a corpus, with the figures of
 * score_corpus.py (see {@link CorpusEval}).
 */
public final class EvalCommand implements Command {
    private final Function<PrintStream, CorpusEval.Extractor> extractor;

    public EvalCommand() {
        this(CorpusEval::pipeline);
    }

    /** With another extractor for the corpus form (tests); it is given the progress stream. */
    EvalCommand(Function<PrintStream, CorpusEval.Extractor> extractor) {
        this.extractor = extractor;
    }

    @Override
    public String summary() {
        return "score extraction against gold annotations: one article (like score.py) or a corpus (like score_corpus.py)";
    }

    @Override
    public String usage() {
        return "--gold GOLD.json FILE | --gold-dir GOLD_DIR [OPTIONS] TEXTS...";
    }

    @Override
    public String help() {
        return """
                  --gold GOLD.json FILE   one article: extract FILE and print the lines score.py prints
                  --gold-dir GOLD_DIR     a corpus: every *.txt of the TEXTS folders (or each text file given) against
                                          GOLD_DIR/NAME.json (or NAME.gold.json); prints each text, the mean, the pooled
                                          (micro) F1 and precision/recall per relation type, as score_corpus.py does
                  --system-dir DIR        also write each extraction as DIR/NAME.json (interchange JSON), so that
                                          score_corpus.py --gold-dir GOLD_DIR --system-dir DIR gives the same figures
                  --score-only            score the files already in --system-dir, without extraction or language
                                          models (no TEXTS); a gold file without one scores zero
                  --cache DIR             keep each text's parse in DIR and reuse it: a rerun after a rule change skips
                                          the language models
                  --misses                list every missed and spurious relation and knower, with the gold's evidence
                                          or our sentence, rule and quote
                  --json                  print the figures as JSON (score_corpus.py --json's keys, and more)
                Progress goes to stderr. Exit code 1 when a folder or gold file is unusable, or when a text had no usable
                output (it is scored zero and named); 2 for bad usage. See docs/evaluation.md.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String gold = null;
        String goldDir = null;
        String systemDir = null;
        String cache = null;
        boolean misses = false;
        boolean json = false;
        boolean scoreOnly = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String option = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            String inline = option.equals(a) ? null : a.substring(a.indexOf('=') + 1);
            switch (option) {
                case "--gold", "--gold-dir", "--system-dir", "--cache" -> {
                    String v = inline;
                    if (v == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(option + " needs a " + (option.equals("--gold") ? "file" : "folder"));
                        }
                        v = args.get(++i);
                    }
                    if (v.isBlank()) {
                        throw new UsageException(option + " needs a non-empty value");
                    }
                    switch (option) {
                        case "--gold" -> gold = v;
                        case "--gold-dir" -> goldDir = v;
                        case "--system-dir" -> systemDir = v;
                        default -> cache = v;
                    }
                }
                case "--misses" -> misses = true;
                case "--json" -> json = true;
                case "--score-only" -> scoreOnly = true;
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    rest.add(a);
                }
            }
        }
        if (gold != null && goldDir != null) {
            throw new UsageException("give --gold (one article) or --gold-dir (a corpus), not both");
        }
        if (goldDir != null) {
            if (scoreOnly && systemDir == null) {
                throw new UsageException("--score-only scores the files of --system-dir DIR: give it");
            }
            if (scoreOnly && !rest.isEmpty()) {
                throw new UsageException("--score-only reads --system-dir instead of extracting: give no texts");
            }
            if (scoreOnly && cache != null) {
                throw new UsageException("--score-only parses nothing: --cache has no use with it");
            }
            if (!scoreOnly && rest.isEmpty()) {
                throw new UsageException("--gold-dir needs the texts: a folder of *.txt files, or files");
            }
            CorpusEval.Options o = new CorpusEval.Options(Path.of(goldDir), rest.stream().map(Path::of).toList(),
                    systemDir == null ? null : Path.of(systemDir), cache == null ? null : Path.of(cache), misses, json,
                    scoreOnly);
            return new CorpusEval(o, out, err).run(extractor);
        }
        if (gold == null) {
            throw new UsageException("eval needs --gold GOLD.json FILE, or --gold-dir GOLD_DIR TEXTS...");
        }
        if (systemDir != null || cache != null || misses || json || scoreOnly) {
            throw new UsageException("--system-dir, --cache, --misses, --json and --score-only go with --gold-dir;"
                    + " for one article use --gold-dir with that file");
        }
        if (rest.size() != 1) {
            throw new UsageException("eval --gold GOLD.json needs exactly one FILE");
        }
        JsonNode goldJson = readGold(Path.of(gold));
        ArticleFile article = ArticleFile.read(Path.of(rest.get(0)), err);
        ArticleExtractor.Result r = Extractions.run(article, err);
        JsonNode system = InterchangeJson.toTree(r.extraction());
        out.print(ExtractionScorer.score(goldJson, system).format());
        return 0;
    }

    static JsonNode readGold(Path path) throws InputException {
        if (!Files.isRegularFile(path)) {
            throw new InputException("no such gold file: " + path);
        }
        JsonNode n;
        try {
            n = InterchangeJson.mapper().readTree(Files.readString(path));
        } catch (IOException e) {
            throw new InputException("cannot read gold file " + path + ": " + e.getMessage());
        }
        if (n == null || !n.isObject() || !n.has("characters")) {
            throw new InputException(path + " is not an interchange JSON annotation (no \"characters\")");
        }
        String problem = ExtractionScorer.goldProblem(n);
        if (problem != null) {
            throw new InputException("gold file " + path + " cannot be scored: " + problem);
        }
        return n;
    }
}
