package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.model.Document;

/**
 * CoreNLP's own full pipeline with its defaults (tokenize, ssplit, pos, lemma, ner, depparse), for benchmarks:
 * what annotating every sentence fully would cost, the figure Dyad's selective annotation is measured against.
 */
public final class ReferencePipeline {
    /** How long a run took and how many sentences it saw. */
    public record Timing(long sentences, double seconds) {}

    private final StanfordCoreNLP pipeline;

    public ReferencePipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.pipeline = new StanfordCoreNLP(props);
    }

    public Timing run(List<Document> documents, int threads) {
        AtomicLong sentences = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = documents.stream().<Future<?>>map(d -> pool.submit(() -> {
                Annotation a = new Annotation(d.text());
                a.set(CoreAnnotations.DocDateAnnotation.class, d.date().toString());
                pipeline.annotate(a);
                sentences.addAndGet(a.get(CoreAnnotations.SentencesAnnotation.class).size());
            })).toList();
            for (Future<?> f : futures) f.get();
        } catch (Exception e) {
            throw new IllegalStateException("reference pipeline failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Timing(sentences.get(), (System.nanoTime() - t0) / 1e9);
    }
}
