package charactergraph.api.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The story page: one HTML file for {@code /} and {@code /stories/{id}}; its script reads the story from the API and
 * picks the story from the address. Its script, style and the graph library (Cytoscape.js from its WebJar) are static
 * resources under {@code /page/} (see {@code micronaut.router.static-resources} in application.yml). The page loads
 * nothing from another origin, and its Content-Security-Policy says so to the browser.
 */
@Controller
@Hidden
public class StoryPageController {
    static final String PAGE = "public/index.html";
    /** Same origin only; inline style attributes are what the page and Cytoscape.js set on elements. */
    static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
            + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final String page = read(PAGE);

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> home() {
        return page();
    }

    @Get(uri = "/stories/{id}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> story(@PathVariable String id) {
        return page();
    }

    private MutableHttpResponse<String> page() {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache");
    }

    private static String read(String resource) {
        try (InputStream in = StoryPageController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: build the api module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
