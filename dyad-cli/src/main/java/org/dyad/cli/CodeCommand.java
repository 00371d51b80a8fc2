package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.dyad.core.model.Event;
import org.dyad.io.output.EventWriter;
import org.dyad.io.output.OutputFormat;
import org.dyad.io.run.CodingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad code FILES}: documents in, events out. */
@Command(name = "code", mixinStandardHelpOptions = true)
final class CodeCommand extends DyadCommand {
    @Mixin
    InputFiles files = new InputFiles();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output: table, jsonl or tsv (Phoenix columns). Default: table on a terminal, jsonl otherwise.")
    String format;

    /** The reading and coding options, shared with the other commands that code. */
    @Mixin
    CodingOptions coding = new CodingOptions();

    @Override
    public Integer call() {
        OutputFormat outputFormat = OptionValues.outputFormat(format);
        PrintWriter err = err();
        CodingRun.Source source = coding.source(files.files);
        CodingRun run = coding.run(err);
        try (EventWriter writer = outputFormat.open(Stdout.writer(out()))) {
            run.run(source, (document, result) -> {
                for (Event e : result.events()) writer.write(e);
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        coding.done(run, err);
        return run.exitStatus();
    }
}
