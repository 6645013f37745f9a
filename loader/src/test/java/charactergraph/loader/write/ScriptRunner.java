package charactergraph.loader.write;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Cypher script the way cypher-shell does: statements end with a semicolon at the end of a line, and each
 * runs in its own auto-commit transaction. (An exported literal never spans lines, so the split is exact.)
 */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (current.length() == 0 && (line.isBlank() || line.strip().startsWith("//"))) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("script ends inside a statement: " + current);
        }
        return out;
    }

    public static int run(Driver driver, String script) {
        List<String> statements = statements(script);
        try (Session session = driver.session()) {
            for (String s : statements) {
                session.run(s).consume();
            }
        }
        return statements.size();
    }
}
