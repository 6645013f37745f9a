package charactergraph.loader.cli;

import org.slf4j.LoggerFactory;

/** Logs as a library does, through SLF4J, for {@link CommandLoggingTest}. */
final class LogProbe {
    private LogProbe() {
    }

    public static void main(String[] args) {
        LoggerFactory.getLogger(LogProbe.class).warn("a warning from a library");
        LoggerFactory.getLogger(LogProbe.class).info("chatter from a library");
    }
}
