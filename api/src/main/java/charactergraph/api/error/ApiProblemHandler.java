package charactergraph.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** {@link ApiProblem} to its status with a problem+json body carrying its own title and detail. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiProblem problem) {
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(problem.status())
                .body(new Problem("about:blank", problem.title(), problem.status().getCode(), problem.getMessage(),
                        request.getPath()))
                .contentType(Problem.MEDIA_TYPE);
        problem.headers().forEach(response::header);
        return response;
    }
}
