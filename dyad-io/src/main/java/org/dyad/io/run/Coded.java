package org.dyad.io.run;

import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;

/**
 * One document through the coder: its result, or why it failed. {@link #code} is the per-document step of every
 * run ({@link CodingRun}, and each record of the Spark job), so a bad document is handled alike everywhere.
 *
 * @param result  the coder's result, or null when coding failed
 * @param failure why coding failed, or null
 */
public record Coded(Document document, DocumentCoder.Result result, Exception failure) {

    /**
     * Codes one document. Never throws for a bad document: a parser bug or a pathological sentence (even a
     * stack overflow) costs that document, reported in {@link #failure()}, and the caller goes on.
     */
    public static Coded code(DocumentCoder coder, Document document) {
        try {
            return new Coded(document, coder.code(document), null);
        } catch (RuntimeException | StackOverflowError e) {
            Exception failure = e instanceof Exception x ? x : new RuntimeException(e.toString());
            return new Coded(document, null, failure);
        }
    }

    /** The one-line message of a failure ("coding failed: ..."); null when the document was coded. */
    public String failureMessage() {
        return failure == null ? null : "coding failed: " + failure;
    }
}
