package org.dyad.cli;

import java.io.Writer;
import org.dyad.core.model.Modality;
import org.dyad.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad series --dyad USA:RUS}: how relations between two actors moved, period by period. */
@Command(name = "series", mixinStandardHelpOptions = true)
final class SeriesCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--by", paramLabel = "PERIOD", converter = PeriodName.class,
            description = "day, week (starting Monday) or month (default: ${DEFAULT-VALUE}).")
    Queries.Period by = Queries.Period.MONTH;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv, tsv or jsonl.")
    String format;

    @Override
    public Integer call() {
        Writer out = QueryOutput.stdout(out());
        // A denied attack is not conflict: only what the text asserts, unless asked.
        store.read(db -> new Queries(db).series(filters.filter(Modality.ASSERTED.label()), by, QueryOutput.format(format), out));
        return Main.OK;
    }

    static final class PeriodName implements picocli.CommandLine.ITypeConverter<Queries.Period> {
        @Override
        public Queries.Period convert(String value) {
            return Queries.Period.fromName(value).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("'" + value + "' is not day, week or month"));
        }
    }
}
