package charactergraph.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository and the built jars are. The bench jar lives in {@code bench/target/}, so the repository is
 * two folders up; {@code --repo DIR} overrides it, and from an IDE (classes folder) the working directory is used.
 */
final class Repo {
    final Path root;

    Repo(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static Repo locate(String override) {
        if (override != null) {
            return new Repo(Path.of(override));
        }
        try {
            Path code = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // bench/target/bench.jar or bench/target/classes
            Path candidate = code.getParent().getParent().getParent();
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("bench"))) {
                return new Repo(candidate);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return new Repo(Path.of(""));
    }

    Path target() {
        return root.resolve("bench").resolve("target");
    }

    Path results() {
        return target().resolve("results");
    }

    Path apiJar() {
        return requireFile(root.resolve("api/target/api.jar"));
    }

    Path neo4jServerJar() {
        return requireFile(root.resolve("neo4j-server/target/neo4j-server.jar"));
    }

    Path seeds() {
        return root.resolve("seeds");
    }

    Path testArticles() {
        return root.resolve("loader/src/test/resources/articles");
    }

    private static Path requireFile(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new UsageException(p + " is missing: build first with  mvn -q -DskipTests package");
        }
        return p;
    }
}
