package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.DocumentCoder;
import org.dyad.core.bench.HeapPeak;
import org.dyad.core.model.Document;
import org.dyad.io.DocumentSink;
import org.dyad.io.InputProblem;
import org.dyad.io.ReaderOptions;
import org.dyad.io.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench FILE}: codes a corpus and reports throughput and peak heap. The corpus is read into memory
 * first and coded once to warm the JVM, so the figures measure coding, not disk or class loading.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures end-to-end coding speed and peak heap on a corpus.",
                "Reports documents/s, sentences/s, events/s and peak heap; the first pass warms the JVM up."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Corpus, e.g. ../shared/corpus/voa-2025.jsonl")
    String file;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Documents coded before timing (default: the whole corpus once; with less, the JIT compiler still competes for the cores).")
    int warmup = Integer.MAX_VALUE;

    @Option(names = "--parse-all", description = "Parse every sentence, not only those that can yield an event (to measure what the selection saves).")
    boolean parseAll;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(names = "--reference", description = "Also time CoreNLP's own full pipeline (tokenize..ner,depparse) on the same text.")
    boolean reference;

    @Override
    public Integer call() {
        if (threads < 1) throw new UserException("--threads must be at least 1, not " + threads);
        List<Document> documents = new ArrayList<>();
        int[] problems = {0};
        new Readers(new ReaderOptions(null, null, ReaderOptions.DEFAULT_MAX_WORDS)).readAll(List.of(file), System.in,
                new DocumentSink() {
                    @Override
                    public void document(Document d) {
                        if (documents.size() < limit) documents.add(d);
                    }

                    @Override
                    public void problem(InputProblem p) {
                        problems[0]++;
                        System.err.println(p);
                    }
                });
        if (documents.isEmpty()) throw new UserException(file + ": no documents to benchmark");
        DocumentCoder coder = Pipelines.create(DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS, parseAll, dictionaryOptions);
        Progress.note("warming up on " + Math.min(warmup, documents.size()) + " documents");
        for (int i = 0; i < Math.min(warmup, documents.size()); i++) coder.code(documents.get(i));
        System.gc();
        HeapPeak.reset();

        Progress progress = new Progress(false);
        long[] parsed = {0};
        long t0 = System.nanoTime();
        try (ParallelCoder parallel = new ParallelCoder(coder, threads, o -> {
            if (o.failure() != null) {
                progress.failed++;
                return;
            }
            parsed[0] += o.result().parsedSentences();
            progress.documentDone(o.result().sentences(), o.result().events().size());
        })) {
            documents.forEach(parallel::submit);
            parallel.finish();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("corpus            %s (%d documents)%n", file, documents.size());
        System.out.printf("threads           %d%s%n", threads, parseAll ? " (--parse-all: every sentence parsed)" : "");
        System.out.printf("time              %.1f s%n", s);
        System.out.printf("documents/s       %.2f%n", progress.documents / s);
        System.out.printf("sentences/s       %.1f   (%d sentences, %d parsed = %.0f%%)%n", progress.sentences / s,
                progress.sentences, parsed[0], 100.0 * parsed[0] / Math.max(1, progress.sentences));
        System.out.printf("events/s          %.1f   (%d events)%n", progress.events / s, progress.events);
        System.out.printf("peak heap         %d MB%n", HeapPeak.bytes() / (1024 * 1024));
        if (progress.failed > 0) System.out.printf("failed documents  %d%n", progress.failed);
        if (reference) referenceRun(documents);
        return progress.failed > 0 || problems[0] > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
    }

    private void referenceRun(List<Document> documents) {
        org.dyad.nlp.ReferencePipeline ref = new org.dyad.nlp.ReferencePipeline();
        ref.run(documents.subList(0, Math.min(Math.min(warmup, 10), documents.size())), 1);
        org.dyad.nlp.ReferencePipeline.Timing t = ref.run(documents, threads);
        System.out.printf("reference         CoreNLP tokenize,ssplit,pos,lemma,ner,depparse (defaults), %d threads%n", threads);
        System.out.printf("reference sent/s  %.1f   (%d sentences in %.1f s)%n", t.sentences() / t.seconds(),
                t.sentences(), t.seconds());
    }
}
