package charactergraph.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import charactergraph.api.neo4j.LocalNeo4jSettings;
import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.cypher.CypherResources;

/** Neo4j Browser (origin http://localhost:7474) fetches the guide and the style from the app: CORS must allow it. */
@MicronautTest
class BrowserContentControllerTest extends AppHttpTest {
    private static final String BROWSER_ORIGIN = "http://localhost:7474";

    @Test
    void servesTheGuideAsHtmlToAnyOrigin() {
        HttpResponse<String> response = client().exchange(
                HttpRequest.GET("/browser/guide.html").header(HttpHeaders.ORIGIN, BROWSER_ORIGIN), String.class);

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("text/html", response.getContentType().orElseThrow().getName());
        assertEquals("*", response.getHeaders().get("Access-Control-Allow-Origin"));
        assertEquals(CypherResources.read("browser/guide.html"), response.body());
        assertTrue(response.body().contains("<slide"), "a Browser guide is made of slides");
    }

    @Test
    void servesTheStyleAsTextToAnyOrigin() {
        HttpResponse<String> response = client().exchange(
                HttpRequest.GET("/browser/style.grass").header(HttpHeaders.ORIGIN, BROWSER_ORIGIN), String.class);

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("text/plain", response.getContentType().orElseThrow().getName());
        assertEquals("*", response.getHeaders().get("Access-Control-Allow-Origin"));
        assertEquals(CypherResources.read("browser/style.grass"), response.body());
        assertTrue(response.body().contains("node.Character"));
    }

    @Test
    void answersAPreflightRequest() {
        HttpResponse<String> response = client().exchange(
                HttpRequest.OPTIONS("/browser/guide.html").header(HttpHeaders.ORIGIN, BROWSER_ORIGIN)
                        .header("Access-Control-Request-Method", "GET"), String.class);

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("*", response.getHeaders().get("Access-Control-Allow-Origin"));
        assertTrue(response.getHeaders().get("Access-Control-Allow-Methods").contains("GET"));
    }

    @Test
    void theLocalNeo4jLoadsStyleAndGuideFromTheAppsPortByDefault() {
        LocalNeo4jSettings settings = new LocalNeo4jSettings();
        assertEquals("style http://localhost:8080/browser/style.grass; guide http://localhost:8080/browser/guide.html",
                settings.postConnectCmdFor(8080));
        assertEquals("", settings.postConnectCmdFor(-1), "a random port is not known in advance");
        settings.setBrowserPostConnectCmd("play http://example.org/guide.html");
        assertEquals("play http://example.org/guide.html", settings.postConnectCmdFor(8080));
        settings.setBrowserPostConnectCmd("");
        assertEquals("", settings.postConnectCmdFor(8080), "empty: no command");
    }
}
