package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dyad.store.Rows;

/** stdout for query results, and the {@code --format table|csv|jsonl} choice shared by series, actors and sql. */
final class QueryOutput {
    private QueryOutput() {}

    static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    }

    static Rows.Format format(String name) {
        if (name == null) return Rows.Format.TABLE;
        return Rows.Format.fromName(name).orElseThrow(() ->
                new UserException("--format: unknown format '" + name + "' (use table, csv, tsv or jsonl)"));
    }
}
