package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: political event data from news text. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Codes news text into political events (CAMEO, Goldstein, QuadClass, PLOVER).",
        subcommands = {CodeCommand.class, EvaluateCommand.class, ExplainCommand.class, BenchCommand.class,
                IngestCommand.class, EventsCommand.class, SeriesCommand.class, ActorsCommand.class, SqlCommand.class,
                ExportCommand.class, GeoparseCommand.class, DictionariesCommand.class, ValidateCommand.class, ServeCommand.class, SparkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes: 0 all went well, 1 some input failed (the rest was coded), 2 the command line was wrong. */
    static final int OK = 0;
    static final int SOME_INPUT_FAILED = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // A user mistake in an option value gets one line, not a stack trace.
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dyad: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'dyad " + ex.getCommandLine().getCommandName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof UserException) {
                c.getErr().println("dyad: " + ex.getMessage());
                return USAGE;
            }
            throw ex;
        });
        return cl;
    }
}
