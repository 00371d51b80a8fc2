package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.dyad.store.EventStore;
import org.dyad.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad sql "SELECT ..."}: any read-only question, against the documented views. */
@Command(name = "sql", mixinStandardHelpOptions = true)
final class SqlCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "e.g. \"SELECT cameo, count(*) FROM events GROUP BY 1\"")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv, tsv or jsonl.")
    String format;

    @Override
    public Integer call() {
        try (EventStore db = store.openReadOnly()) {
            new Queries(db).sql(query, QueryOutput.format(format), QueryOutput.stdout(out()));
        } catch (IllegalArgumentException e) {
            throw new UserException("sql: " + e.getMessage());
        } catch (SQLException e) {
            throw new JobFailure("sql: " + StoreOption.oneLine(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Main.OK;
    }
}
