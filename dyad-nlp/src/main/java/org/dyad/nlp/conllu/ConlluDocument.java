package org.dyad.nlp.conllu;

import java.util.List;
import org.dyad.core.model.AnnotatedSentence;

/**
 * Pre-parsed sentences read from CoNLL-U, with the document text they were laid out in: sentences one to a
 * line, a blank line where CoNLL-U says {@code # newpar} or {@code # newdoc}. Every sentence's and token's
 * offsets point into {@link #text()}, just as CoreNLP's point into a document's text.
 */
public record ConlluDocument(String text, List<AnnotatedSentence> sentences) {
    public ConlluDocument {
        sentences = List.copyOf(sentences);
    }
}
