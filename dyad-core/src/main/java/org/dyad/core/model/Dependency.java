package org.dyad.core.model;

/**
 * A typed Universal Dependencies arc between two tokens of one sentence.
 *
 * @param governor   0-based index of the head token, or -1 for the root
 * @param relation   UD relation with its subtype, e.g. {@code nsubj}, {@code obl:on}, {@code nmod:poss}
 * @param dependent  0-based index of the dependent token
 */
public record Dependency(int governor, String relation, int dependent) {
    /** The relation without its subtype: {@code obl:on} → {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
