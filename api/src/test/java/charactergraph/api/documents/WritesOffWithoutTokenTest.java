package charactergraph.api.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.Problems;

/** A server started without a write token refuses every write and says how to set one. */
@MicronautTest
class WritesOffWithoutTokenTest extends AppHttpTest {
    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("api.write-token", "");
    }

    @Test
    void writesAreRefusedWith403SayingHowToEnableThem() {
        Map<?, ?> problem = Problems.expect(http.toBlocking(), HttpRequest.POST("/api/documents?story=x&title=y", "text")
                .contentType(MediaType.TEXT_PLAIN).bearerAuth("anything"), HttpStatus.FORBIDDEN);
        assertTrue(problem.get("detail").toString().contains("CHARACTER_GRAPH_TOKEN"), problem.toString());
        Problems.expect(http.toBlocking(), HttpRequest.DELETE("/api/documents/y"), HttpStatus.FORBIDDEN);
    }
}
