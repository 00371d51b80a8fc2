package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export --format F}: the store's events in a format other tools load. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "phoenix-tsv, gdelt-csv, plover-jsonl, parquet or csv.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (required for parquet; default stdout).")
    Path out;

    @Option(names = "--one-a-day", description = "One event per date, source, target and CAMEO code (the first stored).")
    boolean oneADay;

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() {
        Exporter.Format f = Exporter.Format.fromName(format).orElseThrow(() -> new UserException(
                "--format: unknown export format '" + format + "' (use phoenix-tsv, gdelt-csv, plover-jsonl, parquet or csv)"));
        if (f.needsFile() && out == null) throw new UserException("--format parquet needs --out FILE");
        EventFilter filter = filters.filter(null);
        long n;
        try (EventStore db = f.needsFile() ? store.openForExport() : store.openReadOnly()) {
            Exporter exporter = new Exporter(db);
            if (f.needsFile()) {
                n = exporter.writeParquet(filter, oneADay, out);
            } else if (out == null) {
                n = exporter.write(f, filter, oneADay, QueryOutput.stdout(out()));
            } else {
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    n = exporter.write(f, filter, oneADay, w);
                }
            }
        } catch (SQLException e) {
            throw new JobFailure("export: " + StoreOption.oneLine(e));
        } catch (IOException e) {
            if (out == null) throw new UncheckedIOException(e);  // stdout: Main reports it
            throw new JobFailure("export: cannot write " + out + ": " + e.getMessage());
        }
        Progress.note(err(), String.format("exported %,d events as %s%s", n, f.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                out == null ? "" : " to " + out));
        return Main.OK;
    }
}
