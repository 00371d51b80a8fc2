package org.dyad.io;

import org.dyad.core.model.Document;

/**
 * Receives what a reader finds, as it finds it: documents one at a time (a corpus of millions of lines is never
 * held whole) and the problems met on the way. A reader never throws for bad input; it reports here and goes on.
 */
public interface DocumentSink {

    void document(Document document);

    void problem(InputProblem problem);
}
