package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.dyad.io.output.EventWriter;
import org.dyad.io.output.OutputFormat;
import org.dyad.store.EventFilter;
import org.dyad.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: stored events matching a filter, with the sentence each comes from. */
@Command(name = "events", mixinStandardHelpOptions = true)
final class EventsCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, jsonl (the 'dyad code' contract) or tsv. Default: table on a terminal, jsonl otherwise.")
    String format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = OptionValues.outputFormat(format);
        EventFilter filter = filters.filter(null);
        Writer out = QueryOutput.stdout(out());
        store.read(db -> {
            try (EventWriter writer = outputFormat.open(out)) {
                new Queries(db).events(filter, limit, e -> {
                    try {
                        writer.write(e.event());
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
                writer.flush();
            }
        });
        return Main.OK;
    }
}
