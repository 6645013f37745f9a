package charactergraph.api.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** Neo4j went away after start-up: 503 with a problem+json body, not a 500 with a driver message. */
@Produces
@Singleton
@Requires(classes = {ServiceUnavailableException.class, ExceptionHandler.class})
public class Neo4jUnavailableHandler implements ExceptionHandler<ServiceUnavailableException, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> errors;

    public Neo4jUnavailableHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ServiceUnavailableException exception) {
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                .errorMessage("Neo4j is not reachable; try again when it is back (" + exception.getMessage() + ")")
                .build(), HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
    }
}
