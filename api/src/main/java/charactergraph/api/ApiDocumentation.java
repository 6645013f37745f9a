package charactergraph.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/**
 * The title and description of the OpenAPI document that micronaut-openapi generates from the controllers at
 * compile time (served at /swagger/character-graph-0.1.yml, with Swagger UI at /swagger-ui).
 */
@OpenAPIDefinition(info = @Info(title = "character-graph", version = "0.1",
        description = "Who knew what, and how characters connect, over a graph built from articles about a story."
                + " Errors are application/problem+json. Character and secret ids contain a slash"
                + " (<story>/<slug>) and go into paths as they are: /api/characters/all-her-fault/peter.",
        license = @License(name = "GPL-3.0-or-later")))
public final class ApiDocumentation {
    private ApiDocumentation() {
    }
}
