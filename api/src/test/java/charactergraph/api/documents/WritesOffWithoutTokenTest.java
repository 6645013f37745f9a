package charactergraph.api.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SharedNeo4j;

/** A server started without a write token refuses every write and says how to set one. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesOffWithoutTokenTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(SharedNeo4j.appProperties());
        p.put("api.write-token", "");
        return p;
    }

    @Test
    void writesAreRefusedWith403SayingHowToEnableThem() {
        Map<?, ?> problem = Problems.expect(http.toBlocking(), HttpRequest.POST("/api/documents?story=x&title=y", "text")
                .contentType(MediaType.TEXT_PLAIN).bearerAuth("anything"), HttpStatus.FORBIDDEN);
        assertTrue(problem.get("detail").toString().contains("CHARACTER_GRAPH_TOKEN"), problem.toString());
        Problems.expect(http.toBlocking(), HttpRequest.DELETE("/api/documents/y"), HttpStatus.FORBIDDEN);
    }
}
