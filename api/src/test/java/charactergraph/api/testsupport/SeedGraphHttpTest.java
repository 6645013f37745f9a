package charactergraph.api.testsupport;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * An HTTP test of the app over the shared harness: the app points at it, and before the class's tests the graph is
 * the seed article's ({@link SeedGraph#load()}), or whatever {@link #graph()} builds instead. Subclasses add
 * {@code @MicronautTest} themselves, so the app is started for them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SeedGraphHttpTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    protected HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return SharedNeo4j.appProperties();
    }

    @BeforeAll
    final void buildGraph() {
        graph();
    }

    /** The graph the class's tests run on: the seed article's; override to add to it or to build another. */
    protected void graph() {
        SeedGraph.load();
    }

    protected BlockingHttpClient client() {
        return http.toBlocking();
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
