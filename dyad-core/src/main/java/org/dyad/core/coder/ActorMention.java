package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.model.Actor;

/**
 * A span of a sentence that names a coded actor.
 *
 * @param begin first token (inclusive)
 * @param end   last token (exclusive)
 * @param code  the full CAMEO actor code on the document's date ("RUSGOV", "UKR", "IGOWSTNAT")
 * @param text  the words as written
 * @param place true when the mention is a country or capital name, which may also be where an event happens
 * @param kind  what the mention names: a person, a country, an organisation, or a country's role (AGENT); null when
 *              not known. Coreference ({@link Coreference}) uses it to find what "he" or "the country" stands for.
 */
public record ActorMention(int begin, int end, String code, String text, boolean place, ActorEntry.Kind kind) {
    public ActorMention(int begin, int end, String code, String text, boolean place) {
        this(begin, end, code, text, place, null);
    }

    public boolean covers(int token) {
        return token >= begin && token < end;
    }

    public Actor actor() {
        return new Actor(code, text);
    }

    /**
     * The actors the mention names: one, or one per code when its phrase names several at once ("The Shire" coded
     * {@code FRO/BIL/SAM}: each is a party of the event).
     */
    public List<Actor> actors() {
        if (!code.contains(ActorEntry.SEVERAL)) return List.of(actor());
        List<Actor> out = new ArrayList<>();
        for (String c : code.split(Pattern.quote(ActorEntry.SEVERAL))) out.add(new Actor(c, text));
        return out;
    }
}
