package org.dyad.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.nlp.CoreNlpAnnotator;

/**
 * One coding pipeline per executor JVM. CoreNLP's models take about 20 s and 1.4 GB to load, so they are loaded
 * the first time a task on this JVM needs them and then shared by every task the executor runs, in parallel
 * (DocumentCoder is thread-safe). Nothing here is serialised: each JVM builds its own from the classpath.
 */
public final class Pipeline {
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static DocumentCoder coder;
    private static int coderMaxSentenceTokens;
    private static Codebook codebook;

    private Pipeline() {}

    /**
     * Codes this JVM's tasks with the given codebook (null: the built-in one). {@code dyad spark} runs Spark in
     * its own JVM (local[N]), so the codebook it builds from the dictionary options of {@code dyad code} reaches
     * every task; executors of another JVM (spark-submit) build the built-in codebook.
     */
    public static synchronized void use(Codebook c) {
        codebook = c;
        coder = null;
    }

    /** The JVM's pipeline; built on first use, and rebuilt only if a job asks for another sentence limit. */
    public static synchronized DocumentCoder coder(int maxSentenceTokens) {
        if (coder == null || coderMaxSentenceTokens != maxSentenceTokens) {
            coder = new DocumentCoder(new CoreNlpAnnotator(), codebook != null ? codebook : Codebook.builtIn(),
                    maxSentenceTokens, false);
            coderMaxSentenceTokens = maxSentenceTokens;
            LOADS.incrementAndGet();
        }
        return coder;
    }

    /** How many times this JVM has built a pipeline: one per executor, whatever the number of records. */
    public static int loads() {
        return LOADS.get();
    }
}
