package charactergraph.loader.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A {@link GraphExport} as a zip of {@code nodes.csv} and {@code relationships.csv} in the header format of
 * {@code neo4j-admin database import}: {@code :ID,:LABEL,id,name,aliases:string[],...} and
 * {@code :START_ID,:END_ID,:TYPE,...}. The {@code :ID} is {@code Label:id} (unique over all labels); the node's own
 * {@code id} is a normal column. Lists are joined with {@code ;} (neo4j-admin's default array delimiter), fields are
 * quoted RFC 4180 style when they hold a comma, quote, semicolon or line break. Gephi's spreadsheet import reads
 * the same files (map {@code :ID} to Id, {@code :START_ID}/{@code :END_ID} to Source/Target).
 */
public final class CsvExport {
    /** Fixed entry times keep the zip the same bytes for the same graph. */
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private CsvExport() {
    }

    public static void writeZip(GraphExport graph, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "nodes.csv", nodes(graph));
            entry(zip, "relationships.csv", relationships(graph));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(EPOCH);
        e.setCreationTime(EPOCH);
        e.setLastAccessTime(EPOCH);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static String nodes(GraphExport graph) {
        List<PropertyTypes.Column> columns = PropertyTypes.of(graph.nodes().stream()
                .map(GraphExport.Node::properties).toList());
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(":ID", ":LABEL"));
        columns.forEach(c -> header.add(header(c)));
        line(b, header);
        for (GraphExport.Node n : graph.nodes()) {
            List<String> row = new ArrayList<>(List.of(n.key(), String.join(";", n.labels())));
            columns.forEach(c -> row.add(cell(n.properties().get(c.key()))));
            line(b, row);
        }
        return b.toString();
    }

    public static String relationships(GraphExport graph) {
        List<PropertyTypes.Column> columns = PropertyTypes.of(graph.relationships().stream()
                .map(GraphExport.Relationship::properties).toList());
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
        columns.forEach(c -> header.add(header(c)));
        line(b, header);
        for (GraphExport.Relationship r : graph.relationships()) {
            List<String> row = new ArrayList<>(List.of(r.startKey(), r.endKey(), r.type()));
            columns.forEach(c -> row.add(cell(r.properties().get(c.key()))));
            line(b, row);
        }
        return b.toString();
    }

    /** {@code name} for strings, {@code name:long}, {@code name:string[]} and so on otherwise. */
    static String header(PropertyTypes.Column c) {
        PropertyTypes.Type t = PropertyTypes.typeOf(c);
        if (t == PropertyTypes.Type.STRING && !c.list()) {
            return c.key();
        }
        return c.key() + ":" + t.csv + (c.list() ? "[]" : "");
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(o -> parts.add(PropertyTypes.text(o)));
            return String.join(";", parts);
        }
        return PropertyTypes.text(v);
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(cells.get(i)));
        }
        b.append('\n');
    }

    static String quote(String s) {
        boolean needs = s.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == ';' || ch == '\n' || ch == '\r');
        return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Splits CSV text into rows of fields (RFC 4180 quoting), for tests and for anyone reading the files back. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
