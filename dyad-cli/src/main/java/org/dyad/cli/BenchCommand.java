package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.DocumentCoder;
import org.dyad.core.bench.HeapPeak;
import org.dyad.core.model.Document;
import org.dyad.io.run.CodingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench FILE}: codes a corpus and reports throughput and peak heap. The corpus is read into memory
 * first and coded once to warm the JVM, so the figures measure coding, not disk or class loading.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand extends DyadCommand {
    @Parameters(paramLabel = "FILE", description = "Corpus, e.g. ../shared/corpus/voa-2025.jsonl")
    String file;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Documents coded before timing (default: the whole corpus once; with less, the JIT compiler still competes for the cores).")
    int warmup = Integer.MAX_VALUE;

    @Option(names = "--reference", description = "Also time CoreNLP's own full pipeline (tokenize..ner,depparse) on the same text.")
    boolean reference;

    /** Coded as {@code dyad code} codes with the same options ({@code --parse-all} measures what the selection saves). */
    @Mixin
    CodingOptions coding = new CodingOptions();

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        CodingRun.Source corpus = coding.source(List.of(file));
        List<Document> documents = new ArrayList<>();
        DocumentCoder coder = coding.coder(err);
        // Progress lines would be timed with the coding: the report says it all at the end.
        CodingRun run = coding.run(coder, CodingRun.Progress.NONE, err);
        run.read(corpus, d -> {
            if (documents.size() < limit) documents.add(d);
        });
        if (documents.isEmpty()) throw new UserException(file + ": no documents to benchmark");
        int warm = Math.min(warmup, documents.size());
        Progress.note(err, "warming up on " + warm + " documents");
        try {
            new CodingRun(coder, 0, err, CodingRun.Progress.NONE).run(sink -> documents.subList(0, warm).forEach(sink::document),
                    (document, result) -> { });
            System.gc();
            HeapPeak.reset();
            long t0 = System.nanoTime();
            run.run(sink -> documents.forEach(sink::document), (document, result) -> { });
            report(out, run.tally(), documents.size(), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (reference) referenceRun(out, documents);
        return run.exitStatus();
    }

    private void report(PrintWriter out, CodingRun.Tally t, int documents, double s) {
        out.printf("corpus            %s (%d documents)%n", file, documents);
        out.printf("threads           %d%s%n", coding.threads, coding.parseAll ? " (--parse-all: every sentence parsed)" : "");
        out.printf("time              %.1f s%n", s);
        out.printf("documents/s       %.2f%n", t.documents() / s);
        out.printf("sentences/s       %.1f   (%d sentences, %d parsed = %.0f%%)%n", t.sentences() / s,
                t.sentences(), t.parsedSentences(), 100.0 * t.parsedSentences() / Math.max(1, t.sentences()));
        out.printf("events/s          %.1f   (%d events)%n", t.events() / s, t.events());
        out.printf("peak heap         %d MB%n", HeapPeak.bytes() / (1024 * 1024));
        if (t.failed() > 0) out.printf("failed documents  %d%n", t.failed());
    }

    private void referenceRun(PrintWriter out, List<Document> documents) {
        org.dyad.nlp.ReferencePipeline ref = new org.dyad.nlp.ReferencePipeline();
        ref.run(documents.subList(0, Math.min(Math.min(warmup, 10), documents.size())), 1);
        org.dyad.nlp.ReferencePipeline.Timing t = ref.run(documents, coding.threads);
        out.printf("reference         CoreNLP tokenize,ssplit,pos,lemma,ner,depparse (defaults), %d threads%n", coding.threads);
        out.printf("reference sent/s  %.1f   (%d sentences in %.1f s)%n", t.sentences() / t.seconds(),
                t.sentences(), t.seconds());
    }
}
