package org.dyad.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.io.run.CodingRun;

/**
 * Ingest progress on the error stream: a progress bar with documents/s and ETA when a person is watching a terminal
 * and the number of documents is known, otherwise a plain line every few seconds (what a log file or a test reads).
 */
final class IngestProgress implements CodingRun.Progress, AutoCloseable {
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private final boolean enabled;
    private final PrintWriter err;
    private long lastReport = start;
    private ProgressBar bar;

    long stored;
    long alreadyStored;
    long conflicts;
    long events;
    long newEvents;
    /** Time spent writing to the store, to show what the database costs next to coding. */
    long storeNanos;

    /**
     * @param total    documents expected, or -1 when unknown (then no bar)
     * @param terminal whether the process's stderr is a terminal
     * @param interval seconds between plain lines; 0 prints one per document
     */
    IngestProgress(PrintWriter err, boolean enabled, boolean terminal, long total, double interval) {
        this.err = err;
        this.enabled = enabled;
        this.intervalNanos = (long) (interval * 1e9);
        if (enabled && terminal && total > 0) {
            // The bar redraws a line of the terminal in place: it is drawn on the process's own stderr.
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void documentDone(CodingRun.Tally tally) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format("%,d events", newEvents));
            return;
        }
        long now = System.nanoTime();
        if (enabled && now - lastReport >= intervalNanos) {
            lastReport = now;
            Progress.note(err, "ingest: " + summary(tally));
        }
    }

    String summary(CodingRun.Tally tally) {
        double s = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        return String.format("%,d documents stored, %,d already stored, %,d events (%,d new) in %.1f s (%.2f docs/s; store %.1f ms/doc)%s%s",
                stored, alreadyStored, events, newEvents, s, stored / s, stored == 0 ? 0.0 : storeNanos / 1e6 / stored,
                conflicts > 0 ? String.format("; %,d ids stored before with other content", conflicts) : "",
                tally.failed() > 0 ? String.format("; %,d failed (dyad ingest --failed lists them)", tally.failed()) : "");
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
