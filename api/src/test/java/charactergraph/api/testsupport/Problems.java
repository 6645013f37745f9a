package charactergraph.api.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** Asserts that a request fails with a given status and a problem+json body, and returns that body. */
public final class Problems {
    private Problems() {
    }

    public static Map<?, ?> expect(BlockingHttpClient client, HttpRequest<?> request, HttpStatus status) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.exchange(request, String.class));
        assertEquals(status, e.getStatus(), () -> e.getResponse().getBody(String.class).orElse(""));
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals(status.getCode(), ((Number) problem.get("status")).intValue());
        return problem;
    }

    public static Map<?, ?> expect(BlockingHttpClient client, String uri, HttpStatus status) {
        return expect(client, HttpRequest.GET(uri), status);
    }
}
