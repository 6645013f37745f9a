package charactergraph.api.hardening;

import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;

/**
 * A separate JVM for {@link KilledWhileLoadingTest}: writes a large synthetic article with the real
 * {@link GraphWriter} and, inside its open transaction after the stage named on the command line, says
 * {@code PAUSED <stage>} on stdout and waits to be killed. Arguments: bolt URI, document id, story, characters,
 * version, stage.
 */
public final class SlowArticleWriter {
    private SlowArticleWriter() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        String docId = args[1];
        String story = args[2];
        int n = Integer.parseInt(args[3]);
        int version = Integer.parseInt(args[4]);
        String pauseAt = args[5];
        AtomicBoolean paused = new AtomicBoolean();
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
            new SchemaInstaller(driver).install();
            new GraphWriter(driver, null, stage -> {
                if (stage.equals(pauseAt) && paused.compareAndSet(false, true)) {
                    System.out.println("PAUSED " + stage);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }).write(SyntheticArticle.of(docId, story, n, version));
            System.out.println("WRITTEN");
        }
    }
}
