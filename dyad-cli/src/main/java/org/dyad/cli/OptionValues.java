package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dyad.core.model.Modality;
import org.dyad.io.InputFormat;
import org.dyad.io.output.OutputFormat;

/** Option values every command reads the same way, with the same one-line message for a mistake. */
final class OptionValues {
    private OptionValues() {}

    /** An ISO date, or null when the option was not given. */
    static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserException(option + ": '" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }

    /** A forced input format, or null to detect it per input. */
    static InputFormat inputFormat(String value) {
        if (value == null) return null;
        return InputFormat.fromName(value.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UserException("--input: unknown input format '" + value + "' (use text, html, jsonl or xml)"));
    }

    /** An event output format; without one, a table for a person at a terminal and JSONL for a pipe. */
    static OutputFormat outputFormat(String value) {
        String f = value != null ? value : System.console() != null ? "table" : "jsonl";
        return OutputFormat.fromName(f).orElseThrow(() ->
                new UserException("--format: unknown output format '" + f + "' (use table, jsonl or tsv)"));
    }

    /** A modality filter as stored (lower case), or null when the option was not given. */
    static String modality(String value) {
        if (value == null) return null;
        for (Modality m : Modality.values()) if (m.label().equalsIgnoreCase(value)) return m.label();
        throw new UserException("--modality: '" + value + "' is not asserted, negated, planned or hypothetical");
    }
}
