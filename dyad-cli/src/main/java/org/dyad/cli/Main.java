package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: political event data from news text. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = "org.dyad.cli.Messages",
        description = "Codes news text into political events (CAMEO, Goldstein, QuadClass, PLOVER).",
        subcommands = {CodeCommand.class, EvaluateCommand.class, ExplainCommand.class, BenchCommand.class,
                IngestCommand.class, EventsCommand.class, SeriesCommand.class, ActorsCommand.class, SqlCommand.class,
                ExportCommand.class, GeoparseCommand.class, DictionariesCommand.class, ModelCommand.class, ValidateCommand.class, ServeCommand.class, SparkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /**
     * Exit codes: 0 all went well, 1 some input failed (the rest was coded), 2 the command line was wrong, 3 the
     * job could not run (the database would not open, a SQL query or a read failed, the output could not be
     * written), 141 the reader of a pipe went away (as a shell reports a process that SIGPIPE ended).
     */
    static final int OK = 0;
    static final int SOME_INPUT_FAILED = 1;
    static final int USAGE = 2;
    static final int CANNOT_RUN = 3;
    static final int OUTPUT_FAILED = CANNOT_RUN;
    static final int CLOSED_PIPE = 141;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code dyad --version}: the version the build wrote from the parent pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dyad " + org.dyad.core.Version.current()};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(Stdout.processStdout());
        int exit = cl.execute(args);
        // Commands that print a report: a PrintWriter hides write errors until asked.
        if (exit == OK && cl.getOut().checkError()) {
            cl.getErr().println("dyad: error: cannot write the output");
            exit = OUTPUT_FAILED;
        }
        cl.getErr().flush();
        System.exit(exit);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // A user mistake in an option value gets one line, not a stack trace.
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dyad: " + ex.getMessage());
            // The qualified name is "dyad" for the top command and "dyad code" for a subcommand.
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof UserException) {
                c.getErr().println("dyad: " + ex.getMessage());
                return USAGE;
            }
            if (ex instanceof JobFailure) {
                c.getErr().println("dyad: error: " + ex.getMessage());
                return CANNOT_RUN;
            }
            Stdout.Failed lost = Stdout.failure(ex);
            if (lost != null) {
                // A reader that went away (| head) is no error worth a line; anything else loses output, so say so.
                if (lost.closedPipe()) return CLOSED_PIPE;
                c.getErr().println("dyad: error: cannot write the output: " + lost.getMessage() + "; stopped");
                return OUTPUT_FAILED;
            }
            // A read or a query that failed below the command: the job could not run, whatever the command line.
            if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException || ex instanceof java.sql.SQLException) {
                Throwable cause = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
                c.getErr().println("dyad: error: " + StoreOption.oneLine((Exception) cause));
                return CANNOT_RUN;
            }
            throw ex;
        });
        return cl;
    }
}
