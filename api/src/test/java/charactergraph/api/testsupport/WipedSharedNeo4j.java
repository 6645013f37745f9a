package charactergraph.api.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(WipedSharedNeo4j.class)}: the test class starts on an empty shared harness, whatever the class
 * before it left behind.
 */
public class WipedSharedNeo4j implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        SharedNeo4j.wipe();
    }
}
