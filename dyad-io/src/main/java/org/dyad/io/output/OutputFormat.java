package org.dyad.io.output;

import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/** The event output formats of {@code dyad code --format}. */
public enum OutputFormat {
    /** One JSON object per event: the output contract in DESIGN.md. */
    JSONL,
    /** Phoenix-style tab-separated columns, no header. */
    TSV,
    /** An aligned table for reading in a terminal. */
    TABLE;

    public EventWriter open(Writer out) {
        return switch (this) {
            case JSONL -> new JsonlEventWriter(out);
            case TSV -> new TsvEventWriter(out, false);
            case TABLE -> new TableEventWriter(out);
        };
    }

    public static Optional<OutputFormat> fromName(String name) {
        if (name == null) return Optional.empty();
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "jsonl", "json", "ndjson" -> Optional.of(JSONL);
            case "tsv", "phoenix" -> Optional.of(TSV);
            case "table", "text" -> Optional.of(TABLE);
            default -> Optional.empty();
        };
    }
}
