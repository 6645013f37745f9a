package charactergraph.api.testsupport;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;

/**
 * An HTTP test of the app over the shared harness ({@link AppHttpTest}) where, before the class's tests, the graph is
 * the seed article's ({@link SeedGraph#load()}), or whatever {@link #graph()} builds instead. Subclasses add
 * {@code @MicronautTest} themselves, so the app is started for them.
 */
public abstract class SeedGraphHttpTest extends AppHttpTest {
    @BeforeAll
    final void buildGraph() {
        graph();
    }

    /** The graph the class's tests run on: the seed article's; override to add to it or to build another. */
    protected void graph() {
        SeedGraph.load();
    }

    /** GET of a JSON array of objects. */
    protected List<Map<String, Object>> list(String uri) {
        return client().retrieve(HttpRequest.GET(uri), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** GET of a JSON object. */
    protected Map<String, Object> get(String uri) {
        return client().retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
    }
}
