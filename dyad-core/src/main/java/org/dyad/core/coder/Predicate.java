package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.VerbPattern;

/**
 * A verb or event noun the coder will read an event off: the pattern it matched and the tokens that pattern ran
 * through.
 *
 * @param statement a verb of saying coded as a statement of its own (PETRARCH's convention), whose only target is
 *                  an actor in the phrase after it
 */
record Predicate(int token, VerbPattern pattern, List<Integer> path, boolean statement) {
    /** The predicate and the words its pattern ran through ("hold" and "talks"): where its own modifiers hang. */
    List<Integer> words() {
        List<Integer> out = new ArrayList<>(path.size() + 1);
        out.add(token);
        out.addAll(path);
        return out;
    }
}
