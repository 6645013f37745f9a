package charactergraph.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import charactergraph.api.testsupport.AppHttpTest;
import charactergraph.api.testsupport.WipedSharedNeo4j;

/** The story page and everything it loads come from the app itself (no CDN, no build step but Maven's). */
@MicronautTest
@ExtendWith(WipedSharedNeo4j.class)
class StoryPageServingTest extends AppHttpTest {
    private HttpResponse<String> fetch(String uri) {
        return client().exchange(HttpRequest.GET(uri), String.class);
    }

    @Test
    void theHomeAndEveryStoryAddressServeThePageAndItsOwnFilesOnly() {
        HttpResponse<String> home = fetch("/");
        assertEquals(200, home.code());
        assertTrue(home.getContentType().orElseThrow().toString().startsWith("text/html"));
        String csp = home.header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"), csp);
        String html = home.body();
        assertEquals(html, fetch("/stories/all-her-fault").body());

        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertTrue(assets.stream().anyMatch(a -> a.matches("/page/lib/cytoscape/\\d+\\.\\d+\\.\\d+/dist/cytoscape.min.js")),
                "the WebJar's version is filled in by the build: " + assets);
        for (String asset : assets) {
            assertFalse(asset.contains("${"), asset);
            assertFalse(asset.matches("(?i)^(https?:)?//.*"), "only this app's own files: " + asset);
            if (asset.startsWith("/page/")) {
                HttpResponse<String> file = fetch(asset);
                assertEquals(200, file.code(), asset);
                assertFalse(file.body().isEmpty(), asset);
            }
        }
        assertTrue(fetch(assets.stream().filter(a -> a.endsWith("cytoscape.min.js")).findFirst().orElseThrow()).body()
                .contains("cytoscape"));
    }
}
