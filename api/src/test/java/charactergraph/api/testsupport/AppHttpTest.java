package charactergraph.api.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/**
 * An HTTP test of the app pointed at the shared harness, with a client for it. Subclasses add {@code @MicronautTest}
 * themselves (so the app is started for them) and whatever graph they need ({@code @ExtendWith(WipedSharedNeo4j.class)}
 * and a fixture, or {@link SeedGraphHttpTest}).
 */
// Micronaut reads getProperties() only with one instance per class; without it the app starts on its defaults,
// a local Neo4j on 7687 with its data in api/data.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppHttpTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    protected HttpClient http;

    @Override
    public final Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SharedNeo4j.appProperties());
        properties.putAll(moreProperties());
        return properties;
    }

    /** Settings the class adds to (or overrides in) those that point the app at the shared harness. */
    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    protected BlockingHttpClient client() {
        return http.toBlocking();
    }
}
