package charactergraph.api.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import charactergraph.api.StartupProblem;

/**
 * How to run the local Neo4j server (module {@code neo4j-server}) in a JVM of its own.
 *
 * <p>Where it looks, in order: the configured jar ({@code neo4j.local.server-jar}); then, from the folder that holds
 * the app's own code (api.jar or target/classes) and from the working directory, each of them and their parents:
 * {@code neo4j-server/target/neo4j-server.jar}, {@code neo4j-server/neo4j-server.jar}, {@code neo4j-server.jar}; and
 * last the unpackaged build, {@code neo4j-server/target/classes} with the class path Maven wrote beside it (this is
 * what the tests use, since they run before packaging).
 */
public record Neo4jServerCommand(List<String> launchArguments, String description) {
    static final String MAIN_CLASS = "charactergraph.neo4jserver.LocalNeo4jServer";

    /** The java command line up to (not including) the server's own options. */
    public List<String> command(String javaExecutable, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.addAll(jvmOptions);
        command.addAll(launchArguments);
        return command;
    }

    public static Neo4jServerCommand locate(String configuredJar) {
        if (configuredJar != null && !configuredJar.isBlank()) {
            Path jar = Path.of(configuredJar).toAbsolutePath().normalize();
            if (!Files.isRegularFile(jar)) {
                throw new StartupProblem("neo4j.local.server-jar points to " + jar + ", which does not exist."
                        + " Build it with 'mvn -q -DskipTests package' or fix NEO4J_LOCAL_SERVER_JAR.");
            }
            return ofJar(jar);
        }
        Set<Path> roots = searchRoots();
        for (Path root : roots) {
            for (String candidate : List.of("neo4j-server/target/neo4j-server.jar", "neo4j-server/neo4j-server.jar",
                    "neo4j-server.jar")) {
                Path jar = root.resolve(candidate);
                if (Files.isRegularFile(jar)) {
                    return ofJar(jar);
                }
            }
        }
        for (Path root : roots) {
            Path target = root.resolve("neo4j-server/target");
            Path classes = target.resolve("classes");
            Path classpathFile = target.resolve("runtime-classpath.txt");
            if (Files.isRegularFile(classes.resolve(MAIN_CLASS.replace('.', '/') + ".class"))
                    && Files.isRegularFile(classpathFile)) {
                return ofClasses(classes, classpathFile);
            }
        }
        throw new StartupProblem("cannot find the local Neo4j server (neo4j-server.jar) near " + roots.iterator().next()
                + ". Build it with 'mvn -q -DskipTests package' at the project root, set NEO4J_LOCAL_SERVER_JAR to its"
                + " path, or point NEO4J_URI at a running Neo4j.");
    }

    static Neo4jServerCommand ofJar(Path jar) {
        return new Neo4jServerCommand(List.of("-jar", jar.toString()), jar.toString());
    }

    static Neo4jServerCommand ofClasses(Path classes, Path classpathFile) {
        try {
            String dependencies = Files.readString(classpathFile).trim();
            String classpath = classes + (dependencies.isEmpty() ? "" : java.io.File.pathSeparator + dependencies);
            return new Neo4jServerCommand(List.of("-cp", classpath, MAIN_CLASS), classes.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> searchRoots() {
        Set<Path> roots = new LinkedHashSet<>();
        codeLocation().ifPresent(code -> addWithParents(roots, Files.isDirectory(code) ? code : code.getParent(), 4));
        addWithParents(roots, Path.of("").toAbsolutePath().normalize(), 2);
        return roots;
    }

    private static void addWithParents(Set<Path> roots, Path start, int parents) {
        Path p = start;
        for (int i = 0; i <= parents && p != null; i++) {
            roots.add(p);
            p = p.getParent();
        }
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = Neo4jServerCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
