package charactergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run happened on: cores, memory, JDK, OS, and the load average when the run began. */
record Machine(int cores, long memoryMb, String jdk, String os, String loadAverage) {
    static Machine current() {
        long mem = 0;
        String load = "";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    mem = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            load = Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            // not Linux: leave them empty
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), mem,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                load);
    }

    String oneLine() {
        return cores + " cores, " + memoryMb + " MB, " + jdk + ", " + os + ", load average at start " + loadAverage;
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", cores);
        m.put("memoryMb", memoryMb);
        m.put("jdk", jdk);
        m.put("os", os);
        m.put("loadAverageAtStart", loadAverage);
        return m;
    }
}
