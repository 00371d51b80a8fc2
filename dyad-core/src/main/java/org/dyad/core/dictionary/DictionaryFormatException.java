package org.dyad.core.dictionary;

/** A dictionary line Dyad cannot read; the message names the file, the line and the column. */
public final class DictionaryFormatException extends RuntimeException {
    /** For an entry whose origin ("verbs.tsv:120") is already known. */
    public DictionaryFormatException(String origin, String column, String problem) {
        super(origin + " [" + column + "]: " + problem);
    }

    public DictionaryFormatException(String file, int line, String column, String problem) {
        super(file + ":" + line + (column == null ? "" : " [" + column + "]") + ": " + problem);
    }
}
