package charactergraph.api.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.WipedSharedNeo4j;

/**
 * Loading and removing an article over HTTP, on an empty graph, with a short article of another story written for
 * this test. The tests run in order: load, reload, remove.
 */
@MicronautTest
@ExtendWith(WipedSharedNeo4j.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentEndpointsTest extends AppHttpTest {
    static final String TOKEN = "harbour-token-1";
    static final String ARTICLE = """
            The Harbour Ending Explained
            In the final episode, Nora Vance finally learns the truth about her brother Owen Vance.
            Owen killed the ferryman Silas Reed on the night of the storm.
            Nora's husband, Caleb, helped Owen hide the body.
            """;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("api.write-token", TOKEN,
                // The first upload of a JVM loads CoreNLP inside the request (10-30 s); the client's default is 10 s.
                "micronaut.http.client.read-timeout", "120s");
    }

    HttpRequest<String> upload(String text) {
        return HttpRequest.POST("/api/documents?story=Harbour&title=The%20Harbour%20Ending&source=test", text)
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(TOKEN);
    }

    List<Map<String, Object>> documents() {
        return client().retrieve(HttpRequest.GET("/api/documents"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    @Order(1)
    void writesNeedTheRightBearerToken() {
        assertEquals(List.of(), documents(), "reads need no token");
        Map<?, ?> none = Problems.expect(client(), HttpRequest.POST("/api/documents?story=Harbour&title=x", ARTICLE)
                .contentType(MediaType.TEXT_PLAIN), HttpStatus.UNAUTHORIZED);
        assertTrue(none.get("detail").toString().contains("Authorization: Bearer"));
        Problems.expect(client(), HttpRequest.POST("/api/documents?story=Harbour&title=x", ARTICLE)
                .contentType(MediaType.TEXT_PLAIN).bearerAuth("guess"), HttpStatus.UNAUTHORIZED);
        Problems.expect(client(), HttpRequest.DELETE("/api/documents/x").bearerAuth("guess"), HttpStatus.UNAUTHORIZED);
        assertEquals(List.of(), documents(), "nothing was written");
    }

    @Test
    @Order(2)
    void badBodiesAreRefusedBeforeAnyWork() {
        Problems.expect(client(), HttpRequest.POST("/api/documents?story=Harbour&title=x", Map.of("text", ARTICLE))
                .bearerAuth(TOKEN), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        Problems.expect(client(), HttpRequest.POST("/api/documents?story=Harbour&title=x", "x".repeat(5 * 1024 * 1024 + 1))
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(TOKEN), HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        Map<?, ?> noStory = Problems.expect(client(), HttpRequest.POST("/api/documents?title=x", ARTICLE)
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(TOKEN), HttpStatus.BAD_REQUEST);
        assertTrue(noStory.get("detail").toString().contains("story="));
        Problems.expect(client(), HttpRequest.POST("/api/documents?story=Harbour&title=x", "   \n")
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(TOKEN), HttpStatus.BAD_REQUEST);
        assertEquals(List.of(), documents());
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void loadsAnArticleAndSaysWhatItAdded() {
        HttpResponse<Map> response = client().exchange(upload(ARTICLE), Map.class);
        assertEquals(HttpStatus.CREATED, response.getStatus());
        Map<String, Object> added = response.body();
        assertEquals("the-harbour-ending", added.get("id"));
        assertEquals("harbour", added.get("story"));
        assertEquals(false, added.get("unchanged"));
        List<String> characters = (List<String>) added.get("characters");
        assertTrue(characters.contains("harbour/owen-vance") && characters.contains("harbour/silas-reed"),
                characters.toString());
        assertTrue(((Number) added.get("relationships")).intValue() >= 1, added.toString());

        List<Map<String, Object>> docs = documents();
        assertEquals(1, docs.size());
        assertEquals("The Harbour Ending", docs.get(0).get("title"));
        assertEquals("test", docs.get(0).get("source"));
        assertTrue(((Number) docs.get(0).get("characters")).intValue() >= 3);

        Map<String, Object> owen = client().retrieve(HttpRequest.GET("/api/characters/harbour/owen-vance"),
                Argument.mapOf(String.class, Object.class));
        assertTrue(((List<Map<String, Object>>) owen.get("outgoing")).stream()
                .anyMatch(r -> r.get("type").equals("KILLED")), owen.toString());
    }

    @Test
    @Order(4)
    void theSameTextAgainChangesNothing() {
        HttpResponse<Map> again = client().exchange(upload(ARTICLE), Map.class);
        assertEquals(HttpStatus.OK, again.getStatus());
        assertEquals(true, again.body().get("unchanged"));
        assertEquals(1, documents().size());
    }

    @Test
    @Order(5)
    void theSameTextWithANewSourceUpdatesTheDocumentOnly() {
        int relationshipsBefore = ((Number) documents().get(0).get("relationships")).intValue();
        HttpResponse<Map> moved = client().exchange(HttpRequest.POST(
                        "/api/documents?story=Harbour&title=The%20Harbour%20Ending&source=second-edition", ARTICLE)
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(TOKEN), Map.class);
        assertEquals(HttpStatus.OK, moved.getStatus());
        assertEquals(true, moved.body().get("unchanged"));
        List<Map<String, Object>> docs = documents();
        assertEquals(1, docs.size());
        assertEquals("second-edition", docs.get(0).get("source"));
        assertEquals(relationshipsBefore, ((Number) docs.get(0).get("relationships")).intValue());
    }

    @Test
    @Order(6)
    void deleteRemovesTheArticlesContribution() {
        HttpResponse<?> deleted = client().exchange(HttpRequest.DELETE("/api/documents/the-harbour-ending")
                .bearerAuth(TOKEN));
        assertEquals(HttpStatus.NO_CONTENT, deleted.getStatus());
        assertEquals(List.of(), documents());
        Problems.expect(client(), "/api/characters/harbour/owen-vance", HttpStatus.NOT_FOUND);
        Map<?, ?> gone = Problems.expect(client(), HttpRequest.DELETE("/api/documents/the-harbour-ending")
                .bearerAuth(TOKEN), HttpStatus.NOT_FOUND);
        assertFalse(gone.get("detail").toString().isBlank());
    }
}
