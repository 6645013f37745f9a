package charactergraph.cypher;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a .cypher file of several statements (schema, fixtures, exported scripts) into statements for a driver,
 * which runs one at a time. A statement ends with a line ending in ';'; lines starting with '//' and blank lines are
 * dropped, so a ';' inside a comment never ends one.
 */
public final class CypherStatements {
    private CypherStatements() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
