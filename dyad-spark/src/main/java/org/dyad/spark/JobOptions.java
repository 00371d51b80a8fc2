package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dyad.core.DocumentCoder;
import org.dyad.io.ReaderOptions;

/**
 * What a run is asked to do. Shipped to the executors with each task, so it holds only small values.
 *
 * @param input             Hadoop-compatible paths (file, directory or glob; hdfs://, s3a://, file:), comma-separated
 * @param output            directory that receives events/, documents/ and failed/
 * @param date              publication date for text and HTML files that carry none (the CLI's --date), or null
 * @param maxWords          documents longer than this are listed as failed, as in `dyad code`
 * @param maxSentenceTokens sentences longer than this are not coded, as in `dyad code`
 * @param splitsPerCore     input splits per core of the cluster: more than one evens out long and short stories
 * @param overwrite         replace an existing output directory instead of refusing
 */
public record JobOptions(String input, String output, LocalDate date, int maxWords, int maxSentenceTokens,
                         int splitsPerCore, boolean overwrite) implements Serializable {

    public static final int DEFAULT_SPLITS_PER_CORE = 8;

    public static JobOptions of(String input, String output) {
        return new JobOptions(input, output, null, ReaderOptions.DEFAULT_MAX_WORDS,
                DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_SPLITS_PER_CORE, false);
    }

    public JobOptions withSplitsPerCore(int n) {
        return new JobOptions(input, output, date, maxWords, maxSentenceTokens, n, overwrite);
    }

    public JobOptions withOverwrite(boolean o) {
        return new JobOptions(input, output, date, maxWords, maxSentenceTokens, splitsPerCore, o);
    }

    public JobOptions withDate(LocalDate d) {
        return new JobOptions(input, output, d, maxWords, maxSentenceTokens, splitsPerCore, overwrite);
    }

    public ReaderOptions readerOptions() {
        return new ReaderOptions(date, null, maxWords);
    }
}
