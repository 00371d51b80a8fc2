package org.dyad.io.run;

import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;

/**
 * One document through a run's per-document step: its result, or why it failed. {@link #code} is the coder's step,
 * the one of every coding run ({@link CodingRun}, and each record of the Spark job); {@link #apply} runs any other
 * step ({@code dyad geoparse}'s) the same way, so a bad document is handled alike everywhere.
 *
 * @param result  the step's result, or null when it failed
 * @param failure why the step failed, or null
 */
public record Coded<R>(Document document, R result, Exception failure) {

    /**
     * Runs the step on one document. Never throws for a bad document: a parser bug or a pathological sentence
     * (even a stack overflow) costs that document, reported in {@link #failure()}, and the caller goes on.
     */
    public static <R> Coded<R> apply(CodingRun.Step<R> step, Document document) {
        try {
            return new Coded<>(document, step.apply(document), null);
        } catch (RuntimeException | StackOverflowError e) {
            Exception failure = e instanceof Exception x ? x : new RuntimeException(e.toString());
            return new Coded<>(document, null, failure);
        }
    }

    /** Codes one document with the coder, as {@link #apply} runs any step. */
    public static Coded<DocumentCoder.Result> code(DocumentCoder coder, Document document) {
        return apply(coder::code, document);
    }

    /** The one-line message of a coding failure ("coding failed: ..."); null when the document was coded. */
    public String failureMessage() {
        return failureMessage("coding");
    }

    /** The one-line message of a failure of the named step ("geoparsing failed: ..."); null when it succeeded. */
    public String failureMessage(String step) {
        return failure == null ? null : step + " failed: " + failure;
    }
}
