package org.dyad.core;

import java.util.concurrent.CancellationException;

/**
 * How coding is stopped from outside: interrupt the thread that codes. The annotator and the coder call
 * {@link #check()} between sentences (and between small batches of them), so an interrupted document stops within
 * a sentence's work instead of running to its end: a server whose client hung up, or a CLI whose output pipe
 * closed, stops spending CPU on it.
 */
public final class Cancellation {
    private Cancellation() {}

    /**
     * Throws {@link CancellationException} when the current thread has been interrupted; the interrupt stays
     * set, so the caller's own waits see it too.
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("coding cancelled");
    }
}
