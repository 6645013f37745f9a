package charactergraph.loader.clean;

/**
 * Whether bytes handed in as an article are a binary file instead: the CLI and the HTTP upload refuse those before
 * decoding, so a picture or an archive never reaches the pipeline as text.
 */
public final class BinaryCheck {
    private BinaryCheck() {
    }

    /** NUL bytes, or more than one byte in twenty (of the first 8 KB) a control character other than line breaks and tabs. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }
}
