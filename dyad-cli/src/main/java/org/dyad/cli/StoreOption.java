package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.dyad.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every store command takes, and opening the store with a one-line error. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The event store, a DuckDB file (default: ${DEFAULT-VALUE} in the current folder).")
    Path db;

    /** For ingesting: created if missing. */
    EventStore openForWriting() {
        try {
            return EventStore.open(db);
        } catch (SQLException e) {
            throw new JobFailure("--db " + db + ": cannot open the event store: " + oneLine(e));
        }
    }

    /** For questions and exports: must exist; nothing can be changed through it. */
    EventStore openReadOnly() {
        try {
            return EventStore.openReadOnly(db);
        } catch (SQLException e) {
            throw new JobFailure("--db " + db + ": " + oneLine(e));
        }
    }

    /** What a command asks of the store: queries, and output written as it goes. */
    @FunctionalInterface
    interface Reading {
        void read(EventStore store) throws SQLException, IOException;
    }

    /**
     * Opens the store read-only, reads and closes it. A failed query is a {@link JobFailure} naming the store (exit
     * code 3); lost output is an {@link UncheckedIOException}, which the command line reports as such.
     */
    void read(Reading reading) {
        try (EventStore store = openReadOnly()) {
            reading.read(store);
        } catch (SQLException e) {
            throw new JobFailure("--db " + db + ": " + oneLine(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For a Parquet export: read-only, but DuckDB may write the --out file. */
    EventStore openForExport() {
        try {
            return EventStore.openForExport(db);
        } catch (SQLException e) {
            throw new JobFailure("--db " + db + ": " + oneLine(e));
        }
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
