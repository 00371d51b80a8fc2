package org.dyad.io;

import java.util.Locale;

/**
 * Something wrong with an input that did not stop the run: a skipped record (an error) or a guess the reader had
 * to make (a warning, e.g. "no --date given, using the file date").
 *
 * @param origin   where: "file", "file:line" or "file#record-id"
 * @param message  one line saying what is wrong, naming the field where there is one
 * @param severity whether a document was lost (ERROR) or only a guess was made (WARNING)
 */
public record InputProblem(String origin, String message, Severity severity) {

    public enum Severity {
        WARNING, ERROR;

        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    public static InputProblem error(String origin, String message) {
        return new InputProblem(origin, message, Severity.ERROR);
    }

    public static InputProblem warning(String origin, String message) {
        return new InputProblem(origin, message, Severity.WARNING);
    }

    public boolean isWarning() { return severity == Severity.WARNING; }

    /** Compiler style, one line: {@code news.jsonl:2: error: missing field "text"}. */
    @Override
    public String toString() {
        return origin + ": " + severity.label() + ": " + message;
    }
}
