package charactergraph.api.testsupport;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;

/**
 * An HTTP test of the app pointed at the shared harness ({@link SharedNeo4jAppTest}), with a client for it.
 * Subclasses add {@code @MicronautTest} themselves and whatever graph they need
 * ({@code @ExtendWith(WipedSharedNeo4j.class)} and a fixture, or {@link SeedGraphHttpTest}).
 */
public abstract class AppHttpTest extends SharedNeo4jAppTest {
    @Inject
    @Client("/")
    protected HttpClient http;

    protected BlockingHttpClient client() {
        return http.toBlocking();
    }
}
