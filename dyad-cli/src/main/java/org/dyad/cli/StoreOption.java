package org.dyad.cli;

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
