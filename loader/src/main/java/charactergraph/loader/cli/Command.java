package charactergraph.loader.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of the loader's command line. Register new ones in {@link LoaderMain#COMMANDS} with one line.
 * Results go to {@code out}; progress, timings, warnings and errors to {@code err}.
 */
public interface Command {
    /** One line for the usage list. */
    String summary();

    /** The argument synopsis, for example {@code "FILE"}. */
    String usage();

    /** More lines for {@code COMMAND --help} (options, one a line), or none. */
    default String help() {
        return "";
    }

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 on success, 1 for bad input, 2 for bad usage
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
