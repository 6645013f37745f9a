package charactergraph.loader.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The loader's command line: {@code java -jar loader.jar COMMAND ARGS}. Commands are looked up in
 * {@link #COMMANDS}; a new command is one line there. Help is printed without loading any model.
 */
public final class LoaderMain {
    /** Command name to factory: factories keep start-up instant, since a command is built only when it runs. */
    static final Map<String, Supplier<Command>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("extract", ExtractCommand::new);
        COMMANDS.put("eval", EvalCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
        COMMANDS.put("load", LoadCommand::new);
        COMMANDS.put("cypher", CypherCommand::new);
    }

    private LoaderMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line and returns the exit code (0 ok, 1 bad input or failure, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        if (list.isEmpty()) {
            usage(err);
            return 2;
        }
        String name = list.remove(0);
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            usage(out);
            return 0;
        }
        Supplier<Command> factory = COMMANDS.get(name);
        if (factory == null) {
            err.println("unknown command: " + name);
            usage(err);
            return 2;
        }
        return run(name, factory.get(), list, out, err);
    }

    /** Runs one command with the arguments after its name: help, then the command, its errors as messages. */
    static int run(String name, Command command, List<String> list, PrintStream out, PrintStream err) {
        if (list.contains("--help") || list.contains("-h")) {
            out.println("usage: java -jar loader.jar " + name + " " + command.usage());
            out.println("  " + command.summary());
            out.print(command.help());
            return 0;
        }
        try {
            return command.run(list, out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: java -jar loader.jar " + name + " " + command.usage());
            return 2;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory; the language models need about 2 GB: run java with -Xmx3g");
            return 1;
        } catch (Exception e) {
            err.println("error: " + name + " failed: " + e);
            return 1;
        }
    }

    static void usage(PrintStream s) {
        s.println("usage: java -jar loader.jar COMMAND [ARGS]");
        s.println();
        s.println("commands:");
        for (var e : COMMANDS.entrySet()) {
            Command c = e.getValue().get();
            if (c.usage().length() <= 24) {
                s.printf("  %-8s %-24s %s%n", e.getKey(), c.usage(), c.summary());
            } else {
                s.printf("  %-8s %s%n  %-8s %-24s %s%n", e.getKey(), c.usage(), "", "", c.summary());
            }
        }
        s.println();
        s.println("  COMMAND --help   prints one command's usage");
        s.println("Results go to stdout; progress and timings to stderr. The language models need -Xmx2g or more.");
    }
}
