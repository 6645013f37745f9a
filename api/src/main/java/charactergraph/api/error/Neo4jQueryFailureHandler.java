package charactergraph.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import charactergraph.api.neo4j.Neo4jSettings;

/**
 * A query Neo4j stopped: over the query timeout it is a 503 that says which setting to raise; any other server
 * error is a 500 naming Neo4j's error code, never a driver stack trace. (Neo4j being unreachable is
 * {@link Neo4jUnavailableHandler}'s.)
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class Neo4jQueryFailureHandler implements ExceptionHandler<Neo4jException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jQueryFailureHandler.class);
    private final Neo4jSettings settings;

    public Neo4jQueryFailureHandler(Neo4jSettings settings) {
        this.settings = settings;
    }

    static boolean isTimeout(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return code.contains("TransactionTimedOut") || code.contains("Terminated") && message.contains("timeout")
                || message.contains("has been terminated") && message.contains("timed out");
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Neo4jException e) {
        if (isTimeout(e)) {
            long ms = settings.getQueryTimeout().toMillis();
            return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "Query took too long",
                    "Neo4j stopped the query after the query timeout of " + ms + " ms. Ask for less (fewer maxHops, a"
                            + " smaller limit or depth, a types= filter) or raise the timeout with"
                            + " NEO4J_QUERY_TIMEOUT=10s (-Dneo4j.query-timeout=10s).");
        }
        if (String.valueOf(e.getMessage()).contains("no such fulltext schema index")) {
            return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "Search index missing",
                    "This Neo4j has no full-text index for character names yet: the graph's schema is installed when"
                            + " the first article is loaded (POST /api/documents, or the loader's load command)."
                            + " Listing without q= works meanwhile.");
        }
        LOG.warn("Neo4j failed on {} {}", request.getMethod(), request.getPath(), e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Neo4j error",
                "Neo4j could not run the query (" + e.code() + "): " + e.getMessage());
    }

    private static HttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String title,
                                                 String detail) {
        return HttpResponse.<Problem>status(status)
                .body(new Problem("about:blank", title, status.getCode(), detail, request.getPath()))
                .contentType(Problem.MEDIA_TYPE);
    }
}
