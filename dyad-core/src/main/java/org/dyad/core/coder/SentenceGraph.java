package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Token;

/**
 * Indexed view of one parsed sentence: children and parents of each token, looked up in constant time, over the arcs
 * as {@link ParseMends} leaves them.
 */
final class SentenceGraph {
    final AnnotatedSentence sentence;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    SentenceGraph(AnnotatedSentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n);
        parents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
            parents.add(new ArrayList<>(1));
        }
        for (Dependency d : ParseMends.arcs(sentence)) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d);
            parents.get(d.dependent()).add(d);
        }
    }

    int size() { return children.size(); }

    Token token(int i) { return sentence.tokens().get(i); }

    String lemma(int i) { return token(i).lowerLemma(); }

    List<Dependency> children(int i) { return children.get(i); }

    List<Dependency> parents(int i) { return parents.get(i); }

    /**
     * The governor along the basic tree: the first parent arc that is not one the enhanced graph added
     * (xsubj, relative-clause links), or -1 at the root.
     */
    int head(int i) {
        int fallback = -1;
        for (Dependency d : parents.get(i)) {
            String r = d.relation();
            if (r.endsWith(":xsubj") || r.equals("ref")) continue;
            if (d.governor() < 0) return -1;
            if (r.startsWith("conj")) { if (fallback < 0) fallback = d.governor(); continue; }
            return d.governor();
        }
        return fallback;
    }

    /** The relation by which {@code i} hangs from its {@link #head}, or "root". */
    String headRelation(int i) {
        int h = head(i);
        for (Dependency d : parents.get(i)) if (d.governor() == h) return d.relation();
        return "root";
    }

    boolean hasChild(int i, String relationPrefix, java.util.Set<String> lemmas) {
        for (Dependency d : children.get(i)) {
            if (d.relation().startsWith(relationPrefix) && lemmas.contains(lemma(d.dependent()))) return true;
        }
        return false;
    }

    /** Whether token {@code i} has a dependent by exactly {@code relation}. */
    boolean hasRelation(int i, String relation) {
        for (Dependency d : children.get(i)) if (d.relation().equals(relation)) return true;
        return false;
    }

    /** Depth from the root, for ordering predicates outermost first. */
    int depth(int i) {
        int depth = 0;
        int cur = i;
        while (cur >= 0 && depth < size()) {
            cur = head(cur);
            depth++;
        }
        return depth;
    }
}
