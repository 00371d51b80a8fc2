package org.dyad.cli;

import java.time.LocalDate;
import org.dyad.core.DocumentCoder;
import org.dyad.io.ReaderOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code dyad code} that decide how documents are read and coded, for commands that code as
 * {@code dyad code} does ({@code dyad evaluate}); same names, defaults and meaning, and the coder built by the
 * same {@link Pipelines#create}.
 */
final class CodingOptions {
    @Option(names = "--input", paramLabel = "FORMAT",
            description = "Force the input format: text, html, jsonl or xml. Default: by extension and content.")
    String input;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class,
            description = "Publication date of inputs that carry none (default: the file's modification date, with a warning).")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-words", paramLabel = "N", description = "Skip documents longer than N words (default: ${DEFAULT-VALUE}).")
    int maxWords = ReaderOptions.DEFAULT_MAX_WORDS;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", description = "Do not code sentences longer than N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens = DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS;

    @Option(names = "--parse-all", description = "Parse every sentence, not only those that can yield an event (slower).")
    boolean parseAll;

    @Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(names = "--quiet", description = "No progress lines (errors and warnings are still printed).")
    boolean quiet;

    /** The date given with {@code --date}, or null. */
    LocalDate date() {
        return date;
    }

    ReaderOptions readerOptions() {
        if (maxWords < 1) throw new UserException("--max-words must be at least 1, not " + maxWords);
        return new ReaderOptions(date(), OptionValues.inputFormat(input), maxWords);
    }

    /** Loads CoreNLP and the dictionaries: call once, after the command line has been checked. */
    DocumentCoder coder() {
        if (threads < 1) throw new UserException("--threads must be at least 1, not " + threads);
        if (maxSentenceTokens < 1) throw new UserException("--max-sentence-tokens must be at least 1, not " + maxSentenceTokens);
        return Pipelines.create(maxSentenceTokens, parseAll, dictionaryOptions);
    }
}
