package charactergraph.loader.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Where the rule files come from: the loader's class path ({@code rules/}), or a folder a user points at. */
abstract class RuleSource {
    /** The file's text; {@link RuleFileException} when it cannot be read. */
    abstract String read(String relative);

    /** The names of the files in a subfolder that end with the suffix, sorted; empty when there is no such folder. */
    abstract List<String> list(String folder, String suffix);

    /** How error messages name the file. */
    abstract String describe(String relative);

    static RuleSource classPath() {
        return new RuleSource() {
            @Override
            String read(String relative) {
                try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream("rules/" + relative)) {
                    if (in == null) {
                        throw new RuleFileException(describe(relative), 0, "missing from the class path");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new RuleFileException(describe(relative), 0, "cannot be read: " + e.getMessage());
                }
            }

            @Override
            List<String> list(String folder, String suffix) {
                URL url = RuleSource.class.getClassLoader().getResource("rules/" + folder);
                if (url == null) {
                    return List.of();
                }
                try {
                    URI uri = url.toURI();
                    if (uri.getScheme().equals("jar")) {
                        FileSystem fs;
                        try {
                            fs = FileSystems.newFileSystem(uri, Map.of());
                        } catch (FileSystemAlreadyExistsException e) {
                            fs = FileSystems.getFileSystem(uri);
                        }
                        return names(fs.provider().getPath(uri), suffix);
                    }
                    return names(Path.of(uri), suffix);
                } catch (IOException | URISyntaxException e) {
                    throw new RuleFileException(describe(folder), 0, "cannot be listed: " + e.getMessage());
                }
            }

            @Override
            String describe(String relative) {
                return "classpath:rules/" + relative;
            }
        };
    }

    static RuleSource folder(Path dir) {
        return new RuleSource() {
            @Override
            String read(String relative) {
                try {
                    return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new RuleFileException(describe(relative), 0, "cannot be read: " + e);
                }
            }

            @Override
            List<String> list(String folder, String suffix) {
                Path d = dir.resolve(folder);
                if (!Files.isDirectory(d)) {
                    return List.of();
                }
                try {
                    return names(d, suffix);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            String describe(String relative) {
                return dir.resolve(relative).toString();
            }
        };
    }

    private static List<String> names(Path dir, String suffix) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String name = p.getFileName().toString().replace("/", "");
                if (name.endsWith(suffix)) {
                    out.add(name);
                }
            });
        }
        out.sort(null);
        return out;
    }

    /** The meaningful lines of a file: stripped, without blank lines and {@code #} comments. */
    List<RuleLine> lines(String relative) {
        return lines(describe(relative), read(relative));
    }

    static List<RuleLine> lines(String where, String text) {
        List<RuleLine> out = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\\R", -1)) {
            n++;
            String t = raw.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(new RuleLine(where, n, t));
            }
        }
        return out;
    }
}
