package charactergraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of one bench command: printed as Markdown while it runs, and written to {@code results/NAME.md} and
 * {@code results/NAME.json} so a run can be pasted into BENCHMARKS.md as it is.
 */
final class Report {
    /** One table: a title, column names, rows of already formatted cells, and notes printed under it. */
    static final class Table {
        final String title;
        final List<String> columns;
        final List<List<String>> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Table(String title, String... columns) {
            this.title = title;
            this.columns = List.of(columns);
        }

        Table row(Object... cells) {
            List<String> r = new ArrayList<>();
            for (Object c : cells) {
                r.add(c == null ? "" : c.toString());
            }
            rows.add(r);
            return this;
        }

        Table note(String note) {
            notes.add(note);
            return this;
        }

        String markdown() {
            StringBuilder b = new StringBuilder();
            b.append("### ").append(title).append("\n\n");
            b.append("| ").append(String.join(" | ", columns)).append(" |\n");
            b.append("|").append(" --- |".repeat(columns.size())).append("\n");
            for (List<String> r : rows) {
                b.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
            for (String n : notes) {
                b.append("\n").append(n).append("\n");
            }
            return b.toString();
        }
    }

    private final String name;
    private final PrintStream out;
    private final List<Table> tables = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    Report(String name, PrintStream out) {
        this.name = name;
        this.out = out;
    }

    /** Adds a table and prints it at once, so a long run shows its figures as they come. */
    void add(Table table) {
        tables.add(table);
        out.println();
        out.println(table.markdown());
        out.flush();
    }

    /** A raw figure for the JSON file (a number with its unit in the key, e.g. {@code modelLoadSeconds}). */
    void figure(String key, Object value) {
        figures.put(key, value);
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        for (Table t : tables) {
            b.append(t.markdown()).append("\n");
        }
        return b.toString();
    }

    /** Writes {@code NAME.md} and {@code NAME.json} into {@code dir}; returns the Markdown file. */
    Path write(Path dir, Machine machine) {
        try {
            Files.createDirectories(dir);
            Path md = dir.resolve(name + ".md");
            Files.writeString(md, "<!-- bench " + name + ", " + Instant.now() + "; " + machine.oneLine() + " -->\n\n"
                    + markdown(), StandardCharsets.UTF_8);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bench", name);
            json.put("finishedAt", Instant.now().toString());
            json.put("machine", machine.asMap());
            json.put("figures", figures);
            List<Map<String, Object>> ts = new ArrayList<>();
            for (Table t : tables) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("title", t.title);
                m.put("columns", t.columns);
                m.put("rows", t.rows);
                m.put("notes", t.notes);
                ts.add(m);
            }
            json.put("tables", ts);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(), json);
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + dir, e);
        }
    }

    // ---- formatting helpers shared by the benches -----------------------------------------------------------

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
