package charactergraph.api.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.NotNeo4jServer;
import charactergraph.api.testsupport.Ports;
import charactergraph.api.testsupport.SharedNeo4j;

class BoltProbeTest {
    @Test
    void aFreePortHasNothing() {
        assertEquals(BoltProbe.Answer.NOTHING, BoltProbe.probe("127.0.0.1", Ports.free(), 1000));
    }

    @Test
    void aWebServerIsNotBolt() {
        try (NotNeo4jServer other = new NotNeo4jServer()) {
            assertEquals(BoltProbe.Answer.NOT_BOLT, BoltProbe.probe("127.0.0.1", other.port(), 1000));
        }
    }

    @Test
    void neo4jIsBolt() {
        int port = SharedNeo4j.instance().boltURI().getPort();
        assertEquals(BoltProbe.Answer.BOLT, BoltProbe.probe("127.0.0.1", port, 1000));
    }
}
