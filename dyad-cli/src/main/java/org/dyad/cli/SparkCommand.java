package org.dyad.cli;

import java.time.LocalDate;
import org.dyad.core.DocumentCoder;
import org.dyad.io.ReaderOptions;
import org.dyad.spark.JobOptions;
import org.dyad.spark.LocalSpark;
import org.dyad.spark.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad spark INPUT OUTPUT}: the Spark job in local mode, on this machine's cores. */
@Command(name = "spark", mixinStandardHelpOptions = true)
final class SparkCommand extends DyadCommand {
    @Parameters(index = "0", paramLabel = "INPUT", description = "Input path(s).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Output directory (must not exist, unless --overwrite).")
    String output;

    @Option(names = "--master", paramLabel = "local[N]", description = "Spark master (default: local[*], all cores).")
    String master = "local[*]";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class,
            description = "Publication date of text and HTML inputs that carry none (default: the file's modification date).")
    LocalDate date;

    @Option(names = "--max-words", paramLabel = "N", description = "Documents longer than N words fail (default: ${DEFAULT-VALUE}).")
    int maxWords = ReaderOptions.DEFAULT_MAX_WORDS;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", description = "Do not code sentences longer than N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens = DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS;

    @Option(names = "--splits-per-core", paramLabel = "N", description = "Input splits per core; more even out long and short stories (default: ${DEFAULT-VALUE}).")
    int splitsPerCore = JobOptions.DEFAULT_SPLITS_PER_CORE;

    /** Applied in this JVM, where local[N] runs every task, so the events are those of `dyad code` with them. */
    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(names = "--overwrite", description = "Replace OUTPUT if it exists.")
    boolean overwrite;

    @Override
    public Integer call() {
        if (!master.startsWith("local")) {
            throw new UserException("--master: only local[N] here; for a cluster use spark-submit (docs/SPARK.md)");
        }
        if (maxWords < 1 || maxSentenceTokens < 1 || splitsPerCore < 1) {
            throw new UserException("--max-words, --max-sentence-tokens and --splits-per-core must be at least 1");
        }
        String why = LocalSpark.whyNot();
        if (why != null) throw new UserException(why);
        JobOptions options = new JobOptions(input, output, parseDate(), maxWords, maxSentenceTokens, splitsPerCore, overwrite);
        Progress.note(err(), "coding on Spark " + master + " (loading CoreNLP takes about 20 s)");
        org.dyad.spark.Pipeline.use(Pipelines.codebook(dictionaryOptions, err()));
        RunSummary summary;
        try {
            summary = LocalSpark.run(master, options);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Progress.note(err(), "done: " + summary);
        Progress.note(err(), "tables in " + output + ": events/, documents/, failed/");
        return summary.failed() > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
    }

    private LocalDate parseDate() {
        return date;
    }
}
