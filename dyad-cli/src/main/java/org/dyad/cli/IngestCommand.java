package org.dyad.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.io.DocumentSink;
import org.dyad.io.FeedReader;
import org.dyad.io.InputProblem;
import org.dyad.io.Inputs;
import org.dyad.io.run.CodingRun;
import org.dyad.io.run.DocumentFailure;
import org.dyad.io.run.EventSink;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest INPUT...}: code documents into the event store, exactly once, resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true)
final class IngestCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, directories, feed URLs; '-' reads stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--failed", description = "List the inputs and documents that failed in earlier runs, and exit.")
    boolean listFailed;

    /** The reading and coding options of {@code dyad code}. */
    @Mixin
    CodingOptions coding = new CodingOptions();

    @Option(names = "--progress-every", paramLabel = "SECONDS",
            description = "Seconds between progress lines when stderr is not a terminal; 0: a line per document (default: ${DEFAULT-VALUE}).")
    double progressEvery = 5;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Import the output of `dyad spark` (documents/ and events/ Parquet tables) instead of coding inputs.")
    java.nio.file.Path parquet;

    @Override
    public Integer call() {
        if (listFailed) return listFailures();
        if (parquet != null) return importParquet();
        PrintWriter err = err();
        Inputs readers = new Inputs(coding.readerOptions());
        try (EventStore db = store.openForWriting()) {
            Codebook codebook = Pipelines.codebook(coding.dictionaryOptions, err);
            // CoreNLP loads on the first document to code: a resumed ingest with nothing left to code needs none.
            NameFinder names = new NameFinder(() -> Pipelines.annotator(codebook, coding.quiet ? null : err), codebook.places());
            DocumentCoder coder = Pipelines.coder(names, codebook, coding.maxSentenceTokens, coding.parseAll);
            names.useCoder(coder);
            boolean terminal = System.console() != null;
            long total = terminal && !coding.quiet ? countDocuments(readers) : -1;
            try (IngestProgress progress = new IngestProgress(err, !coding.quiet, terminal, total, progressEvery)) {
                CodingRun run = coding.run(coder, progress, err);
                run.run(sink -> readers.readAll(inputs, System.in, sink), new Storing(db, names, progress, err));
                db.checkpoint();
                if (!coding.quiet) {
                    EventStore.Counts c = db.counts();
                    progress.close();
                    Progress.note(err, "ingest done: " + progress.summary(run.tally()));
                    Progress.note(err, String.format("%s: %,d documents in %,d near-duplicate clusters, %,d events from %,d mentions",
                            store.db, c.documents(), c.clusters(), c.events(), c.mentions()));
                }
                return run.exitStatus();
            }
        } catch (SQLException e) {
            throw new JobFailure("--db " + store.db + ": " + StoreOption.oneLine(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The store as a run's sink: a document stored before (resuming, or the same input again) is not coded a
     * second time; each coded document goes in with its events and names in one transaction; each failure is
     * recorded, for {@code --failed}.
     */
    private static final class Storing implements EventSink {
        private final EventStore db;
        private final NameFinder names;
        private final IngestProgress progress;
        private final PrintWriter err;

        Storing(EventStore db, NameFinder names, IngestProgress progress, PrintWriter err) {
            this.db = db;
            this.names = names;
            this.progress = progress;
            this.err = err;
        }

        @Override
        public boolean admit(Document document) {
            String stored;
            try {
                stored = db.storedHash(document.id());
            } catch (SQLException e) {
                throw new DocumentFailure("cannot read the store: " + StoreOption.oneLine(e), e);
            }
            if (stored == null) return true;
            count(document, new EventStore.Stored(stored.equals(EventStore.contentHash(document))
                    ? EventStore.Outcome.ALREADY_STORED : EventStore.Outcome.ID_CONFLICT, null, 0, 0));
            return false;
        }

        @Override
        public void coded(Document document, DocumentCoder.Result r) {
            List<EventStore.Name> found = names.take(document);
            long t0 = System.nanoTime();
            EventStore.Stored s;
            try {
                s = db.store(new EventStore.Ingestion(document, EventStore.contentHash(document),
                        r.sentences(), r.parsedSentences(), r.events(), found));
            } catch (SQLException | RuntimeException e) {
                throw new DocumentFailure("cannot store: " + StoreOption.oneLine(e), e);
            }
            count(document, s);
            progress.storeNanos += System.nanoTime() - t0;
        }

        @Override
        public void failed(Failure f) {
            if (f.document() != null) names.take(f.document());
            try {
                db.recordFailure(f.origin(), f.document() == null ? null : f.document().id(), f.message());
            } catch (SQLException e) {
                err.println(f.origin() + ": error: cannot record the failure: " + StoreOption.oneLine(e));
            }
        }

        private void count(Document doc, EventStore.Stored s) {
            switch (s.outcome()) {
                case STORED -> {
                    progress.stored++;
                    progress.events += s.mentions();
                    progress.newEvents += s.newEvents();
                }
                case ALREADY_STORED -> progress.alreadyStored++;
                case ID_CONFLICT -> {
                    progress.conflicts++;
                    err.println(doc.origin() + ": warning: id '" + doc.id()
                            + "' is stored with other content; the stored version is kept");
                }
            }
        }
    }

    /** For the progress bar's ETA: how many documents the inputs hold (files only; feeds and stdin are not re-read). */
    private long countDocuments(Inputs readers) {
        if (inputs.isEmpty() || inputs.stream().anyMatch(a -> a.equals("-") || FeedReader.isUrl(a))) return -1;
        long[] n = {0};
        readers.readAll(inputs, System.in, new DocumentSink() {
            @Override public void document(Document document) { n[0]++; }
            @Override public void problem(InputProblem problem) { }
        });
        return n[0];
    }

    private Integer listFailures() {
        PrintWriter out = out();
        try (EventStore db = store.openReadOnly()) {
            List<EventStore.Failure> failures = db.failures();
            for (EventStore.Failure f : failures) {
                out.println(f.origin() + (f.doc() == null ? "" : " [" + f.doc() + "]") + ": " + f.message());
            }
            if (!coding.quiet) Progress.note(err(), failures.size() + " failures recorded in " + store.db);
            return Main.OK;
        } catch (SQLException e) {
            throw new JobFailure("--db " + store.db + ": " + StoreOption.oneLine(e));
        }
    }

    /** A cluster run's output into the store: as exactly-once as an ingest, so a second import adds nothing. */
    private int importParquet() {
        try (EventStore db = store.openForWriting()) {
            org.dyad.store.ParquetImport.Summary s = new org.dyad.store.ParquetImport(
                    org.dyad.core.ontology.CameoCatalog.builtIn()).run(parquet, db);
            EventStore.Counts c = db.counts();
            Progress.note(err(), String.format("imported %s: %,d documents (%,d new, %,d already stored), %,d events; "
                    + "the store holds %,d documents and %,d events", parquet, s.documents(), s.stored(),
                    s.alreadyStored(), s.events(), c.documents(), c.events()));
            return Main.OK;
        } catch (java.sql.SQLException e) {
            throw new JobFailure("--parquet " + parquet + ": " + StoreOption.oneLine(e));
        }
    }
}
