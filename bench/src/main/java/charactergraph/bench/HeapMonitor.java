package charactergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Samples a JVM's heap with one long-running {@code jstat -gc PID 250} (one attach, not one per sample, so the probe
 * itself costs little CPU under load): the largest heap in use (survivors + eden + old) and the largest committed
 * heap seen while it ran. Samples between collections, so the peak is what the heap reached, not what stays live.
 */
final class HeapMonitor implements AutoCloseable {
    private final long pid;
    private final Process jstat;
    private volatile double maxUsedMb = -1;
    private volatile double maxCommittedMb = -1;

    HeapMonitor(long pid) {
        this.pid = pid;
        Path bin = Path.of(System.getProperty("java.home"), "bin", "jstat");
        String exe = Files.isExecutable(bin) ? bin.toString() : "jstat";
        Process p;
        try {
            p = new ProcessBuilder(List.of(exe, "-gc", Long.toString(pid), "250")).redirectErrorStream(true).start();
        } catch (IOException e) {
            p = null;
        }
        this.jstat = p;
        if (p != null) {
            Thread t = new Thread(this::read, "jstat-" + pid);
            t.setDaemon(true);
            t.start();
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length > 0 && cells[0].equals("S0C")) {
                    header = cells;
                    continue;
                }
                if (header == null || cells.length != header.length) {
                    continue;
                }
                double used = 0;
                double committed = 0;
                for (int i = 0; i < header.length; i++) {
                    switch (header[i]) {
                        case "S0U", "S1U", "EU", "OU" -> used += Double.parseDouble(cells[i]);
                        case "S0C", "S1C", "EC", "OC" -> committed += Double.parseDouble(cells[i]);
                        default -> { }
                    }
                }
                maxUsedMb = Math.max(maxUsedMb, used / 1024);
                maxCommittedMb = Math.max(maxCommittedMb, committed / 1024);
            }
        } catch (IOException | NumberFormatException e) {
            // the JVM is gone
        }
    }

    double maxUsedMb() {
        return maxUsedMb;
    }

    double maxCommittedMb() {
        return maxCommittedMb;
    }

    /** Peak resident set (VmHWM) of the watched process so far. */
    double peakRssMb() {
        return ChildProcess.peakRssMb(pid);
    }

    @Override
    public void close() {
        if (jstat != null) {
            jstat.destroy();
            try {
                jstat.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
