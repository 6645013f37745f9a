package charactergraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the files of this module from the class path: {@code read("writer/characters.cypher")}. */
public final class CypherResources {
    private CypherResources() {
    }

    /** The text of {@code cypher/<relativePath>}; fails loudly when the file is missing, since that is a build defect. */
    public static String read(String relativePath) {
        String path = "cypher/" + relativePath;
        try (InputStream in = CypherResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /**
     * A file whose variable-length pattern has a fixed bound (Cypher takes no parameter there), with that bound
     * replaced: {@code largest} is the text of the bound as the file holds it (the most callers may ask for, so the
     * file runs as it stands too), {@code format} its replacement with one {@code %d} for {@code bound}. Only an
     * integer is spliced in, never caller text; a file that does not hold {@code largest} exactly once fails.
     */
    public static String readWithBound(String relativePath, String largest, String format, int bound) {
        String text = read(relativePath);
        int at = text.indexOf(largest);
        if (at < 0 || text.indexOf(largest, at + 1) >= 0) {
            throw new IllegalStateException(relativePath + " must hold the bound " + largest + " exactly once");
        }
        return text.replace(largest, String.format(java.util.Locale.ROOT, format, bound));
    }
}
