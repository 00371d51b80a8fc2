package org.dyad.io.eval;

/** A gold file that cannot be read; the message is one line naming the file and, where known, line and record. */
public final class GoldFormatException extends Exception {
    public GoldFormatException(String message) {
        super(message);
    }
}
