package charactergraph.api.browser;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;

import charactergraph.cypher.CypherResources;

/**
 * The Neo4j Browser guide and style of module {@code cypher/}, served over HTTP so that the Browser of the local
 * Neo4j (another origin: port 7474) can load them with {@code :guide} and {@code :style}. Any origin may read them:
 * they are public documentation, and the Browser fetches them from the page's own script.
 */
@Controller("/browser")
public class BrowserContentController {
    static final String GUIDE = "browser/guide.html";
    static final String STYLE = "browser/style.grass";
    private static final MediaType GRASS = new MediaType("text/plain;charset=utf-8");
    private static final MediaType HTML = new MediaType("text/html;charset=utf-8");

    private final String guide = CypherResources.read(GUIDE);
    private final String style = CypherResources.read(STYLE);

    @Get("/guide.html")
    public MutableHttpResponse<String> guide() {
        return open(HttpResponse.ok(guide).contentType(HTML));
    }

    @Get("/style.grass")
    public MutableHttpResponse<String> style() {
        return open(HttpResponse.ok(style).contentType(GRASS));
    }

    /** A pre-flight request (the Browser may send one if it adds headers): allow GET from anywhere. */
    @Options("/{file}")
    public MutableHttpResponse<?> preflight(String file) {
        return open(HttpResponse.ok())
                .header("Access-Control-Allow-Methods", "GET, OPTIONS")
                .header("Access-Control-Allow-Headers", "*")
                .header("Access-Control-Max-Age", "3600");
    }

    private static <T> MutableHttpResponse<T> open(MutableHttpResponse<T> response) {
        return response.header("Access-Control-Allow-Origin", "*");
    }
}
