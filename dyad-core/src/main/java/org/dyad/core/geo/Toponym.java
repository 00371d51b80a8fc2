package org.dyad.core.geo;

import java.util.List;

/**
 * A place name found in a document and the place Dyad chose for it.
 *
 * @param start       character offset of the name in the document text, exactly as given
 * @param end         character offset (exclusive)
 * @param name        the text at [start, end)
 * @param place       the chosen place, or null when the name is a place the gazetteer does not hold
 * @param sentence    index of the sentence it stands in
 * @param tokenBegin  first token of the name in that sentence
 * @param tokenEnd    token after the name
 * @param adjective   true for an adjective or demonym standing for its country ("Georgian police")
 * @param dateline    true when the name is the story's dateline
 * @param why         how the place was chosen, for {@code dyad explain}
 * @param candidates  the places the name may stand for, best first (at most a few)
 */
public record Toponym(int start, int end, String name, GeoPlace place, int sentence, int tokenBegin, int tokenEnd,
                      boolean adjective, boolean dateline, String why, List<GeoPlace> candidates) {
    public Toponym {
        candidates = List.copyOf(candidates);
    }
}
