package charactergraph.api.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of the app pointed at the shared harness. Subclasses add {@code @MicronautTest} themselves (so the app is
 * started for them) and whatever graph they need; {@link AppHttpTest} adds an HTTP client.
 */
// Micronaut reads getProperties() only with one instance per class; without it the app starts on its defaults,
// a local Neo4j on 7687 with its data in api/data.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedNeo4jAppTest implements TestPropertyProvider {
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
}
