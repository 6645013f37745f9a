package charactergraph.api.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import io.micronaut.http.HttpStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import charactergraph.api.error.ApiProblem;

/**
 * An upload's bytes on random input: decoded exactly (valid UTF-8 text comes back as the very string that was sent),
 * or refused with a 400/415, never an exception of another kind and never text with replacement characters.
 */
class ArticleTextProperties {
    @Property(tries = 2000)
    void anyBytesAreDecodedExactlyOrRefused(@ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
        try {
            String text = ArticleText.decode(body, contentType);
            assertTrue(body.length > 0);
            if (contentType == null || contentType.toLowerCase().contains("utf-8") || !contentType.contains("charset")) {
                assertEquals(new String(body, StandardCharsets.UTF_8), text);
                assertTrue(text.indexOf('\uFFFD') < 0 || new String(body, StandardCharsets.UTF_8).contains("\uFFFD"));
            }
        } catch (ApiProblem p) {
            assertTrue(p.status() == HttpStatus.BAD_REQUEST || p.status() == HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    p.status().toString());
        }
    }

    @Property(tries = 500)
    void validUtf8TextComesBackAsSent(@ForAll("texts") String text) {
        // Unpaired surrogates have no UTF-8 form: such a string cannot be sent at all.
        net.jqwik.api.Assume.that(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text));
        try {
            assertEquals(text, ArticleText.decode(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
        } catch (ApiProblem p) {
            assertEquals(HttpStatus.BAD_REQUEST, p.status(), "only empty or binary-looking text is refused");
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.strings().all().ofMaxLength(100).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/plain", "text/plain; charset=utf-8", "text/plain;charset=\"UTF-8\"",
                "text/plain; charset=ISO-8859-1", "text/plain; charset=nope", "text/plain; charset=", "").injectNull(0.2);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200);
    }
}
