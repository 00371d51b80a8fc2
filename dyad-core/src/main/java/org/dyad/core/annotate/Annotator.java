package org.dyad.core.annotate;

import java.util.List;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Document;

/**
 * Turns a document into annotated sentences. Implementations (CoreNLP, a CoNLL-U reader, a test fake) live
 * outside the coder so that the coder never sees an NLP library's types.
 *
 * <p>Annotation is two-tier for speed: every sentence gets tokens, lemmas and POS; only sentences the
 * {@link SentenceSelector} accepts get the expensive dependency parse and temporal expressions.
 * Implementations must be safe to call from several threads at once.
 */
public interface Annotator {
    List<AnnotatedSentence> annotate(Document document, SentenceSelector selector);
}
