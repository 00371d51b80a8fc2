package org.dyad.core.coder;

import org.dyad.core.model.Actor;

/**
 * A span of a sentence that names a coded actor.
 *
 * @param begin first token (inclusive)
 * @param end   last token (exclusive)
 * @param code  the full CAMEO actor code on the document's date ("RUSGOV", "UKR", "IGOWSTNAT")
 * @param text  the words as written
 * @param place true when the mention is a country or capital name, which may also be where an event happens
 */
public record ActorMention(int begin, int end, String code, String text, boolean place) {
    public boolean covers(int token) {
        return token >= begin && token < end;
    }

    public Actor actor() {
        return new Actor(code, text);
    }
}
