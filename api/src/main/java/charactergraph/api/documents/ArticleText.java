package charactergraph.api.documents;

import charactergraph.loader.clean.BinaryCheck;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.micronaut.http.HttpStatus;

import charactergraph.api.error.ApiProblem;

/**
 * The body of an upload as text, checked before any work: it must decode cleanly in its charset (UTF-8 unless the
 * Content-Type names another) and must not look like a binary file. A body that does not decode is refused rather
 * than loaded with replacement characters, so the graph never holds text the sender did not write.
 */
final class ArticleText {
    private ArticleText() {
    }

    static String decode(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("Empty article", "The request body must be the article as plain text"
                    + " (Content-Type: text/plain; charset=utf-8).");
        }
        Charset charset = charset(contentType);
        if (BinaryCheck.looksBinary(body)) {
            throw ApiProblem.badRequest("Not text", "The body looks like a binary file (NUL bytes or many control"
                    + " characters); send the article as plain text.");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest("Not " + charset.name(), "The body is not valid " + charset.name()
                    + " text. Save the article as UTF-8, or name its encoding in the Content-Type"
                    + " (text/plain; charset=windows-1252).");
        }
    }

    private static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (RuntimeException e) {
                    throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unknown charset", "The Content-Type"
                            + " names the charset '" + name + "', which this server does not know; use UTF-8.");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

}
