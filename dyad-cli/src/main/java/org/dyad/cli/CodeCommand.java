package org.dyad.cli;

import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.io.DocumentSink;
import org.dyad.io.InputFormat;
import org.dyad.io.InputProblem;
import org.dyad.io.ReaderOptions;
import org.dyad.io.Readers;
import org.dyad.io.StopReading;
import org.dyad.io.output.EventWriter;
import org.dyad.io.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code FILES}: documents in, events out. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes documents into political events.",
                "Reads plain text, HTML, JSONL (id, date, text) and PETRARCH XML; '-' or no file reads stdin.",
                "Events go to stdout; progress, warnings and errors to stderr.",
                "Exit code: 0 all inputs coded, 1 some input failed (the rest was coded), 2 usage error."})
final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Input files; '-' or none reads stdin.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output: table, jsonl or tsv (Phoenix columns). Default: table on a terminal, jsonl otherwise.")
    String format;

    @Option(names = "--input", paramLabel = "FORMAT",
            description = "Force the input format: text, html, jsonl or xml. Default: by extension and content.")
    String input;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class,
            description = "Publication date of text and HTML inputs that carry none (default: the file's modification date, with a warning).")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-words", paramLabel = "N", description = "Skip documents longer than N words (default: ${DEFAULT-VALUE}).")
    int maxWords = ReaderOptions.DEFAULT_MAX_WORDS;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", description = "Do not code sentences longer than N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens = DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS;

    @Option(names = "--parse-all", description = "Parse every sentence, not only those that can yield an event (slower; for checking that the selection loses nothing).")
    boolean parseAll;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(names = "--quiet", description = "No progress lines (errors and warnings are still printed).")
    boolean quiet;

    @Override
    public Integer call() {
        if (threads < 1) throw new UserException("--threads must be at least 1, not " + threads);
        if (maxWords < 1) throw new UserException("--max-words must be at least 1, not " + maxWords);
        if (maxSentenceTokens < 1) throw new UserException("--max-sentence-tokens must be at least 1, not " + maxSentenceTokens);
        OutputFormat outputFormat = outputFormat();
        ReaderOptions options = new ReaderOptions(parseDate(), inputFormat(), maxWords);
        DocumentCoder coder = Pipelines.create(maxSentenceTokens, parseAll, dictionaryOptions);
        Progress progress = new Progress(!quiet);
        Writer stdout = Stdout.writer();
        try (EventWriter writer = outputFormat.open(stdout);
             ParallelCoder parallel = new ParallelCoder(coder, threads, outcome -> {
                 if (outcome.failure() != null) {
                     progress.failed++;
                     System.err.println(outcome.document().origin() + ": error: coding failed: " + outcome.failure());
                     return;
                 }
                 DocumentCoder.Result r = outcome.result();
                 r.warnings().forEach(w -> System.err.println(w.replaceFirst(": ", ": warning: ")));
                 try {
                     for (Event e : r.events()) writer.write(e);
                     writer.flush();
                 } catch (IOException e) {
                     // The output is gone (a full disk, a closed pipe): coding on would be lost work.
                     throw new StopReading(e);
                 }
                 progress.documentDone(r.sentences(), r.events().size());
             })) {
            new Readers(options).readAll(files, System.in, new DocumentSink() {
                @Override
                public void document(Document document) {
                    parallel.submit(document);
                }

                @Override
                public void problem(InputProblem problem) {
                    if (!problem.isWarning()) progress.failed++;
                    System.err.println(problem);
                }
            });
            parallel.finish();
        } catch (StopReading e) {
            throw new UncheckedIOException((IOException) e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!quiet) Progress.note("done: " + progress.summary());
        return progress.failed > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
    }

    private OutputFormat outputFormat() {
        return OptionValues.outputFormat(format);
    }

    private InputFormat inputFormat() {
        return OptionValues.inputFormat(input);
    }

    private LocalDate parseDate() {
        return date;
    }
}
