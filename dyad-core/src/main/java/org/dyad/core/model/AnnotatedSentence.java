package org.dyad.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence with its linguistic annotation. The coder reads only this type, so it can be fed CoreNLP output,
 * CoNLL-U, or sentences built by hand in a test.
 *
 * @param index        0-based index of the sentence in its document
 * @param text         the sentence text as it stands in the document
 * @param begin        character offset of the sentence in the document text
 * @param end          character offset (exclusive)
 * @param tokens       tokens in order
 * @param dependencies UD dependency arcs; empty when the sentence was not parsed (it could yield no event)
 * @param timexes      temporal expressions, normalised against the document date
 */
public record AnnotatedSentence(int index, String text, int begin, int end, List<Token> tokens,
                                List<Dependency> dependencies, List<Timex> timexes) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        timexes = List.copyOf(timexes);
    }

    public boolean isParsed() { return !dependencies.isEmpty(); }

    public Token token(int i) { return tokens.get(i); }

    /** Arcs whose governor is {@code head}. */
    public List<Dependency> children(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == head) out.add(d);
        return out;
    }

    /** Arcs whose dependent is {@code token} (more than one in an enhanced graph). */
    public List<Dependency> parents(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.dependent() == token) out.add(d);
        return Collections.unmodifiableList(out);
    }

    /** Index of the root token, or -1. */
    public int root() {
        for (Dependency d : dependencies) if (d.governor() == -1) return d.dependent();
        return -1;
    }
}
