package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.Locale;
import org.dyad.store.EventStore;
import org.dyad.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad series --dyad USA:RUS}: how relations between two actors moved, period by period. */
@Command(name = "series", mixinStandardHelpOptions = true)
final class SeriesCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Option(names = "--dyad", required = true, paramLabel = "A:B|A>B", description = "The two actors, e.g. USA:RUS or USA>RUS.")
    String dyad;

    @Option(names = "--by", paramLabel = "PERIOD", description = "day, week (starting Monday) or month (default: ${DEFAULT-VALUE}).")
    String by = "month";

    @Option(names = "--modality", paramLabel = "M",
            description = "Events of this modality only: asserted (default), negated, planned, hypothetical, or all.")
    String modality = "asserted";

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv, tsv or jsonl.")
    String format;

    @Override
    public Integer call() {
        Queries.Dyad pair;
        try {
            pair = Queries.Dyad.parse(dyad);
        } catch (IllegalArgumentException e) {
            throw new UserException("--dyad: " + e.getMessage());
        }
        Queries.Period period;
        try {
            period = Queries.Period.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--by: '" + by + "' is not day, week or month");
        }
        String m = modality.equalsIgnoreCase("all") ? null : modality.toLowerCase(Locale.ROOT);
        Writer out = QueryOutput.stdout(out());
        try (EventStore db = store.openReadOnly()) {
            new Queries(db).series(pair, period, m, QueryOutput.format(format), out);
        } catch (SQLException e) {
            throw new JobFailure("--db " + store.db + ": " + StoreOption.oneLine(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Main.OK;
    }
}
