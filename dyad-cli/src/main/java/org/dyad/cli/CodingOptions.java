package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.DocumentCoder;
import org.dyad.io.ReaderOptions;
import org.dyad.io.Readers;
import org.dyad.io.run.CodingRun;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that decide how documents are read and coded, shared by every command that codes a corpus
 * ({@code code}, {@code ingest}, {@code evaluate}, {@code bench}): same names, defaults and meaning, the coder
 * built by the same {@link Pipelines#create}, and the same {@link CodingRun}.
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

    /** How inputs are read; checks the values first (a usage error names the option). */
    ReaderOptions readerOptions() {
        check();
        return new ReaderOptions(date(), OptionValues.inputFormat(input), maxWords);
    }

    /** The inputs as {@code dyad code} reads them: files, '-' or none for stdin. */
    CodingRun.Source source(List<String> files) {
        Readers readers = new Readers(readerOptions());
        return sink -> readers.readAll(files, System.in, sink);
    }

    /** Loads CoreNLP and the dictionaries (noted on err): call once, after the command line has been checked. */
    DocumentCoder coder(PrintWriter err) {
        check();
        return Pipelines.create(maxSentenceTokens, parseAll, dictionaryOptions, err);
    }

    /** The run of {@code dyad code} with these options: CoreNLP loaded, progress lines unless {@code --quiet}. */
    CodingRun run(PrintWriter err) {
        return run(coder(err), new Progress(err, !quiet), err);
    }

    /** A run over a coder built otherwise ({@code ingest}'s, which finds names on the way). */
    CodingRun run(DocumentCoder coder, CodingRun.Progress progress, PrintWriter err) {
        check();
        return new CodingRun(coder, threads, err, progress);
    }

    /** The closing line of a run, unless {@code --quiet}. */
    void done(CodingRun run, PrintWriter err) {
        if (!quiet) Progress.note(err, "done: " + run.tally().summary());
    }

    private void check() {
        if (threads < 1) throw new UserException("--threads must be at least 1, not " + threads);
        if (maxWords < 1) throw new UserException("--max-words must be at least 1, not " + maxWords);
        if (maxSentenceTokens < 1) throw new UserException("--max-sentence-tokens must be at least 1, not " + maxSentenceTokens);
    }
}
