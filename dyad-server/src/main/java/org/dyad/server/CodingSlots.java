package org.dyad.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * At most N stories coded at once, each on a thread of its own that can be stopped. A job holds its slot until
 * its thread has really stopped, not merely until its caller stopped waiting, so cancelled work that is still
 * winding down counts against the bound and the CPU stays bounded.
 */
final class CodingSlots implements AutoCloseable {
    private final Semaphore slots;
    private final ExecutorService threads;

    CodingSlots(int concurrent) {
        if (concurrent < 1) throw new IllegalArgumentException("concurrent must be at least 1: " + concurrent);
        this.slots = new Semaphore(concurrent);
        this.threads = Executors.newFixedThreadPool(concurrent, r -> {
            Thread t = new Thread(r, "dyad-api-coder");
            t.setDaemon(true);
            return t;
        });
    }

    /** One piece of work: its result, and a way to stop it. */
    static final class Job<T> implements Runnable {
        final CompletableFuture<T> result = new CompletableFuture<>();
        private final Supplier<T> work;
        private final Semaphore slots;
        private Thread runner;
        private boolean cancelled;

        private Job(Supplier<T> work, Semaphore slots) {
            this.work = work;
            this.slots = slots;
        }

        @Override
        public void run() {
            try {
                synchronized (this) {
                    if (cancelled) {
                        result.cancel(false);
                        return;
                    }
                    runner = Thread.currentThread();
                }
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                synchronized (this) {
                    runner = null;
                }
                Thread.interrupted(); // a late cancel must not reach the next job on this thread
                slots.release();
            }
        }

        /** Interrupts the work (the coder stops between sentences, see Cancellation); harmless when done. */
        synchronized void cancel() {
            cancelled = true;
            if (runner != null) runner.interrupt();
        }
    }

    /** Starts the work on a free slot, or returns null when every slot is taken. */
    <T> Job<T> tryStart(Supplier<T> work) {
        if (!slots.tryAcquire()) return null;
        Job<T> job = new Job<>(work, slots);
        try {
            threads.execute(job);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        return job;
    }

    /** Free slots now; for tests and health. */
    int available() {
        return slots.availablePermits();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
