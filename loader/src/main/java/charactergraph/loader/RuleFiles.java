package charactergraph.loader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the loader's data files (rule files, lexicons) from the class path: comments and blank lines skipped. */
public final class RuleFiles {
    private RuleFiles() {
    }

    /** A meaningful line of a rule file, with its 1-based line number for error messages. */
    public record Line(String file, int number, String text) {
        public IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + number + ": " + message + ": " + text);
        }
    }

    public static List<Line> lines(String resource) {
        InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("rule file missing from the class path: " + resource);
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                String t = s.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                out.add(new Line(resource, n, t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
