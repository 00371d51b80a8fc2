package org.dyad.io.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.io.DocumentSink;
import org.dyad.io.InputProblem;
import org.dyad.io.StopReading;

/**
 * One coding run: documents from a {@link Source}, coded on N threads, delivered to an {@link EventSink} in input
 * order. The run owns what every command that codes a corpus does alike: reading, ordered parallel coding (at
 * most a few documents per thread in memory, so a corpus of any size streams through), one line on the error
 * stream per failure and per warning, progress, and the exit status. {@code dyad code}, {@code ingest},
 * {@code evaluate}, {@code bench} and the server's paste box are wiring around it. The same run drives any other
 * per-document {@link Step} into a {@link StepSink} ({@code dyad geoparse}: each document's toponyms), so the
 * project has one ordered parallel loop.
 *
 * <p>A bad input or document never stops a run: it costs one line ({@code origin: error: message}) and counts as
 * failed. Lost output does stop it: {@link #run} throws the sink's {@link IOException}.
 *
 * <p>Not thread-safe: one thread calls {@link #run}, and every sink and progress call comes on that thread.
 */
public final class CodingRun {
    /** Exit status of a run in which every input was coded. */
    public static final int ALL_CODED = 0;
    /** Exit status of a run in which some input failed (one line each) and the rest was coded. */
    public static final int SOME_FAILED = 1;

    /** Where the documents come from: it hands each to the sink, with the problems met on the way. */
    @FunctionalInterface
    public interface Source {
        void read(DocumentSink sink);
    }

    /**
     * The work a run does to each document, on the run's threads (the coder's step is {@link DocumentCoder#code}).
     * It may throw: that document fails alone, reported on its line.
     */
    @FunctionalInterface
    public interface Step<R> {
        R apply(Document document);
    }

    /**
     * Where a run of a {@link Step} delivers, as {@link EventSink} for the coder's step: every call on the run's
     * thread, in input order.
     */
    public interface StepSink<R> {
        /** Before the step: whether to run it on this document (see {@link EventSink#admit}). */
        default boolean admit(Document document) {
            return true;
        }

        /**
         * A document's result.
         *
         * @throws DocumentFailure this document could not be taken; reported as a failure, the run goes on
         * @throws IOException     the output is lost: the run stops at once
         */
        void done(Document document, R result) throws IOException;

        /** Something failed after its one line was printed (see {@link EventSink#failed}). */
        default void failed(EventSink.Failure failure) {}
    }

    /** Told after every document (coded, failed or skipped), on the run's thread; prints what it likes. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = tally -> { };

        void documentDone(Tally tally);
    }

    /** What a run has done so far. */
    public static final class Tally {
        private final long start = System.nanoTime();
        private long documents;
        private long sentences;
        private long parsed;
        private long events;
        private long failed;

        /** Documents coded (or put through the run's step). */
        public long documents() { return documents; }

        public long sentences() { return sentences; }

        /** Sentences that got the dependency parse. */
        public long parsedSentences() { return parsed; }

        public long events() { return events; }

        /** Inputs and documents that failed, each reported on its line. */
        public long failed() { return failed; }

        public double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        /** "89 documents, 1,450 sentences, 718 events in 30.1 s (2.9 docs/s, 48.1 sentences/s)". */
        public String summary() {
            double s = Math.max(seconds(), 1e-9);
            return String.format("%,d documents, %,d sentences, %,d events in %.1f s (%.1f docs/s, %.1f sentences/s)%s",
                    documents, sentences, events, s, documents / s, sentences / s,
                    failed > 0 ? String.format("; %,d inputs failed", failed) : "");
        }
    }

    private final DocumentCoder coder;
    private final int threads;
    private final PrintWriter err;
    private final Progress progress;
    private final Tally tally = new Tally();

    /**
     * A run of the coder's step ({@link #run(Source, EventSink)}).
     *
     * @param threads  documents coded at once on threads of the run's own; 0 codes on the calling thread (the
     *                 server, whose request thread must be the one a cancellation interrupts)
     * @param err      where failure and warning lines go
     * @param progress told after every document
     */
    public CodingRun(DocumentCoder coder, int threads, PrintWriter err, Progress progress) {
        if (threads < 0) throw new IllegalArgumentException("threads must be 0 or more: " + threads);
        this.coder = coder;
        this.threads = threads;
        this.err = err;
        this.progress = progress;
    }

    /** A run of other steps only ({@link #run(Source, String, Step, StepSink)}); arguments as above. */
    public CodingRun(int threads, PrintWriter err, Progress progress) {
        this(null, threads, err, progress);
    }

    /**
     * Reads the source and codes every document it gives into the sink, then waits for the last. May be called
     * again (bench: a timed run after a warm-up); the tally adds up.
     *
     * @throws IOException the sink's output is lost; nothing more was read or coded
     * @throws IllegalStateException the run was made without a coder
     */
    public void run(Source source, EventSink sink) throws IOException {
        if (coder == null) throw new IllegalStateException("this run has no coder");
        run(source, "coding", coder::code, new StepSink<DocumentCoder.Result>() {
            @Override
            public boolean admit(Document document) {
                return sink.admit(document);
            }

            @Override
            public void done(Document document, DocumentCoder.Result r) throws IOException {
                r.warnings().forEach(w -> err.println(w.replaceFirst(": ", ": warning: ")));
                sink.coded(document, r);
                tally.sentences += r.sentences();
                tally.parsed += r.parsedSentences();
                tally.events += r.events().size();
            }

            @Override
            public void failed(EventSink.Failure failure) {
                sink.failed(failure);
            }
        });
    }

    /**
     * Reads the source and puts every document it gives through the step on the run's threads, delivering each
     * result to the sink in input order; then waits for the last. A document the step fails on costs one line,
     * {@code origin: error: <stepName> failed: ...}.
     *
     * @param stepName what the step does, for failure lines ("geoparsing")
     * @throws IOException the sink's output is lost; nothing more was read
     */
    public <R> void run(Source source, String stepName, Step<R> step, StepSink<R> sink) throws IOException {
        try (Ordered<R> ordered = new Ordered<>(stepName, step, sink)) {
            source.read(new DocumentSink() {
                @Override
                public void document(Document document) {
                    if (admit(sink, document)) ordered.submit(document);
                }

                @Override
                public void problem(InputProblem problem) {
                    report(problem, sink);
                }
            });
            ordered.finish();
        } catch (StopReading e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        }
    }

    /**
     * Reads the source without coding it: documents to the consumer, problems reported and counted as in
     * {@link #run} ({@code dyad bench} holds its corpus in memory before it times the coding).
     */
    public void read(Source source, Consumer<Document> documents) {
        source.read(new DocumentSink() {
            @Override
            public void document(Document document) {
                documents.accept(document);
            }

            @Override
            public void problem(InputProblem problem) {
                report(problem, null);
            }
        });
    }

    /** 0 when every input was coded, 1 when some failed ({@link #ALL_CODED}, {@link #SOME_FAILED}). */
    public int exitStatus() {
        return tally.failed > 0 ? SOME_FAILED : ALL_CODED;
    }

    public Tally tally() {
        return tally;
    }

    private void report(InputProblem problem, StepSink<?> sink) {
        err.println(problem);
        if (problem.isWarning()) return;
        tally.failed++;
        if (sink != null) sink.failed(new EventSink.Failure(problem.origin(), null, problem.message(), null));
    }

    private boolean admit(StepSink<?> sink, Document document) {
        boolean admitted;
        try {
            admitted = sink.admit(document);
        } catch (DocumentFailure e) {
            fail(sink, document, e.getMessage(), e);
            return false;
        }
        if (!admitted) progress.documentDone(tally);
        return admitted;
    }

    /** A document's outcome into the sink, on the run's thread, in input order. */
    private <R> void deliver(StepSink<R> sink, String stepName, Coded<R> coded) {
        Document document = coded.document();
        if (coded.failure() != null) {
            fail(sink, document, coded.failureMessage(stepName), coded.failure());
            return;
        }
        try {
            sink.done(document, coded.result());
            tally.documents++;
            progress.documentDone(tally);
        } catch (DocumentFailure e) {
            fail(sink, document, e.getMessage(), e);
        } catch (IOException e) {
            // The output is gone (a full disk, a closed pipe): going on would be lost work.
            throw new StopReading(e);
        }
    }

    private void fail(StepSink<?> sink, Document document, String message, Exception cause) {
        tally.failed++;
        err.println(document.origin() + ": error: " + message);
        sink.failed(new EventSink.Failure(document.origin(), document, message, cause));
        progress.documentDone(tally);
    }

    /** Runs the step on the run's threads and delivers in input order, holding at most three documents per thread. */
    private final class Ordered<R> implements AutoCloseable {
        private final String stepName;
        private final Step<R> step;
        private final StepSink<R> sink;
        private final ExecutorService pool;
        private final Deque<Future<Coded<R>>> inFlight = new ArrayDeque<>();

        Ordered(String stepName, Step<R> step, StepSink<R> sink) {
            this.stepName = stepName;
            this.step = step;
            this.sink = sink;
            this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "dyad-" + stepName);
                t.setDaemon(true);
                return t;
            });
        }

        /** Queues a document; blocks while the window is full, delivering finished documents in order. */
        void submit(Document document) {
            if (pool == null) {
                deliver(sink, stepName, Coded.apply(step, document));
                return;
            }
            inFlight.add(pool.submit(() -> Coded.apply(step, document)));
            while (inFlight.size() >= threads * 3) deliverHead();
        }

        /** Waits for everything queued and delivers it. */
        void finish() {
            while (!inFlight.isEmpty()) deliverHead();
        }

        private void deliverHead() {
            Coded<R> coded;
            try {
                coded = inFlight.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            deliver(sink, stepName, coded);
        }

        @Override
        public void close() {
            if (pool != null) pool.shutdownNow();
        }
    }
}
