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
 * {@code evaluate}, {@code bench} and the server's paste box are wiring around it.
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

        /** Documents coded. */
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

    /**
     * Reads the source and codes every document it gives into the sink, then waits for the last. May be called
     * again (bench: a timed run after a warm-up); the tally adds up.
     *
     * @throws IOException the sink's output is lost; nothing more was read or coded
     */
    public void run(Source source, EventSink sink) throws IOException {
        try (Ordered ordered = new Ordered(sink)) {
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

    private void report(InputProblem problem, EventSink sink) {
        err.println(problem);
        if (problem.isWarning()) return;
        tally.failed++;
        if (sink != null) sink.failed(new EventSink.Failure(problem.origin(), null, problem.message(), null));
    }

    private boolean admit(EventSink sink, Document document) {
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
    private void deliver(EventSink sink, Coded coded) {
        Document document = coded.document();
        if (coded.failure() != null) {
            fail(sink, document, coded.failureMessage(), coded.failure());
            return;
        }
        DocumentCoder.Result r = coded.result();
        r.warnings().forEach(w -> err.println(w.replaceFirst(": ", ": warning: ")));
        try {
            sink.coded(document, r);
            tally.documents++;
            tally.sentences += r.sentences();
            tally.parsed += r.parsedSentences();
            tally.events += r.events().size();
            progress.documentDone(tally);
        } catch (DocumentFailure e) {
            fail(sink, document, e.getMessage(), e);
        } catch (IOException e) {
            // The output is gone (a full disk, a closed pipe): coding on would be lost work.
            throw new StopReading(e);
        }
    }

    private void fail(EventSink sink, Document document, String message, Exception cause) {
        tally.failed++;
        err.println(document.origin() + ": error: " + message);
        sink.failed(new EventSink.Failure(document.origin(), document, message, cause));
        progress.documentDone(tally);
    }

    /** Codes on the run's threads and delivers in input order, holding at most three documents per thread. */
    private final class Ordered implements AutoCloseable {
        private final EventSink sink;
        private final ExecutorService pool;
        private final Deque<Future<Coded>> inFlight = new ArrayDeque<>();

        Ordered(EventSink sink) {
            this.sink = sink;
            this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "dyad-coder");
                t.setDaemon(true);
                return t;
            });
        }

        /** Queues a document; blocks while the window is full, delivering finished documents in order. */
        void submit(Document document) {
            if (pool == null) {
                deliver(sink, Coded.code(coder, document));
                return;
            }
            inFlight.add(pool.submit(() -> Coded.code(coder, document)));
            while (inFlight.size() >= threads * 3) deliverHead();
        }

        /** Waits for everything queued and delivers it. */
        void finish() {
            while (!inFlight.isEmpty()) deliverHead();
        }

        private void deliverHead() {
            Coded coded;
            try {
                coded = inFlight.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            deliver(sink, coded);
        }

        @Override
        public void close() {
            if (pool != null) pool.shutdownNow();
        }
    }
}
