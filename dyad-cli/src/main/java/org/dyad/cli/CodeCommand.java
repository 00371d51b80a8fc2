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
import picocli.CommandLine.Mixin;
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

    /** The reading and coding options, shared with {@code dyad evaluate} so both code alike. */
    @Mixin
    CodingOptions coding = new CodingOptions();

    @Override
    public Integer call() {
        OutputFormat outputFormat = outputFormat();
        ReaderOptions options = coding.readerOptions();
        DocumentCoder coder = coding.coder();
        Progress progress = new Progress(!coding.quiet);
        Writer stdout = Stdout.writer();
        try (EventWriter writer = outputFormat.open(stdout);
             ParallelCoder parallel = new ParallelCoder(coder, coding.threads, outcome -> {
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
        if (!coding.quiet) Progress.note("done: " + progress.summary());
        return progress.failed > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
    }

    private OutputFormat outputFormat() {
        return OptionValues.outputFormat(format);
    }
}
