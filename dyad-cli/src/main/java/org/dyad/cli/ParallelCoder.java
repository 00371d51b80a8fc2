package org.dyad.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;

/**
 * Codes documents on N threads and hands results back in input order, holding at most a few documents per
 * thread in memory, so a corpus of any size streams through.
 */
final class ParallelCoder implements AutoCloseable {
    /** The outcome of one document: its result, or why it failed. */
    record Outcome(Document document, DocumentCoder.Result result, Exception failure) {}

    private final DocumentCoder coder;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    private final Consumer<Outcome> done;

    ParallelCoder(DocumentCoder coder, int threads, Consumer<Outcome> done) {
        this.coder = coder;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 3;
        this.done = done;
    }

    /** Queues a document; blocks while the window is full, emitting finished documents in order. */
    void submit(Document document) {
        inFlight.add(pool.submit(() -> {
            try {
                return new Outcome(document, coder.code(document), null);
            } catch (RuntimeException | StackOverflowError e) {
                // One document's failure (a parser bug, a pathological sentence) is reported; the run goes on.
                Exception ex = e instanceof Exception x ? x : new RuntimeException(e.toString());
                return new Outcome(document, null, ex);
            }
        }));
        while (inFlight.size() >= window) emitHead();
    }

    /** Waits for everything queued and emits it. */
    void finish() {
        while (!inFlight.isEmpty()) emitHead();
    }

    private void emitHead() {
        try {
            done.accept(inFlight.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
