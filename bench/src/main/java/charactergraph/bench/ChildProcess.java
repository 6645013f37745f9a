package charactergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the bench starts (the local Neo4j, the API): its output goes to a log file under bench/target, and it is
 * stopped with SIGTERM (the way Ctrl-C stops the product) when the bench is done or the bench's JVM exits.
 */
final class ChildProcess implements AutoCloseable {
    final String name;
    final Process process;
    final Path log;
    private final long startedNanos;
    private final CountDownLatch marker = new CountDownLatch(1);

    private ChildProcess(String name, Process process, Path log, long startedNanos, String readyMarker) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
        Thread pump = new Thread(() -> pump(readyMarker), name + "-log");
        pump.setDaemon(true);
        pump.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly));
    }

    /** Starts {@code java JVM_OPTIONS -jar JAR ARGS} in {@code workDir} with extra environment variables. */
    static ChildProcess startJar(String name, Path jar, List<String> jvmOptions, List<String> args, Path workDir,
                                 Map<String, String> env, Path log, String readyMarker) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, String.join(" ", cmd) + "\n" + env + "\n", StandardCharsets.UTF_8);
            long t = System.nanoTime();
            return new ChildProcess(name, pb.start(), log, t, readyMarker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    private void pump(String readyMarker) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (readyMarker != null && line.contains(readyMarker)) {
                    marker.countDown();
                }
                Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the ready marker on the output; fails with the log's tail when the process dies or time runs out. */
    double awaitMarker(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (marker.await(200, TimeUnit.MILLISECONDS)) {
                return secondsSinceStart();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue() + tail());
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s" + tail());
    }

    /** Polls {@code GET url} until it answers 200 with a body containing "UP"; returns seconds since the start. */
    double awaitHealthy(String url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue() + tail());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return secondsSinceStart();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout.toSeconds() + " s" + tail());
    }

    double secondsSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "; last lines of " + log + ":\n  " + String.join("\n  ",
                    lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "; see " + log;
        }
    }

    /** Peak resident memory (VmHWM) in MB, of this process or of a child it started; -1 when unknown. */
    static double peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not Linux
        }
        return -1;
    }

    /** The JVM children of this process (the API's own local Neo4j). */
    List<ProcessHandle> children() {
        return process.children().toList();
    }

    /** SIGTERM, then SIGKILL after 30 s; waits for the process and its children to exit. */
    void stop(PrintStream progress) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> kids = children();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                progress.println("  " + name + " did not stop within 30 s; killing it");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle k : kids) {
                k.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            kids.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private void stopQuietly() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop(System.err);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
