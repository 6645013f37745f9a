package charactergraph.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.SharedNeo4j;

/** The OpenAPI document generated from the controllers, and Swagger UI with its assets served locally. */
@MicronautTest
class OpenApiTest extends AppHttpTest {
    @Inject
    Environment environment;

    @Test
    void runsOnTheSharedHarnessNotOnALocalNeo4j() {
        assertEquals(SharedNeo4j.appProperties().get("neo4j.uri"),
                environment.getProperty("neo4j.uri", String.class).orElse(null));
        assertFalse(environment.getProperty("neo4j.local.enabled", Boolean.class).orElse(true));
    }

    @Test
    void openApiDocumentListsEveryEndpoint() {
        String yaml = http.toBlocking().retrieve("/swagger/character-graph-0.1.yml");
        for (String path : List.of("/api/characters:", "/api/characters/{story}/{slug}:",
                "/api/characters/{story}/{slug}/network:", "/api/characters/{story}/{slug}/knowledge:",
                "/api/paths:", "/api/paths/shortest:", "/api/secrets:", "/api/secrets/{story}/{slug}:",
                "/api/queries:", "/api/queries/{name}:", "/api/documents:", "/api/documents/{id}:")) {
            assertTrue(yaml.contains(path), path + " missing");
        }
    }

    @Test
    void swaggerUiIsServedWithItsAssets() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);
        assertEquals(HttpStatus.OK, page.getStatus());
        assertTrue(page.body().contains("character-graph-0.1.yml"));
        HttpResponse<String> js = http.toBlocking().exchange(
                HttpRequest.GET("/swagger-ui/res/swagger-ui-bundle.js"), String.class);
        assertEquals(HttpStatus.OK, js.getStatus());
    }
}
