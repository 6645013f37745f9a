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
}
