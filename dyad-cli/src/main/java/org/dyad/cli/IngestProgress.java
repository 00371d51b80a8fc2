package org.dyad.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Ingest progress on stderr: a progress bar with documents/s and ETA when a person is watching a terminal and the
 * number of documents is known, otherwise a plain line every few seconds (what a log file or a test reads).
 */
final class IngestProgress implements AutoCloseable {
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private final boolean enabled;
    private long lastReport = start;
    private ProgressBar bar;

    long stored;
    long alreadyStored;
    long conflicts;
    long failed;
    long events;
    long newEvents;
    /** Time spent writing to the store, to show what the database costs next to coding. */
    long storeNanos;

    /**
     * @param total    documents expected, or -1 when unknown (then no bar)
     * @param terminal whether stderr is a terminal
     * @param interval seconds between plain lines; 0 prints one per document
     */
    IngestProgress(boolean enabled, boolean terminal, long total, double interval) {
        this.enabled = enabled;
        this.intervalNanos = (long) (interval * 1e9);
        if (enabled && terminal && total > 0) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    void documentDone() {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format("%,d events", newEvents));
            return;
        }
        long now = System.nanoTime();
        if (enabled && now - lastReport >= intervalNanos) {
            lastReport = now;
            Progress.note("ingest: " + summary());
        }
    }

    String summary() {
        double s = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        return String.format("%,d documents stored, %,d already stored, %,d events (%,d new) in %.1f s (%.2f docs/s; store %.1f ms/doc)%s%s",
                stored, alreadyStored, events, newEvents, s, stored / s, stored == 0 ? 0.0 : storeNanos / 1e6 / stored,
                conflicts > 0 ? String.format("; %,d ids stored before with other content", conflicts) : "",
                failed > 0 ? String.format("; %,d failed (dyad ingest --failed lists them)", failed) : "");
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
