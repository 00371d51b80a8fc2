package org.dyad.io.run;

import java.io.IOException;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;

/**
 * Where a {@link CodingRun} delivers: the event writers of {@code dyad code}, the event store of {@code dyad ingest},
 * the scorer of {@code dyad evaluate}, a counter in {@code dyad bench}, JSON for the server's paste box. Every call
 * comes on the thread that runs the run, in input order, so a sink needs no locking.
 */
public interface EventSink {

    /**
     * Before a document is coded: whether to code it. A sink that deals with it otherwise (ingest: stored by an
     * earlier run) returns false, and the run counts it as done without coding it.
     *
     * @throws DocumentFailure this document cannot be taken; reported as a failure, the run goes on
     */
    default boolean admit(Document document) {
        return true;
    }

    /**
     * A coded document, with its events. The run has already printed the coder's warnings.
     *
     * @throws DocumentFailure this document could not be taken (the store refused it); reported as a failure
     * @throws IOException     the output is lost (a full disk, a closed pipe): the run stops at once
     */
    void coded(Document document, DocumentCoder.Result result) throws IOException;

    /**
     * Something failed after its one line was printed: an input the readers could not read (document null), a
     * document the coder failed on, or one this sink refused.
     */
    default void failed(Failure failure) {}

    /**
     * A failure, as reported on its line {@code origin: error: message}.
     *
     * @param document the document, or null when a whole input or record could not be read
     * @param cause    what the coder or the sink threw, or null for a reading problem
     */
    record Failure(String origin, Document document, String message, Exception cause) {}
}
