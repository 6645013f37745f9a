package charactergraph.api.documents;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code api.write-token} (environment variable {@code CHARACTER_GRAPH_TOKEN}): the bearer token that POST and
 * DELETE /api/documents require. Empty means writes are refused.
 */
@ConfigurationProperties("api")
public class WriteSettings {
    private String writeToken = "";

    public String getWriteToken() {
        return writeToken;
    }

    public void setWriteToken(String writeToken) {
        this.writeToken = writeToken == null ? "" : writeToken.strip();
    }
}
