package org.dyad.cli;

import java.io.Writer;
import org.dyad.store.Queries;
import org.dyad.store.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad actors}: who acts most, and which names the dictionaries miss. */
@Command(name = "actors", mixinStandardHelpOptions = true)
final class ActorsCommand extends DyadCommand {
    @Mixin
    StoreOption store;

    @Option(names = "--limit", paramLabel = "N", description = "Rows per list (default: ${DEFAULT-VALUE}).")
    int limit = 25;

    @Option(names = "--min-documents", paramLabel = "N",
            description = "Candidates must be named in at least N documents (default: ${DEFAULT-VALUE}).")
    int minDocuments = 2;

    @Option(names = "--candidates-only", description = "Only the dictionary candidates.")
    boolean candidatesOnly;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv, tsv or jsonl.")
    String format;

    @Override
    public Integer call() {
        if (limit < 1) throw new UserException("--limit must be at least 1");
        Rows.Format f = QueryOutput.format(format);
        Writer out = QueryOutput.stdout(out());
        store.read(db -> {
            Queries q = new Queries(db);
            if (!candidatesOnly) {
                if (f == Rows.Format.TABLE) out.write("Actors by events\n");
                q.actors(limit, f, out);
                if (f == Rows.Format.TABLE) out.write("\n");
            }
            if (f == Rows.Format.TABLE) out.write("Uncoded names (dictionary candidates)\n");
            if (!candidatesOnly && f != Rows.Format.TABLE) {
                Progress.note(err(), "the second list (dictionary candidates) follows the actors; use --candidates-only for it alone");
            }
            q.candidates(limit, minDocuments, f, out);
            out.flush();
        });
        return Main.OK;
    }
}
