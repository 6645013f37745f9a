package charactergraph.api.neo4j;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Tells apart "nothing listens here", "a Bolt server listens here" and "something else listens here" with one
 * Bolt handshake, without credentials. Used before deciding to start a local Neo4j.
 */
public final class BoltProbe {
    public enum Answer { NOTHING, BOLT, NOT_BOLT }

    /** Bolt magic preamble, then four version proposals (5.0 to 5.8, 4.2 to 4.4, none, none). */
    private static final byte[] HANDSHAKE = {
            0x60, 0x60, (byte) 0xB0, 0x17,
            0, 8, 8, 5,
            0, 2, 4, 4,
            0, 0, 0, 0,
            0, 0, 0, 0};

    private BoltProbe() {
    }

    public static Answer probe(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(HANDSHAKE);
            out.flush();
            byte[] reply = new byte[4];
            new DataInputStream(socket.getInputStream()).readFully(reply);
            // A Bolt server answers with the chosen version: 00 00 minor major (all zero when none fits).
            return reply[0] == 0 && reply[1] == 0 ? Answer.BOLT : Answer.NOT_BOLT;
        } catch (ConnectException e) {
            return Answer.NOTHING;
        } catch (SocketTimeoutException e) {
            // Connected but silent, or not even connected in time: something is there, and it does not speak Bolt.
            return e.getMessage() != null && e.getMessage().contains("connect") ? Answer.NOTHING : Answer.NOT_BOLT;
        } catch (IOException e) {
            return Answer.NOT_BOLT;
        }
    }
}
