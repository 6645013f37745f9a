package charactergraph.api;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

import charactergraph.api.neo4j.LocalNeo4j;
import charactergraph.api.neo4j.Neo4jSettings;
import charactergraph.api.seeds.SeedLoader;

/** Prints what a user needs once the HTTP server listens: where the API, Neo4j and Neo4j Browser are. */
@Singleton
public class StartupBanner {
    private final LocalNeo4j localNeo4j;
    private final Neo4jSettings settings;
    private final SeedLoader seeds;

    public StartupBanner(LocalNeo4j localNeo4j, Neo4jSettings settings, SeedLoader seeds) {
        this.localNeo4j = localNeo4j;
        this.settings = settings;
        this.seeds = seeds;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        String api = "http://" + event.getSource().getHost() + ":" + event.getSource().getPort();
        StringBuilder text = new StringBuilder("\ncharacter-graph is ready\n");
        text.append("  Story page:     ").append(api).append("/\n");
        text.append("  API:            ").append(api).append("/api/stats\n");
        text.append("  Health:         ").append(api).append("/health\n");
        text.append("  Neo4j (Bolt):   ").append(settings.getUri());
        localNeo4j.launcher().ifPresentOrElse(
                l -> text.append("  (started by the app, data in ").append(l.dataDir()).append(")\n"),
                () -> text.append("  (already running)\n"));
        if (localNeo4j.servesBrowser()) {
            text.append("  Neo4j Browser:  ").append(localNeo4j.browserUrl()).append('\n');
        }
        text.append("  Browser guide:  ").append(api).append("/browser/guide.html (style: /browser/style.grass)\n");
        seeds.outcome().ifPresent(o -> text.append("  Seeds:          ").append(o.summary()).append('\n'));
        text.append("Press Ctrl-C to stop.\n");
        System.out.println(text);
    }
}
