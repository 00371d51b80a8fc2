package org.dyad.io.run;

/**
 * Thrown by an {@link EventSink} that cannot take one document (the store refused it): the run reports it on one
 * line, counts it as failed and goes on with the next.
 */
public final class DocumentFailure extends RuntimeException {
    public DocumentFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
