package charactergraph.loader.write;

import java.util.List;

import org.neo4j.driver.Driver;

/** {@link GraphSnapshot} (package-private) for tests of other packages: the whole graph as sorted lines. */
public final class GraphSnapshotAccess {
    private GraphSnapshotAccess() {
    }

    public static List<String> of(Driver driver) {
        return GraphSnapshot.of(driver);
    }
}
