package charactergraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Start-up as a user sees it: {@code java -jar api/target/api.jar} with its own local Neo4j (the default run), from
 * the start of the process to {@code GET /health} answering UP (the app serves HTTP only after the schema and the
 * seeds are in). Three runs: a fresh data directory with no seeds (the floor), a fresh one with the seeds (the
 * language models run), and the same directory again (seeds already loaded, skipped by hash).
 */
final class StartupBench {
    static final BenchOptions.Declared OPTIONS = new BenchOptions.Declared();
    static final BenchOptions.Text API_HEAP = OPTIONS.text("api-heap", null);

    private StartupBench() {
    }

    static void run(BenchOptions o, Repo repo, Report report, PrintStream progress) throws Exception {
        String heap = o.get(API_HEAP);
        Report.Table t = new Report.Table("Start-up: java -jar api/target/api.jar to health UP (local Neo4j started by the app)",
                "run", "seconds to ready", "vs empty start", "API peak resident", "Neo4j peak resident");
        Path seedless = repo.target().resolve("startup-empty-data");
        Path data = repo.target().resolve("startup-data");
        LocalNeo4j.deleteTree(seedless);
        LocalNeo4j.deleteTree(data);
        double floor = once(repo, "fresh data directory, no seeds (floor)", seedless, "", heap, t, Double.NaN, progress);
        once(repo, "fresh data directory, seeds loaded at start (language models run)", data,
                repo.seeds().toString(), heap, t, floor, progress);
        once(repo, "seeds already loaded (skipped by hash, no models)", data, repo.seeds().toString(), heap, t, floor,
                progress);
        t.note("The app's Neo4j runs with the product defaults (heap 512m, page cache 128m). API heap: "
                + (heap == null ? "the JVM default (a quarter of the machine's memory), as the README command runs it"
                : "-Xmx" + heap) + ".");
        report.add(t);
    }

    private static double once(Repo repo, String label, Path dataDir, String seeds, String heap, Report.Table t,
                               double floor, PrintStream progress) throws Exception {
        progress.println("startup: " + label);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NEO4J_URI", "bolt://127.0.0.1:" + ChildProcess.freePort());
        env.put("NEO4J_LOCAL_HTTP_PORT", Integer.toString(ChildProcess.freePort()));
        env.put("NEO4J_LOCAL_DATA_DIR", dataDir.toString());
        env.put("CHARACTER_GRAPH_SEEDS", seeds);
        env.put("NEO4J_LOCAL_BROWSER_POST_CONNECT_CMD", "");
        try (ApiProcess api = ApiProcess.start(repo, env, heap, repo.target().resolve("startup-api.log"), progress)) {
            double apiRss = ChildProcess.peakRssMb(api.pid());
            double dbRss = api.process.children().stream().mapToDouble(h -> ChildProcess.peakRssMb(h.pid())).max()
                    .orElse(-1);
            t.row(label, Report.f1(api.readySeconds), Double.isNaN(floor) ? "1.00x" : Report.ratio(api.readySeconds / floor) + "x",
                    apiRss < 0 ? "n/a" : Report.f0(apiRss) + " MB", dbRss < 0 ? "n/a" : Report.f0(dbRss) + " MB");
            return api.readySeconds;
        }
    }
}
