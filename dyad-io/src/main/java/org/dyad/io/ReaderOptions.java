package org.dyad.io;

import java.time.LocalDate;

/**
 * What the caller tells the readers.
 *
 * @param date     publication date for inputs that carry none of their own (the CLI's {@code --date}), or null
 * @param format   a forced format (the CLI's {@code --input}), or null to detect it per input
 * @param maxWords documents longer than this are skipped with a problem; guards the annotator against a
 *                 mis-split corpus or a whole book in one line
 */
public record ReaderOptions(LocalDate date, InputFormat format, int maxWords) {

    public static final int DEFAULT_MAX_WORDS = 100_000;

    public ReaderOptions {
        if (maxWords <= 0) throw new IllegalArgumentException("maxWords must be positive: " + maxWords);
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(null, null, DEFAULT_MAX_WORDS);
    }

    public ReaderOptions withDate(LocalDate date) { return new ReaderOptions(date, format, maxWords); }

    public ReaderOptions withFormat(InputFormat format) { return new ReaderOptions(date, format, maxWords); }

    public ReaderOptions withMaxWords(int maxWords) { return new ReaderOptions(date, format, maxWords); }
}
