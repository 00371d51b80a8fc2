package org.dyad.io;

/**
 * Thrown by a {@link DocumentSink} that can take no more documents (its output is gone: a full disk, a closed
 * pipe): every reader lets it through at once instead of reporting it as one bad input and going on.
 */
public final class StopReading extends RuntimeException {
    public StopReading(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
