package charactergraph.api.error;

import java.util.stream.Collectors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Turns every error Micronaut produces (404, 400, 405, 500, and those of our exception handlers) into a problem+json
 * body instead of Micronaut's own JSON error format.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Problem> {
    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        return new Problem("about:blank", response.getStatus().getReason(), response.getStatus().getCode(),
                detail.isBlank() ? null : detail, context.getRequest().getPath());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
