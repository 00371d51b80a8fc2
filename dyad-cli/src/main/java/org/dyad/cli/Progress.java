package org.dyad.cli;

/**
 * Progress and warnings on stderr, never on stdout (stdout carries the events). Long runs print a line every few
 * seconds with documents, sentences and events per second.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final long start = System.nanoTime();
    private long lastReport = start;
    private final boolean enabled;
    long documents;
    long sentences;
    long events;
    long failed;

    Progress(boolean enabled) {
        this.enabled = enabled;
    }

    static void note(String message) {
        System.err.println("dyad: " + message);
    }

    void documentDone(int sentenceCount, int eventCount) {
        documents++;
        sentences += sentenceCount;
        events += eventCount;
        long now = System.nanoTime();
        if (enabled && now - lastReport > INTERVAL_NANOS) {
            lastReport = now;
            note(summary());
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    String summary() {
        double s = Math.max(seconds(), 1e-9);
        return String.format("%,d documents, %,d sentences, %,d events in %.1f s (%.1f docs/s, %.1f sentences/s)%s",
                documents, sentences, events, s, documents / s, sentences / s,
                failed > 0 ? String.format("; %,d inputs failed", failed) : "");
    }
}
