package org.dyad.cli;

import java.time.LocalDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import org.dyad.io.output.EventWriter;
import org.dyad.io.output.OutputFormat;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: stored events matching a filter, with the sentence each comes from. */
@Command(name = "events", mixinStandardHelpOptions = true)
final class EventsCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class, description = "First event date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class, description = "Last event date (inclusive).")
    LocalDate to;

    @Option(names = "--source", paramLabel = "CODE", description = "Source actor code (prefix), e.g. RUS or USAGOV.")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "Target actor code (prefix).")
    String target;

    @Option(names = "--cameo", paramLabel = "CODE", converter = OptionValues.CameoCode.class, description = "CAMEO code (prefix), e.g. 19 or 1312.")
    String cameo;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type, e.g. THREATEN.")
    String plover;

    @Option(names = "--modality", paramLabel = "M", converter = OptionValues.ModalityName.class, description = "asserted, negated, planned or hypothetical.")
    String modality;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words the sentence contains (any case).")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, jsonl (the 'dyad code' contract) or tsv. Default: table on a terminal, jsonl otherwise.")
    String format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = OptionValues.outputFormat(format);
        EventFilter filter = new EventFilter(from, to, source, target, cameo, plover,
                modality, text);
        Writer out = QueryOutput.stdout(out());
        try (EventStore db = store.openReadOnly(); EventWriter writer = outputFormat.open(out)) {
            new Queries(db).events(filter, limit, e -> {
                try {
                    writer.write(e.event());
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            writer.flush();
        } catch (SQLException e) {
            throw new JobFailure("--db " + store.db + ": " + StoreOption.oneLine(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Main.OK;
    }
}
