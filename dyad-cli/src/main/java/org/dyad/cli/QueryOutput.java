package org.dyad.cli;

import java.io.Writer;
import org.dyad.store.Rows;

/** stdout for query results, and the {@code --format table|csv|jsonl} choice shared by series, actors and sql. */
final class QueryOutput {
    private QueryOutput() {}

    /** Results to the command's out; a lost write throws ({@link Stdout}). */
    static Writer stdout(java.io.PrintWriter out) {
        return Stdout.writer(out);
    }

    static Rows.Format format(String name) {
        if (name == null) return Rows.Format.TABLE;
        return Rows.Format.fromName(name).orElseThrow(() ->
                new UserException("--format: unknown format '" + name + "' (use table, csv, tsv or jsonl)"));
    }
}
