package charactergraph.api.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import charactergraph.api.error.ApiProblem;

/** Checks the {@code Authorization: Bearer ...} header of a write against {@code api.write-token}. */
@Singleton
public class WriteTokenGuard {
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"character-graph\"");
    private final WriteSettings settings;

    public WriteTokenGuard(WriteSettings settings) {
        this.settings = settings;
    }

    public void check(String authorization) {
        String expected = settings.getWriteToken();
        if (expected.isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Writes are switched off", "This server has no write token, so"
                    + " it refuses every write. Start it with CHARACTER_GRAPH_TOKEN=<a secret> (or"
                    + " -Dapi.write-token=<a secret>) and send 'Authorization: Bearer <that secret>'.");
        }
        if (authorization == null || authorization.isBlank()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Token required", "Writes need the header"
                    + " 'Authorization: Bearer <token>', with the token the server was started with"
                    + " (CHARACTER_GRAPH_TOKEN).", CHALLENGE);
        }
        String given = authorization.strip();
        if (!given.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Token required", "The Authorization header must read"
                    + " 'Bearer <token>'.", CHALLENGE);
        }
        byte[] a = given.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        byte[] b = expected.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(a, b)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Wrong token", "The bearer token is not the one this server"
                    + " was started with (CHARACTER_GRAPH_TOKEN).", CHALLENGE);
        }
    }
}
