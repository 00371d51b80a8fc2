package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Timex;
import org.dyad.core.model.Token;

/**
 * Builds a parsed sentence by hand, one token a line in a CoNLL-U-like shape:
 * {@code ID WORD LEMMA XPOS HEAD DEPREL [EXTRA]}, IDs from 1, HEAD 0 for the root, EXTRA an optional
 * comma-separated list of enhanced arcs {@code head:relation} (e.g. {@code 4:nsubj:xsubj}).
 */
final class HandParse {
    private HandParse() {}

    static AnnotatedSentence parse(String conll, Timex... timexes) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : conll.strip().split("\n")) {
            String[] c = line.strip().split("\\s+");
            int id = Integer.parseInt(c[0]) - 1;
            if (text.length() > 0) text.append(' ');
            int begin = text.length();
            text.append(c[1]);
            tokens.add(new Token(id, c[1], c[2], c[3], "O", begin, text.length()));
            deps.add(new Dependency(Integer.parseInt(c[4]) - 1, c[5], id));
            if (c.length > 6) {
                for (String extra : c[6].split(",")) {
                    int colon = extra.indexOf(':');
                    deps.add(new Dependency(Integer.parseInt(extra.substring(0, colon)) - 1, extra.substring(colon + 1), id));
                }
            }
        }
        return new AnnotatedSentence(0, text.toString(), 0, text.length(), tokens, deps, List.of(timexes));
    }
}
