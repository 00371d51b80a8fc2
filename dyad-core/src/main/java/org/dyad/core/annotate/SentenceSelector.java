package org.dyad.core.annotate;

import java.util.List;
import org.dyad.core.model.Token;

/** Decides from tokens, lemmas and POS alone whether a sentence can yield an event and so deserves a parse. */
@FunctionalInterface
public interface SentenceSelector {
    boolean needsParse(List<Token> tokens);

    SentenceSelector ALL = tokens -> true;
}
