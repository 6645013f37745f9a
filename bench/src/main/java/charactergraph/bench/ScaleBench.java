package charactergraph.bench;

import charactergraph.cypher.CypherResources;
import charactergraph.cypher.CypherStatements;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;
import charactergraph.loader.write.WriteResult;
import charactergraph.model.Extraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The API under load, first on the seed graph, then at scale: Neo4j (the product's local server) and the API each in
 * a process of their own on loopback; the seed articles' graph loaded from their {@code seeds/*.cypher} scripts; a
 * synthetic graph of many stories generated through {@link GraphWriter}; then each question asked through the API,
 * through the driver and through Neo4j's HTTP Query API at the same concurrency, with the peak memory of both
 * processes.
 */
final class ScaleBench {
    static final BenchOptions.Declared OPTIONS = new BenchOptions.Declared();
    static final BenchOptions.Whole STORIES = OPTIONS.whole("stories", 1_000, 1, 100_000);
    static final BenchOptions.Whole CHARACTERS = OPTIONS.whole("characters", 50_000, 2, 10_000_000);
    static final BenchOptions.Whole RELATIONSHIPS = OPTIONS.whole("relationships", 300_000, 0, 100_000_000);
    static final BenchOptions.Whole SECRETS = OPTIONS.whole("secrets", 20_000, 0, 10_000_000);
    static final BenchOptions.Whole SEED = OPTIONS.whole("seed", 1, 0, Integer.MAX_VALUE);
    static final BenchOptions.Whole WRITERS = OPTIONS.whole("writers", 2, 1, 16);
    static final BenchOptions.Whole CONCURRENCY = OPTIONS.whole("concurrency", 8, 1, 256);
    static final BenchOptions.Whole REQUESTS = OPTIONS.whole("requests", 2_000, 1, 10_000_000);
    static final BenchOptions.Whole SECONDS = OPTIONS.whole("seconds", 10, 1, 3_600);
    static final BenchOptions.Whole WARM_UP = OPTIONS.whole("warmup", 300, 0, 1_000_000);
    static final BenchOptions.Flag REUSE = OPTIONS.flag("reuse");
    static final BenchOptions.Text NEO4J_HEAP = OPTIONS.text("neo4j-heap", "1g");
    static final BenchOptions.Text PAGE_CACHE = OPTIONS.text("page-cache", "1g");
    static final BenchOptions.Text API_HEAP = OPTIONS.text("api-heap", null);
    static final BenchOptions.Flag SKIP_SEED = OPTIONS.flag("skip-seed");
    static final BenchOptions.Flag SKIP_SCALE = OPTIONS.flag("skip-scale");
    static final BenchOptions.Flag NO_HTTP = OPTIONS.flag("no-http");

    private ScaleBench() {
    }

    static void run(BenchOptions o, Repo repo, Report report, PrintStream progress) throws Exception {
        int stories = o.get(STORIES);
        int characters = o.get(CHARACTERS);
        int relationships = o.get(RELATIONSHIPS);
        int secrets = o.get(SECRETS);
        int seed = o.get(SEED);
        int writers = o.get(WRITERS);
        int concurrency = o.get(CONCURRENCY);
        int requests = o.get(REQUESTS);
        int seconds = o.get(SECONDS);
        int warmUp = o.get(WARM_UP);
        if (characters < stories * 2) {
            throw new UsageException("--characters must be at least twice --stories (two characters per story)");
        }
        Path dataDir = repo.target().resolve("scale-data");
        Path marker = repo.target().resolve("scale-data.json");
        String wanted = String.format("{\"stories\":%d,\"characters\":%d,\"relationships\":%d,\"secrets\":%d,\"seed\":%d}",
                stories, characters, relationships, secrets, seed);
        boolean reuse = o.get(REUSE) && Files.isDirectory(dataDir) && Files.isRegularFile(marker)
                && Files.readString(marker).strip().equals(wanted);
        if (o.get(REUSE) && !reuse) {
            progress.println("  no graph of that size to reuse: generating it");
        }
        Files.deleteIfExists(marker);
        progress.printf("scale: %,d stories, %,d characters, %,d relationships, %,d secrets; %d concurrent clients,"
                + " %,d requests or %d s per run%n", stories, characters, relationships, secrets, concurrency, requests,
                seconds);
        try (LocalNeo4j neo4j = LocalNeo4j.start(repo, dataDir, !reuse, o.get(NEO4J_HEAP),
                o.get(PAGE_CACHE), progress);
             Driver driver = neo4j.driver(Math.max(8, concurrency + 2))) {
            new SchemaInstaller(driver).install();
            List<String> seedStories = loadSeedScripts(repo, driver, progress);

            // The app as the README runs it, pointed at this Neo4j; no seeds directory, since the seeds' graph is loaded.
            ApiProcess api = ApiProcess.start(repo, Map.of("NEO4J_URI", neo4j.boltUri(), "NEO4J_LOCAL_ENABLED", "false",
                    "CHARACTER_GRAPH_SEEDS", ""), o.get(API_HEAP), repo.target().resolve("scale-api.log"),
                    progress);
            try (api; HeapMonitor apiHeap = new HeapMonitor(api.pid()); HeapMonitor dbHeap = new HeapMonitor(neo4j.pid())) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(Math.max(2, concurrency)))
                        .connectTimeout(Duration.ofSeconds(5)).build();
                boolean viaNeo4jHttp = !o.get(NO_HTTP);
                // The seed graph first, alone (unless a generated graph is reused), so its figures are the seed's.
                if (!o.get(SKIP_SEED) && !seedStories.isEmpty()) {
                    report.add(sizeTable(driver, "Seed graph under test" + (reuse ? " (inside the reused scale graph)" : "")));
                    Scenarios.Targets t = Scenarios.Targets.sample(driver, 50, seedStories);
                    loadTables(report, progress, (reuse ? "seed story inside the scale graph (" : "seed graph (")
                                    + String.join(", ", seedStories) + ")", api, neo4j, driver, http, t, concurrency,
                            requests, warmUp, seconds, viaNeo4jHttp, "seed");
                }
                if (!reuse && !o.get(SKIP_SCALE)) {
                    generate(driver, report, progress, stories, characters, relationships, secrets, seed, writers);
                    Files.writeString(marker, wanted, StandardCharsets.UTF_8);
                } else if (reuse) {
                    Files.writeString(marker, wanted, StandardCharsets.UTF_8);
                    progress.println("  reusing the generated graph in " + dataDir);
                }
                if (!o.get(SKIP_SCALE)) {
                    report.add(sizeTable(driver, "Scale graph under test"));
                    Scenarios.Targets t = Scenarios.Targets.sample(driver, 500, null);
                    loadTables(report, progress, "scale graph (" + Report.f0(stories) + " stories)", api, neo4j, driver,
                            http, t, concurrency, requests, warmUp, seconds, viaNeo4jHttp, "scale");
                }
                Report.Table mem = new Report.Table("Memory: peaks from the API's start to the end (seed load runs, generation, scale load runs)",
                        "process", "peak heap used", "peak heap committed", "peak resident (VmHWM, whole life)");
                mem.row("API (" + (o.get(API_HEAP) == null ? "default max heap" : "-Xmx" + o.get(API_HEAP))
                                + ")", mb(apiHeap.maxUsedMb()), mb(apiHeap.maxCommittedMb()), mb(apiHeap.peakRssMb()));
                mem.row("Neo4j (-Xmx" + o.get(NEO4J_HEAP) + ", page cache " + o.get(PAGE_CACHE) + ")",
                        mb(dbHeap.maxUsedMb()), mb(dbHeap.maxCommittedMb()), mb(dbHeap.peakRssMb()));
                mem.note("Heap sampled every 250 ms with jstat (one sample can miss a short peak); Neo4j's figures include "
                        + "the generation's write transactions and its page cache.");
                report.add(mem);
                report.figure("apiPeakHeapUsedMb", apiHeap.maxUsedMb());
                report.figure("neo4jPeakHeapUsedMb", dbHeap.maxUsedMb());
                report.figure("apiPeakRssMb", apiHeap.peakRssMb());
                report.figure("neo4jPeakRssMb", dbHeap.peakRssMb());
            }
        }
    }

    private static String mb(double v) {
        return v < 0 ? "n/a" : Report.f0(v) + " MB";
    }

    /** Runs each seed article's Cypher script (the writer's graph of it, as the cypher command made it). */
    static List<String> loadSeedScripts(Repo repo, Driver driver, PrintStream progress) throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(repo.seeds())) {
            scripts = s.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
        try (Session session = driver.session()) {
            for (Path script : scripts) {
                List<String> statements = CypherStatements.split(Files.readString(script, StandardCharsets.UTF_8));
                for (String st : statements) {
                    session.run(st).consume();
                }
                progress.printf("  loaded %s (%d statements)%n", repo.root.relativize(script), statements.size());
            }
            return session.run(CypherResources.read("bench/seed-stories.cypher")).single().get("ids")
                    .asList(v -> v.asString());
        }
    }


    private static void generate(Driver driver, Report report, PrintStream progress, int stories, int characters,
                                 int relationships, int secrets, int seed, int writers) throws Exception {
        progress.printf("  generating %,d stories through GraphWriter with %d writers%n", stories, writers);
        SyntheticStories generator = new SyntheticStories();
        GraphWriter writer = new GraphWriter(driver);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong rels = new AtomicLong();
        AtomicLong secs = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong writeNanos = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < stories; i = next.getAndIncrement()) {
                    Extraction e = generator.story(i, share(characters, stories, i), share(relationships, stories, i),
                            share(secrets, stories, i), seed);
                    long t = System.nanoTime();
                    WriteResult r = writer.write(e);
                    writeNanos.addAndGet(System.nanoTime() - t);
                    if (!r.warnings().isEmpty()) {
                        throw new IllegalStateException("the writer left parts of " + e.document().id() + " out: "
                                + r.warnings().get(0));
                    }
                    rels.addAndGet(r.relations());
                    secs.addAndGet(r.secrets());
                    chars.addAndGet(r.newCharacters());
                    int n = done.incrementAndGet();
                    if (n % Math.max(1, stories / 20) == 0 || n == stories) {
                        double el = (System.nanoTime() - start) / 1e9;
                        progress.printf("    %,d/%,d stories, %,d relationships, %,d secrets, %.0f s, %,.0f relationships/s,"
                                + " about %.0f s left%n", n, stories, rels.get(), secs.get(), el, rels.get() / el,
                                el / n * (stories - n));
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double total = (System.nanoTime() - start) / 1e9;
        Report.Table t = new Report.Table("Scale graph generated through GraphWriter",
                "stories (articles)", "characters", "relationships", "secrets", "writers", "seconds",
                "relationships/s", "articles/s");
        t.row(Report.f0(stories), Report.f0(chars.get()), Report.f0(rels.get()), Report.f0(secs.get()), writers,
                Report.f1(total), Report.f0(rels.get() / total), Report.f1(stories / total));
        t.note(String.format("One article per story, one transaction per article (the writer's unit). Mean write %.0f ms"
                + " per article of about %d characters, %d relationships and %d secrets with KNOWS, KEEPS and ABOUT.",
                writeNanos.get() / 1e6 / stories, characters / stories, relationships / stories, secrets / stories));
        report.add(t);
        report.figure("generationSeconds", total);
        report.figure("generationRelationshipsPerSecond", rels.get() / total);
    }

    /** Story i's share of a total spread over n stories (the first ones take the remainder). */
    static int share(int total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }

    private static Report.Table sizeTable(Driver driver, String title) {
        try (Session s = driver.session()) {
            Record r = s.executeRead(tx -> tx.run(CypherResources.read("bench/counts.cypher")).single());
            Report.Table t = new Report.Table(title, "nodes", "relationships", "stories", "characters",
                    "character-to-character relationships", "secrets", "KNOWS");
            t.row(Report.f0(r.get("nodes").asLong()), Report.f0(r.get("relationships").asLong()),
                    Report.f0(r.get("stories").asLong()), Report.f0(r.get("characters").asLong()),
                    Report.f0(r.get("characterRelationships").asLong()), Report.f0(r.get("secrets").asLong()),
                    Report.f0(r.get("knows").asLong()));
            return t;
        }
    }

    private static void loadTables(Report report, PrintStream progress, String graph, ApiProcess api, LocalNeo4j neo4j,
                                   Driver driver, HttpClient http, Scenarios.Targets targets, int concurrency,
                                   int requests, int warmUp, int seconds, boolean viaNeo4jHttp, String key)
            throws InterruptedException {
        Duration limit = Duration.ofSeconds(seconds);
        Report.Table t = new Report.Table("API under load on the " + graph + ", " + concurrency + " concurrent clients",
                "question", "API p50 ms", "API p99 ms", "API req/s", "driver p50 ms", "driver p99 ms", "driver req/s",
                "API/driver p50", "API/driver p99", "Neo4j HTTP p50 ms", "Neo4j HTTP p99 ms", "Neo4j HTTP req/s");
        List<String> notes = new ArrayList<>();
        List<String> limited = new ArrayList<>();
        for (Scenarios.Scenario s : Scenarios.all(api.base(), targets)) {
            progress.printf("  %s: %s%n", graph, s.name());
            LoadTest.Result a = LoadTest.run(Scenarios.viaApi(http, s), concurrency, requests, warmUp, limit);
            progress.printf("    API        %s%n", line(a));
            LoadTest.Result d = LoadTest.run(Scenarios.viaDriver(driver, s, Duration.ofSeconds(5)), concurrency,
                    requests, warmUp, limit);
            progress.printf("    driver     %s%n", line(d));
            LoadTest.Result h = null;
            if (viaNeo4jHttp && d.errors() == d.requests()) {
                // Neo4j's HTTP endpoint has no per-query timeout here: the same statements would run on for minutes
                // and slow every later figure.
                notes.add(s.name() + ", Neo4j HTTP: skipped, since every driver request ran out of time (5 s).");
            } else if (viaNeo4jHttp) {
                h = LoadTest.run(Scenarios.viaNeo4jHttp(http, neo4j.httpBase(), s), concurrency, requests, warmUp, limit);
                progress.printf("    Neo4j HTTP %s%n", line(h));
            }
            t.row(s.name() + " (" + s.what() + ", " + s.steps().size() + " statement" + (s.steps().size() > 1 ? "s" : "")
                            + ")", Report.f1(a.p50Ms()), Report.f1(a.p99Ms()), Report.f0(a.requestsPerSecond()),
                    Report.f1(d.p50Ms()), Report.f1(d.p99Ms()), Report.f0(d.requestsPerSecond()),
                    Report.ratio(a.p50Ms() / d.p50Ms()), Report.ratio(a.p99Ms() / d.p99Ms()),
                    h == null ? "" : Report.f1(h.p50Ms()), h == null ? "" : Report.f1(h.p99Ms()),
                    h == null ? "" : Report.f0(h.requestsPerSecond()));
            for (var e : new java.util.LinkedHashMap<>(Map.of("API", a, "driver", d)).entrySet()) {
                problems(notes, limited, s.name(), e.getKey(), e.getValue());
            }
            if (h != null) {
                problems(notes, limited, s.name(), "Neo4j HTTP", h);
            }
            String prefix = key + "." + s.name().replace(' ', '-');
            report.figure(prefix + ".apiP50Ms", a.p50Ms());
            report.figure(prefix + ".apiP99Ms", a.p99Ms());
            report.figure(prefix + ".apiRps", a.requestsPerSecond());
            report.figure(prefix + ".driverP50Ms", d.p50Ms());
            report.figure(prefix + ".driverP99Ms", d.p99Ms());
            report.figure(prefix + ".driverRps", d.requestsPerSecond());
        }
        t.note("Each run: " + Report.f0(warmUp) + " warm-up requests, then " + Report.f0(requests) + " requests or "
                + seconds + " s, whichever comes first. The driver and Neo4j HTTP columns run the same statements "
                + "as the API (its own .cypher files), in the same order, from the bench's JVM.");
        if (!limited.isEmpty()) {
            t.note("Stopped by the time limit (requests done): " + String.join("; ", limited) + ".");
        }
        notes.forEach(t::note);
        report.add(t);
        if (key.equals("scale")) {
            report.add(statementBreakdown(progress, driver, api, targets, concurrency, requests, warmUp, limit));
        }
    }

    /**
     * The shortest-path question statement by statement through the driver, at the same concurrency: which of the
     * look-ups and the path query the time goes to.
     */
    private static Report.Table statementBreakdown(PrintStream progress, Driver driver, ApiProcess api,
                                                   Scenarios.Targets targets, int concurrency, int requests,
                                                   int warmUp, Duration limit) throws InterruptedException {
        Scenarios.Scenario shortest = Scenarios.all(api.base(), targets).get(0);
        Report.Table t = new Report.Table("Shortest path at scale, statement by statement (driver, " + concurrency
                + " concurrent clients)", "statement", "p50 ms", "p99 ms", "req/s");
        String[] names = {"api/find-character.cypher (from)", "api/find-character.cypher (to)",
                "api/shortest-path.cypher"};
        for (int k = 0; k < shortest.steps().size(); k += k == 0 ? 2 : 1) {
            Scenarios.Scenario one = new Scenarios.Scenario(names[k], "", shortest.api(), List.of(shortest.steps().get(k)));
            LoadTest.Result r = LoadTest.run(Scenarios.viaDriver(driver, one, Duration.ofSeconds(5)), concurrency,
                    requests, warmUp, limit);
            progress.printf("    %-40s %s%n", names[k], line(r));
            t.row(names[k].replace(" (from)", ""), Report.f1(r.p50Ms()), Report.f1(r.p99Ms()),
                    Report.f0(r.requestsPerSecond()));
        }
        return t;
    }

    private static void problems(List<String> notes, List<String> limited, String scenario, String mode,
                                 LoadTest.Result r) {
        if (r.errors() > 0) {
            notes.add("**" + scenario + ", " + mode + ": " + r.errors() + " of " + r.requests() + " requests failed**; first: "
                    + r.firstError());
        }
        if (r.timedOut()) {
            limited.add(scenario + " " + mode + " " + Report.f0(r.requests()));
        }
    }

    private static String line(LoadTest.Result r) {
        return String.format("%,d requests in %.1f s: %,.0f req/s, p50 %.1f ms, p99 %.1f ms%s", r.requests(),
                r.seconds(), r.requestsPerSecond(), r.p50Ms(), r.p99Ms(),
                r.errors() > 0 ? ", " + r.errors() + " errors (" + r.firstError() + ")" : "");
    }
}
