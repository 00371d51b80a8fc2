package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.io.run.CodingRun;

/**
 * Progress and notes on the error stream, never on stdout (stdout carries the events). A long run prints a line
 * every few seconds with documents, sentences and events per second.
 */
final class Progress implements CodingRun.Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastReport = System.nanoTime();

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** One line, "dyad: message". */
    static void note(PrintWriter err, String message) {
        err.println("dyad: " + message);
    }

    @Override
    public void documentDone(CodingRun.Tally tally) {
        long now = System.nanoTime();
        if (enabled && now - lastReport > INTERVAL_NANOS) {
            lastReport = now;
            note(err, tally.summary());
        }
    }
}
