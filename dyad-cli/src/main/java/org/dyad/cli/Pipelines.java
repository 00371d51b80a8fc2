package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.annotate.Annotator;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.nlp.CoreNlpAnnotator;

/**
 * The one place a command builds its coding pipeline from its options: the codebook from the dictionary options
 * ({@link #codebook}), and the coder over an annotator ({@link #coder}). {@code code}, {@code ingest},
 * {@code explain}, {@code evaluate}, {@code bench} and {@code serve}'s paste box all come through here, so the
 * same {@link DictionaryOptions} give the same events in each. CoreNLP models and dictionaries are loaded once
 * per process and shared.
 */
final class Pipelines {
    private Pipelines() {}

    /** The built-in codebook with the user's dictionaries, conventions and event model applied; noted on err. */
    static Codebook codebook(DictionaryOptions dictionaries, PrintWriter err) {
        try {
            return dictionaries.apply(Codebook.builtIn(), err);
        } catch (DictionaryFormatException e) {
            throw new UserException("dictionary: " + e.getMessage());
        }
    }

    /** The coder over the given annotator (a wrapper of CoreNLP in {@code ingest}, which finds names on the way). */
    static DocumentCoder coder(Annotator annotator, Codebook codebook, int maxSentenceTokens, boolean parseAll) {
        if (maxSentenceTokens < 1) throw new UserException("--max-sentence-tokens must be at least 1, not " + maxSentenceTokens);
        return new DocumentCoder(annotator, codebook, maxSentenceTokens, parseAll);
    }

    /**
     * Loads CoreNLP: the annotator every coding command uses.
     *
     * @param notes where the load is noted, or null for no note
     */
    static CoreNlpAnnotator annotator(Codebook codebook, PrintWriter notes) {
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        if (notes != null) Progress.note(notes, String.format("loaded CoreNLP and %,d actor phrases, %,d verb patterns in %.1f s",
                codebook.actors().size(), codebook.verbs().size(), (System.nanoTime() - t0) / 1e9));
        return annotator;
    }

    /** Codebook, CoreNLP and coder, as {@code dyad code} builds them from its options; noted on err. */
    static DocumentCoder create(int maxSentenceTokens, boolean parseAll, DictionaryOptions dictionaries, PrintWriter err) {
        Codebook codebook = codebook(dictionaries, err);
        return coder(annotator(codebook, err), codebook, maxSentenceTokens, parseAll);
    }
}
