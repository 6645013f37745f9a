package charactergraph.loader.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Broken rule files kept in the test resources ({@code rules-bad/}), as the lines a stage reads. */
public final class BadRules {
    private BadRules() {
    }

    public static List<RuleLine> lines(String name) {
        try (InputStream in = BadRules.class.getClassLoader().getResourceAsStream("rules-bad/" + name)) {
            return RuleCatalog.linesOf("rules-bad/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
