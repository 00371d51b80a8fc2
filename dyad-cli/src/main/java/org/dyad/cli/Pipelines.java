package org.dyad.cli;

import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.nlp.CoreNlpAnnotator;

/** Builds the coding pipeline once per process: CoreNLP models and dictionaries are loaded here and shared. */
final class Pipelines {
    private Pipelines() {}

    static DocumentCoder create(int maxSentenceTokens, boolean parseAll) {
        return create(maxSentenceTokens, parseAll, new DictionaryOptions());
    }

    static DocumentCoder create(int maxSentenceTokens, boolean parseAll, DictionaryOptions dictionaries) {
        Codebook codebook;
        try {
            codebook = dictionaries.apply(Codebook.builtIn());
        } catch (DictionaryFormatException e) {
            throw new UserException("dictionary: " + e.getMessage());
        }
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        Progress.note(String.format("loaded CoreNLP and %,d actor phrases, %,d verb patterns in %.1f s",
                codebook.actors().size(), codebook.verbs().size(), (System.nanoTime() - t0) / 1e9));
        return new DocumentCoder(annotator, codebook, maxSentenceTokens, parseAll);
    }
}
