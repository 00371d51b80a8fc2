package org.dyad.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs write them, and the fallback when an input gives none. */
final class DocumentDates {

    private DocumentDates() { }

    /** How the warning for an input without a date begins. */
    static final String NO_DATE = "no date given (use --date)";

    // "2025-03-14", "2025-03-14 20:30:26Z", "2025-03-14T20:30:26.5+02:00": the date is the calendar date as
    // written, not converted to UTC, since that is the day the newsroom meant.
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    // PETRARCH and Phoenix write YYYYMMDD.
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** The date in an ISO date or timestamp, or a compact YYYYMMDD; empty if it is neither or no such day. */
    static Optional<LocalDate> parse(String value) {
        if (value == null) return Optional.empty();
        String v = value.trim();
        Matcher m = ISO.matcher(v);
        if (!m.matches()) m = COMPACT.matcher(v);
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The date for a document that carries none: the caller's date silently, else the file's date or today's
     * with a warning, because relative dates in the text ("on Monday") will be resolved against a guess.
     */
    static LocalDate fallback(LocalDate callerDate, InputSpec in, String origin, DocumentSink sink) {
        if (callerDate != null) return callerDate;
        if (in.fileDate() != null) {
            sink.problem(InputProblem.warning(origin,
                    NO_DATE + ": using the file's modification date " + in.fileDate()));
            return in.fileDate();
        }
        LocalDate today = LocalDate.now();
        sink.problem(InputProblem.warning(origin, NO_DATE + ": using today's date " + today));
        return today;
    }
}
