package org.dyad.nlp.conllu;

/** A CoNLL-U line that cannot be read; the message starts with its 1-based line number. */
public final class ConlluFormatException extends IllegalArgumentException {
    private final int line;

    public ConlluFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** 1-based number of the offending line. */
    public int line() {
        return line;
    }
}
