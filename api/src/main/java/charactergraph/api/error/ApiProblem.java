package charactergraph.api.error;

import java.util.Map;

import io.micronaut.http.HttpStatus;

/**
 * A request the API cannot answer as asked, with what the caller can do about it. Query services and controllers
 * throw it; {@link ApiProblemHandler} turns it into an {@code application/problem+json} response.
 */
public class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final Map<String, String> headers;

    public ApiProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ApiProblem(HttpStatus status, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public static ApiProblem badRequest(String title, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, title, detail);
    }

    public static ApiProblem notFound(String title, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, title, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
