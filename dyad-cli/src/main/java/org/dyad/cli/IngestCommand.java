package org.dyad.cli;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.core.model.Document;
import org.dyad.io.DocumentSink;
import org.dyad.io.FeedReader;
import org.dyad.io.InputFormat;
import org.dyad.io.InputProblem;
import org.dyad.io.Inputs;
import org.dyad.io.ReaderOptions;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest INPUT...}: code documents into the event store, exactly once, resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes documents and stores them with their events in the event store (--db).",
                "Reads what 'dyad code' reads, plus directories, WARC archives and RSS/Atom feeds (files or URLs).",
                "Documents already stored (same id and content) are skipped, so after an interruption the same",
                "command resumes. Each document is stored with its events in one transaction.",
                "Exit code: 0 all inputs stored, 1 some input failed (see --failed), 2 usage error, 3 the store or an input could not be used."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, directories, feed URLs; '-' reads stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--failed", description = "List the inputs and documents that failed in earlier runs, and exit.")
    boolean listFailed;

    @Option(names = "--input", paramLabel = "FORMAT", description = "Force the input format: text, html, jsonl or xml.")
    String input;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class, description = "Publication date of inputs that carry none.")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-words", paramLabel = "N", description = "Skip documents longer than N words (default: ${DEFAULT-VALUE}).")
    int maxWords = ReaderOptions.DEFAULT_MAX_WORDS;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", description = "Do not code sentences longer than N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens = DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS;

    @Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(names = "--progress-every", paramLabel = "SECONDS",
            description = "Seconds between progress lines when stderr is not a terminal; 0: a line per document (default: ${DEFAULT-VALUE}).")
    double progressEvery = 5;

    @Option(names = "--quiet", description = "No progress (errors and warnings are still printed).")
    boolean quiet;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Import the output of `dyad spark` (documents/ and events/ Parquet tables) instead of coding inputs.")
    java.nio.file.Path parquet;

    @Override
    public Integer call() {
        if (listFailed) return listFailures();
        if (parquet != null) return importParquet();
        if (threads < 1) throw new UserException("--threads must be at least 1, not " + threads);
        if (maxWords < 1) throw new UserException("--max-words must be at least 1, not " + maxWords);
        if (maxSentenceTokens < 1) throw new UserException("--max-sentence-tokens must be at least 1, not " + maxSentenceTokens);
        ReaderOptions options = new ReaderOptions(parseDate(), inputFormat(), maxWords);
        Inputs readers = new Inputs(options);
        try (EventStore db = store.openForWriting()) {
            DocumentCoder coder = createCoder();
            NameFinder names = coderNames;
            long total = System.console() != null && !quiet ? countDocuments(readers) : -1;
            try (IngestProgress progress = new IngestProgress(!quiet, System.console() != null, total, progressEvery);
                 ParallelCoder parallel = new ParallelCoder(coder, threads, outcome -> {
                     Document doc = outcome.document();
                     List<EventStore.Name> found = names.take(doc);
                     if (outcome.failure() != null) {
                         fail(db, progress, doc.origin(), doc.id(), "coding failed: " + outcome.failure());
                         return;
                     }
                     DocumentCoder.Result r = outcome.result();
                     r.warnings().forEach(w -> System.err.println(w.replaceFirst(": ", ": warning: ")));
                     long t0 = System.nanoTime();
                     try {
                         EventStore.Stored s = db.store(new EventStore.Ingestion(doc, EventStore.contentHash(doc),
                                 r.sentences(), r.parsedSentences(), r.events(), found));
                         count(progress, doc, s);
                         progress.storeNanos += System.nanoTime() - t0;
                     } catch (SQLException | RuntimeException e) {
                         fail(db, progress, doc.origin(), doc.id(), "cannot store: " + StoreOption.oneLine(e));
                     }
                     progress.documentDone();
                 })) {
                readers.readAll(inputs, System.in, new DocumentSink() {
                    @Override
                    public void document(Document document) {
                        String stored;
                        try {
                            stored = db.storedHash(document.id());
                        } catch (SQLException e) {
                            fail(db, progress, document.origin(), document.id(), "cannot read the store: " + StoreOption.oneLine(e));
                            return;
                        }
                        if (stored == null) {
                            parallel.submit(document);
                            return;
                        }
                        // Stored before: resuming, or the same input again. Not coded a second time.
                        count(progress, document, new EventStore.Stored(stored.equals(EventStore.contentHash(document))
                                ? EventStore.Outcome.ALREADY_STORED : EventStore.Outcome.ID_CONFLICT, null, 0, 0));
                        progress.documentDone();
                    }

                    @Override
                    public void problem(InputProblem problem) {
                        System.err.println(problem);
                        if (!problem.isWarning()) fail(db, progress, problem.origin(), null, problem.message());
                    }
                });
                parallel.finish();
                db.checkpoint();
                if (!quiet) {
                    EventStore.Counts c = db.counts();
                    progress.close();
                    Progress.note("ingest done: " + progress.summary());
                    Progress.note(String.format("%s: %,d documents in %,d near-duplicate clusters, %,d events from %,d mentions",
                            store.db, c.documents(), c.clusters(), c.events(), c.mentions()));
                }
                return progress.failed > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
            }
        } catch (SQLException e) {
            throw new JobFailure("--db " + store.db + ": " + StoreOption.oneLine(e));
        }
    }

    private NameFinder coderNames;

    private DocumentCoder createCoder() {
        Codebook codebook = Pipelines.codebook(dictionaryOptions);
        coderNames = new NameFinder(() -> Pipelines.annotator(codebook, quiet), codebook.places());
        DocumentCoder coder = Pipelines.coder(coderNames, codebook, maxSentenceTokens, false);
        coderNames.useCoder(coder);
        return coder;
    }

    private static void count(IngestProgress progress, Document doc, EventStore.Stored s) {
        switch (s.outcome()) {
            case STORED -> {
                progress.stored++;
                progress.events += s.mentions();
                progress.newEvents += s.newEvents();
            }
            case ALREADY_STORED -> progress.alreadyStored++;
            case ID_CONFLICT -> {
                progress.conflicts++;
                System.err.println(doc.origin() + ": warning: id '" + doc.id()
                        + "' is stored with other content; the stored version is kept");
            }
        }
    }

    private static void fail(EventStore db, IngestProgress progress, String origin, String doc, String message) {
        progress.failed++;
        if (doc != null) System.err.println(origin + ": error: " + message);
        try {
            db.recordFailure(origin, doc, message);
        } catch (SQLException e) {
            System.err.println(origin + ": error: cannot record the failure: " + StoreOption.oneLine(e));
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
        try (EventStore db = store.openReadOnly()) {
            List<EventStore.Failure> failures = db.failures();
            for (EventStore.Failure f : failures) {
                System.out.println(f.origin() + (f.doc() == null ? "" : " [" + f.doc() + "]") + ": " + f.message());
            }
            if (!quiet) Progress.note(failures.size() + " failures recorded in " + store.db);
            return Main.OK;
        } catch (SQLException e) {
            throw new JobFailure("--db " + store.db + ": " + StoreOption.oneLine(e));
        }
    }

    private InputFormat inputFormat() {
        return OptionValues.inputFormat(input);
    }

    private LocalDate parseDate() {
        return date;
    }

    /** A cluster run's output into the store: as exactly-once as an ingest, so a second import adds nothing. */
    private int importParquet() {
        try (EventStore db = store.openForWriting()) {
            org.dyad.store.ParquetImport.Summary s = new org.dyad.store.ParquetImport(
                    org.dyad.core.ontology.CameoCatalog.builtIn()).run(parquet, db);
            EventStore.Counts c = db.counts();
            Progress.note(String.format("imported %s: %,d documents (%,d new, %,d already stored), %,d events; "
                    + "the store holds %,d documents and %,d events", parquet, s.documents(), s.stored(),
                    s.alreadyStored(), s.events(), c.documents(), c.events()));
            return Main.OK;
        } catch (java.sql.SQLException e) {
            throw new JobFailure("--parquet " + parquet + ": " + StoreOption.oneLine(e));
        }
    }
}
