package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dyad.core.model.Modality;
import org.dyad.io.InputFormat;
import org.dyad.io.output.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values every command reads the same way, with the same one-line message for a mistake. */
final class OptionValues {
    private OptionValues() {}

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

    /*
     * Typed converters: picocli runs them while it reads the command line, so a bad value is a usage error
     * (exit code 2) whose message names the option, before anything is loaded.
     */

    /** An ISO date (YYYY-MM-DD). */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
            }
        }
    }

    /** A modality as stored (lower case). */
    static final class ModalityName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            for (Modality m : Modality.values()) if (m.label().equalsIgnoreCase(value)) return m.label();
            throw new TypeConversionException("'" + value + "' is not asserted, negated, planned or hypothetical");
        }
    }

    /** A CAMEO code or code prefix: two to four digits ("19", "1312"). */
    static final class CameoCode implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("[0-9]{2,4}")) {
                throw new TypeConversionException("'" + value + "' is not a CAMEO code (two to four digits, e.g. 19 or 1312)");
            }
            return value;
        }
    }
}
