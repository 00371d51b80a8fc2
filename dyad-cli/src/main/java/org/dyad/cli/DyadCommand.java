package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code dyad} subcommand. It writes through the out and err picocli hands it (the process's streams, or what a
 * test or an embedding program set on the command line), never through {@code System.out}/{@code System.err};
 * its exit code is one of {@link Main}'s.
 */
abstract class DyadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Results: events, reports, query answers. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Progress, warnings and errors, one line each. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
