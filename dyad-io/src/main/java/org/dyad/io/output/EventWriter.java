package org.dyad.io.output;

import java.io.Closeable;
import java.io.IOException;
import org.dyad.core.model.Event;

/**
 * Where coded events go. Writers never drop provenance: every format carries the document id and sentence index.
 * {@link #close()} flushes and closes the underlying writer.
 */
public interface EventWriter extends Closeable {

    void write(Event event) throws IOException;

    /** Pushes buffered output through, e.g. after each document so a long run shows progress. */
    void flush() throws IOException;
}
