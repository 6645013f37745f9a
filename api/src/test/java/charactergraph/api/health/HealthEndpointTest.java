package charactergraph.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;
import charactergraph.api.testsupport.WipedSharedNeo4j;

@MicronautTest
@ExtendWith(WipedSharedNeo4j.class)
class HealthEndpointTest extends AppHttpTest {
    @Test
    @SuppressWarnings("unchecked")
    void reportsNeo4jUpWithItsVersionAndAddress() {
        HttpResponse<Map<String, Object>> response = client().exchange(HttpRequest.GET("/health"),
                Argument.mapOf(String.class, Object.class));

        assertEquals(HttpStatus.OK, response.getStatus());
        Map<String, Object> body = response.body();
        assertEquals("UP", body.get("status"));
        Map<String, Object> neo4j = (Map<String, Object>) ((Map<String, Object>) body.get("details")).get("neo4j");
        assertEquals("UP", neo4j.get("status"));
        Map<String, Object> details = (Map<String, Object>) neo4j.get("details");
        assertEquals("5.26.30", details.get("version"));
        assertEquals("community", details.get("edition"));
        assertEquals(SharedNeo4j.instance().boltURI().toString(), details.get("uri"));
    }
}
