package charactergraph.cypher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a canned query file into a {@link CannedQuery}. The header is the run of {@code //} lines at the top:
 * <pre>
 * // Name: killings
 * // Question: Who killed whom ...?
 * // Parameter: story (optional) - the story id, or null for every story. Example: "all-her-fault"
 * // Column: killer - the name of the character who killed
 * // any other comment line is a note; a line indented by two or more spaces continues the field above
 * </pre>
 * The parser refuses a file whose header and Cypher disagree, so the API never serves a query it cannot
 * describe: every {@code $parameter} the Cypher uses must be declared, and every declared one used.
 */
public final class CannedQueryParser {
    private static final Pattern FIELD = Pattern.compile("^//\\s?(Name|Question|Parameter|Column):\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^//\\s{2,}(\\S.*)$");
    private static final Pattern PARAMETER = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s*\\((required|optional)\\)\\s*-\\s*(.+?)\\s*Example:\\s*(.+)$");
    private static final Pattern COLUMN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*-\\s*(.+)$");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PARAMETER_USE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern WRITE_CLAUSE = Pattern.compile(
            "\\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\\s+CSV|FOREACH)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE_LENGTH = Pattern.compile("\\*\\s*(\\d*)\\s*(\\.\\.)?\\s*(\\d*)\\s*[\\]{]");

    /** The longest variable-length pattern a canned query may use. */
    public static final int MAX_PATTERN_LENGTH = 6;

    private CannedQueryParser() {
    }

    /**
     * @param file the file name inside {@code queries/} (its base name must be the query's name)
     * @param text the file's text
     */
    public static CannedQuery parse(String file, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        String name = null;
        StringBuilder question = null;
        List<StringBuilder[]> rawParameters = new ArrayList<>();
        List<StringBuilder[]> rawColumns = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        StringBuilder current = null;
        int line = 0;
        for (; line < lines.length; line++) {
            String l = lines[line].strip();
            if (l.isEmpty() && current == null && name == null) {
                continue;
            }
            if (!l.startsWith("//")) {
                break;
            }
            Matcher field = FIELD.matcher(l);
            Matcher more = CONTINUATION.matcher(lines[line].stripTrailing());
            if (field.matches()) {
                String value = field.group(2).strip();
                switch (field.group(1)) {
                    case "Name" -> {
                        if (name != null) {
                            throw new InvalidCannedQueryException(file, "more than one Name line");
                        }
                        name = value;
                        current = null;
                    }
                    case "Question" -> {
                        if (question != null) {
                            throw new InvalidCannedQueryException(file, "more than one Question line");
                        }
                        question = new StringBuilder(value);
                        current = question;
                    }
                    case "Parameter" -> {
                        current = new StringBuilder(value);
                        rawParameters.add(new StringBuilder[] {current});
                    }
                    default -> {
                        current = new StringBuilder(value);
                        rawColumns.add(new StringBuilder[] {current});
                    }
                }
            } else if (more.matches() && current != null) {
                current.append(' ').append(more.group(1).strip());
            } else {
                String note = l.substring(2).strip();
                current = null;
                if (!note.isEmpty()) {
                    notes.add(note);
                }
            }
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(line, lines.length)).strip();

        String expectedName = file.replaceFirst("^.*/", "").replaceFirst("\\.cypher$", "");
        if (name == null) {
            throw new InvalidCannedQueryException(file, "the header has no '// Name:' line");
        }
        if (!NAME.matcher(name).matches()) {
            throw new InvalidCannedQueryException(file, "name '" + name + "' is not lower-case words joined by '-'");
        }
        if (!name.equals(expectedName)) {
            throw new InvalidCannedQueryException(file, "name '" + name + "' differs from the file name '" + expectedName + "'");
        }
        if (question == null || question.toString().isBlank()) {
            throw new InvalidCannedQueryException(file, "the header has no '// Question:' line");
        }
        if (rawColumns.isEmpty()) {
            throw new InvalidCannedQueryException(file, "the header declares no '// Column:'");
        }
        if (body.isEmpty()) {
            throw new InvalidCannedQueryException(file, "there is no Cypher after the header");
        }

        List<CannedQuery.Parameter> parameters = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        for (StringBuilder[] raw : rawParameters) {
            Matcher m = PARAMETER.matcher(raw[0].toString());
            if (!m.matches()) {
                throw new InvalidCannedQueryException(file, "cannot read parameter line '" + raw[0]
                        + "'; write '// Parameter: name (required|optional) - description. Example: \"value\"'");
            }
            String example = m.group(4).strip();
            if (!JsonLiteral.isValid(example)) {
                throw new InvalidCannedQueryException(file, "the example of parameter '" + m.group(1)
                        + "' is not a JSON string, number, boolean or null: " + example);
            }
            if (!declared.add(m.group(1))) {
                throw new InvalidCannedQueryException(file, "parameter '" + m.group(1) + "' is declared twice");
            }
            String description = m.group(3).strip().replaceFirst("\\.$", "");
            parameters.add(new CannedQuery.Parameter(m.group(1), m.group(2).equals("required"), description, example));
        }
        List<CannedQuery.Column> columns = new ArrayList<>();
        Set<String> columnNames = new LinkedHashSet<>();
        for (StringBuilder[] raw : rawColumns) {
            Matcher m = COLUMN.matcher(raw[0].toString());
            if (!m.matches()) {
                throw new InvalidCannedQueryException(file, "cannot read column line '" + raw[0]
                        + "'; write '// Column: name - description'");
            }
            if (!columnNames.add(m.group(1))) {
                throw new InvalidCannedQueryException(file, "column '" + m.group(1) + "' is declared twice");
            }
            columns.add(new CannedQuery.Column(m.group(1), m.group(2).strip()));
        }

        String code = codeOnly(body);
        Set<String> used = new TreeSet<>();
        Matcher use = PARAMETER_USE.matcher(code);
        while (use.find()) {
            used.add(use.group(1));
        }
        Set<String> undeclared = new TreeSet<>(used);
        undeclared.removeAll(declared);
        if (!undeclared.isEmpty()) {
            throw new InvalidCannedQueryException(file, "the Cypher uses parameter(s) the header does not declare: "
                    + String.join(", ", undeclared.stream().map(p -> "$" + p).toList()));
        }
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new InvalidCannedQueryException(file, "the header declares parameter(s) the Cypher never uses: "
                    + String.join(", ", unused));
        }
        Matcher write = WRITE_CLAUSE.matcher(code);
        if (write.find()) {
            throw new InvalidCannedQueryException(file, "canned queries are read only, but it uses "
                    + write.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher varLength = VARIABLE_LENGTH.matcher(code);
        while (varLength.find()) {
            String upper = varLength.group(2) == null ? varLength.group(1) : varLength.group(3);
            if (upper.isEmpty() || Integer.parseInt(upper) > MAX_PATTERN_LENGTH) {
                throw new InvalidCannedQueryException(file, "variable-length pattern '" + varLength.group().strip()
                        + "' needs an upper bound of at most " + MAX_PATTERN_LENGTH);
            }
        }
        return new CannedQuery(name, question.toString().strip(), parameters, columns, notes,
                file.replaceFirst("^.*/", ""), body);
    }

    /** The Cypher without comments and string literals, so "$" or "CREATE" inside them is not taken for code. */
    static String codeOnly(String cypher) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < cypher.length()) {
            char c = cypher.charAt(i);
            if (c == '/' && i + 1 < cypher.length() && cypher.charAt(i + 1) == '/') {
                while (i < cypher.length() && cypher.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < cypher.length() && cypher.charAt(i + 1) == '*') {
                int end = cypher.indexOf("*/", i + 2);
                i = end < 0 ? cypher.length() : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < cypher.length() && cypher.charAt(j) != c) {
                    j += cypher.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c == '`' ? " `x` " : " '' ");
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
