package charactergraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code java -Xmx3g -jar bench/target/bench.jar extraction|writes|scale|startup|all [options]}: runs benchmarks,
 * prints each table as Markdown as it comes, and writes them to {@code bench/target/results/NAME.md} and
 * {@code NAME.json} ({@code all.md} holds every table of a full run, ready to paste into BENCHMARKS.md).
 */
public final class BenchMain {
    static final String USAGE = """
            usage: java -Xmx3g -jar bench/target/bench.jar COMMAND [options]
              extraction  pipeline load, per-article and per-1,000-token times, our stages vs CoreNLP's annotation,
                          corpus throughput on 1 and 2 workers   [--runs 2] [--passes 1] [--workers 2]
              writes      relationships/s through GraphWriter vs one row per transaction and a bare MERGE:
                          --warmups articles, then the median of --repeats more (each a new story of the same size)
                          [--write-characters 20000] [--write-relationships 100000] [--naive 2000] [--batch 10000]
                          [--warmups 2] [--repeats 3] [--write-neo4j-heap 2g]
              scale       seed graph and a generated graph (through GraphWriter) under concurrent load: API vs
                          driver vs Neo4j's HTTP Query API, p50/p99/req/s, peak memory
                          [--stories 1000] [--characters 50000] [--relationships 300000] [--secrets 20000]
                          [--writers 2] [--concurrency 8] [--requests 2000] [--seconds 10] [--warmup 300]
                          [--reuse] (keep a graph of the same size from the last run) [--no-http] [--skip-seed]
                          [--neo4j-heap 1g] [--page-cache 1g] [--api-heap SIZE]
              startup     java -jar api.jar to health UP: empty, fresh with seeds, seeds already loaded
              all         extraction, writes, startup, scale in turn (about 6 minutes on a quiet 2-core machine)
            options for every command:
              --quick     a smaller run (about 5 minutes for all): 100 stories / 5,000 characters / 30,000
                          relationships, 500 requests or 5 s per run, a 20,000-relationship write
              --large     a larger graph: 2,000 stories / 100,000 characters / 600,000 relationships / 40,000 secrets
              --repo DIR  the repository (default: two folders above this jar)
            The API and Neo4j jars must be built first: mvn -q -DskipTests package""";

    /** The options of every command. */
    static final BenchOptions.Declared OPTIONS = new BenchOptions.Declared();
    static final BenchOptions.Flag QUICK = OPTIONS.flag("quick");
    static final BenchOptions.Flag LARGE = OPTIONS.flag("large");
    static final BenchOptions.Text REPO = OPTIONS.text("repo", null);

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Set.of("--help", "-h", "help").contains(args[0])) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            BenchOptions o = new BenchOptions(rest);
            // In the order declared, so the list in an "unknown option" message reads common options first.
            Set<String> known = new LinkedHashSet<>(OPTIONS.names());
            switch (command) {
                case "extraction" -> known.addAll(ExtractionBench.OPTIONS.names());
                case "writes" -> known.addAll(WritesBench.OPTIONS.names());
                case "scale" -> known.addAll(ScaleBench.OPTIONS.names());
                case "startup" -> known.addAll(StartupBench.OPTIONS.names());
                case "all" -> {
                    known.addAll(ExtractionBench.OPTIONS.names());
                    known.addAll(WritesBench.OPTIONS.names());
                    known.addAll(ScaleBench.OPTIONS.names());
                    known.addAll(StartupBench.OPTIONS.names());
                }
                default -> throw new UsageException("unknown command '" + command
                        + "': extraction, writes, scale, startup or all");
            }
            o.requireOnly(known);
            presets(o, command);
            Repo repo = Repo.locate(o.get(REPO));
            Machine machine = Machine.current();
            out.println("bench " + command + " on " + machine.oneLine());
            out.println("repository " + repo.root + "; results in " + repo.results());
            List<String> names = command.equals("all") ? List.of("extraction", "writes", "startup", "scale")
                    : List.of(command);
            StringBuilder all = new StringBuilder();
            int failed = 0;
            long start = System.nanoTime();
            for (String name : names) {
                long t = System.nanoTime();
                Report report = new Report(name, out);
                try {
                    switch (name) {
                        case "extraction" -> ExtractionBench.run(o, repo, report, err);
                        case "writes" -> WritesBench.run(o, repo, report, err);
                        case "startup" -> StartupBench.run(o, repo, report, err);
                        case "scale" -> ScaleBench.run(o, repo, report, err);
                        default -> throw new IllegalStateException(name);
                    }
                } catch (UsageException e) {
                    throw e;
                } catch (Exception e) {
                    if (names.size() == 1) {
                        throw e;
                    }
                    // In a full run one failed part must not cost the others' figures.
                    failed++;
                    err.println("bench: " + name + " failed: " + e);
                    e.printStackTrace(err);
                    report.add(new Report.Table(name + ": FAILED", "error").row(String.valueOf(e).replace('|', '/')));
                }
                Path md = report.write(repo.results(), machine);
                err.printf("%s done in %.0f s; tables in %s%n", name, (System.nanoTime() - t) / 1e9, md);
                all.append("## ").append(name).append("\n\n").append(report.markdown());
            }
            if (names.size() > 1) {
                Path md = repo.results().resolve("all.md");
                java.nio.file.Files.writeString(md, "<!-- bench all; " + machine.oneLine() + "; "
                        + String.format("%.0f s", (System.nanoTime() - start) / 1e9) + " -->\n\n" + all);
                err.printf("all done in %.0f s; every table in %s%n", (System.nanoTime() - start) / 1e9, md);
            }
            return failed == 0 ? 0 : 1;
        } catch (UsageException e) {
            err.println("bench: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("bench: out of memory (" + e.getMessage() + "); run it with java -Xmx3g -jar bench/target/bench.jar");
            return 1;
        } catch (Exception e) {
            err.println("bench: failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static void presets(BenchOptions o, String command) {
        if (o.get(QUICK) && o.get(LARGE)) {
            throw new UsageException("--quick and --large exclude each other");
        }
        if (o.get(QUICK)) {
            o.defaultTo(ScaleBench.STORIES, 100);
            o.defaultTo(ScaleBench.CHARACTERS, 5_000);
            o.defaultTo(ScaleBench.RELATIONSHIPS, 30_000);
            o.defaultTo(ScaleBench.SECRETS, 2_000);
            o.defaultTo(ScaleBench.REQUESTS, 500);
            o.defaultTo(ScaleBench.SECONDS, 5);
            o.defaultTo(ScaleBench.WARM_UP, 100);
            o.defaultTo(ExtractionBench.RUNS, 1);
            o.defaultTo(WritesBench.NAIVE, 500);
            o.defaultTo(WritesBench.CHARACTERS, 5_000);
            o.defaultTo(WritesBench.RELATIONSHIPS, 20_000);
        }
        if (o.get(LARGE)) {
            o.defaultTo(ScaleBench.STORIES, 2_000);
            o.defaultTo(ScaleBench.CHARACTERS, 100_000);
            o.defaultTo(ScaleBench.RELATIONSHIPS, 600_000);
            o.defaultTo(ScaleBench.SECRETS, 40_000);
        }
    }
}
