package org.dyad.io;

/**
 * Turns one input (a file or stdin) of one format into {@link org.dyad.core.model.Document}s.
 *
 * <p>Implementations report every problem to the sink, including an unreadable stream, and never let an exception
 * escape for bad input: one bad record must not cost the documents around it.
 */
public interface DocumentReader {

    void read(InputSpec in, DocumentSink sink);
}
