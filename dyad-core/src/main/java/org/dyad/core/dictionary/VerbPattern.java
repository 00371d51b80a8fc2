package org.dyad.core.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of the verb dictionary: a predicate lemma, the dependency context it must have, and the CAMEO codes it
 * gives.
 *
 * @param lemma       the predicate's lemma, lower case
 * @param noun        true for an event noun ("talks", "assault"), false for a verb
 * @param conditions  paths from the predicate that must all exist; empty for the bare predicate
 * @param code        CAMEO code of the act, or {@link #NO_EVENT} for a reading that is no act ("poses a threat")
 * @param plannedCode CAMEO code when the act is only planned or intended, or null to keep {@code code}
 * @param origin      "verbs.tsv:120", for error messages and explanations
 * @param reverseCode CAMEO code of a second event from target back to source, or null: PETRARCH's paired codes
 *                    ("X arrived in Y" is [032:033]: X visits Y, Y hosts X)
 * @param forms       word forms as written, lower case, that name this predicate whatever the parser makes their
 *                    lemma; empty when only the lemma names it. PETRARCH's verb lines are words, not lemmas: its
 *                    "--- LEFT [032:033]" is the word "left" and nothing else, while "--- LEAVE [012]" is "leave",
 *                    "leaves", "leaving". A token whose surface form is one of these is given this pattern before
 *                    the patterns of its lemma, so "left" codes 032:033, not LEAVE's 012 (see
 *                    {@link VerbDictionary#verbPatterns(String, String)})
 */
public record VerbPattern(String lemma, boolean noun, List<Path> conditions, String code, String plannedCode,
                          String origin, String reverseCode, Set<String> forms) {
    public VerbPattern {
        conditions = List.copyOf(conditions);
        forms = Set.copyOf(forms);
    }

    /**
     * The code of a reading that is no event: "Iran poses a threat to Israel" is a judgement, not a threat, and
     * "occupied a gray area" occupies no territory. The coder matches such a pattern like any other, so its words
     * are consumed, and codes nothing.
     */
    public static final String NO_EVENT = "---";

    /** Whether this reading is no event ({@link #NO_EVENT}). */
    public boolean noEvent() {
        return NO_EVENT.equals(code);
    }

    /** A pattern named by its lemma only. */
    public VerbPattern(String lemma, boolean noun, List<Path> conditions, String code, String plannedCode,
                       String origin, String reverseCode) {
        this(lemma, noun, conditions, code, plannedCode, origin, reverseCode, Set.of());
    }

    /**
     * This pattern with its words matched by lemma as well, so that a word written in the singular also names
     * its plural ("CLAIM": "claims"); null when no step is {@link Step#asWritten() as written}.
     */
    public VerbPattern byLemma() {
        boolean any = false;
        List<Path> paths = new ArrayList<>();
        for (Path path : conditions) {
            List<Step> steps = new ArrayList<>();
            for (Step s : path.steps()) {
                any |= s.asWritten();
                steps.add(new Step(s.relation(), s.lemmas()));
            }
            paths.add(new Path(steps, path.source()));
        }
        return any ? new VerbPattern(lemma, noun, paths, code, plannedCode, origin, reverseCode, forms) : null;
    }

    /** A pattern with one event only, as Dyad's own verb dictionary writes them. */
    public VerbPattern(String lemma, boolean noun, List<Path> conditions, String code, String plannedCode,
                       String origin) {
        this(lemma, noun, conditions, code, plannedCode, origin, null);
    }

    /**
     * A chain of dependency steps from the predicate, e.g. {@code xcomp=impose>obj=sanction}.
     *
     * @param source true when the word the path ends on names the event's source, and the predicate's subject is
     *               then its target: PETRARCH's "- + * FROM $ [066]" under FREE, where "X was freed from Y" is Y
     *               releasing X. At most one path of a pattern is a source path
     */
    public record Path(List<Step> steps, boolean source) {
        public Path {
            steps = List.copyOf(steps);
        }

        /** A path that only constrains the match. */
        public Path(List<Step> steps) {
            this(steps, false);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (Step s : steps) {
                if (b.length() > 0) b.append('>');
                b.append(s);
            }
            if (source) b.append(" (source)");
            return b.toString();
        }
    }

    /**
     * One step: a relation (without subtype it matches every subtype) to a dependent whose lemma is one of
     * {@code lemmas}; an empty set means any word. The two word-order relations {@link #PREVIOUS_WORD} and
     * {@link #NEXT_WORD} step instead to the word just before or just after in the sentence, dependency or not:
     * PETRARCH's {@code _} joins words that must stand side by side ("NEW_&amp;TIETYPES_RELATIONS" is
     * {@code obj=relations>previous=economic>previous=new}, which "new global economic relations" does not match).
     * {@link #GOVERNOR} steps up to the verb the clause hangs from.
     * <p>
     * With {@code asWritten} the set holds words as written, matched against the token's own word and not its
     * lemma: PETRARCH matches a pattern's words literally (only its verb is inflected), so its
     * {@code - * EFFORT [987]} under ABANDON does not match "abandoned efforts". Dyad's own patterns name lemmas.
     */
    public record Step(String relation, Set<String> lemmas, boolean asWritten) {
        /** The word just before the step's starting token in the sentence. */
        public static final String PREVIOUS_WORD = "previous";
        /** The word just after the step's starting token in the sentence. */
        public static final String NEXT_WORD = "next";
        /**
         * Up, not down: the verb whose complement clause (ccomp, xcomp) the step's starting token heads. PETRARCH's
         * "INDICATED *" under DEPLORE is {@code governor=indicated}: "indicated it deplored Libya".
         */
        public static final String GOVERNOR = "governor";
        /**
         * A {@link #GOVERNOR} step that also says who acts on whom: the governing verb's subject is the source and
         * the predicate's own subject the target. PETRARCH's "NOTED + *" under REGRET: in "Gondor noted that Mordor
         * regretted ...", Gondor acts on Mordor.
         */
        public static final String GOVERNOR_SOURCE = "governor:source";

        public Step {
            lemmas = Set.copyOf(lemmas);
        }

        /** True for a step up to the governing verb, whatever it says of the roles. */
        public boolean upToGovernor() {
            return relation.equals(GOVERNOR) || relation.equals(GOVERNOR_SOURCE);
        }

        /** A step whose words are lemmas. */
        public Step(String relation, Set<String> lemmas) {
            this(relation, lemmas, false);
        }

        /** -1 or +1 for a word-order step, 0 for a dependency. */
        public int wordOffset() {
            return relation.equals(PREVIOUS_WORD) ? -1 : relation.equals(NEXT_WORD) ? 1 : 0;
        }

        public boolean matchesRelation(String rel) {
            if (rel.equals(relation)) return true;
            return relation.indexOf(':') < 0 && rel.startsWith(relation) && rel.length() > relation.length()
                    && rel.charAt(relation.length()) == ':';
        }

        public boolean matchesLemma(String lemma) {
            return lemmas.isEmpty() || lemmas.contains(lemma);
        }

        /** Whether a token with this lemma and (lower-case) word is one the step names. */
        public boolean matches(String lemma, String word) {
            return matchesLemma(word) || !asWritten && matchesLemma(lemma);
        }

        @Override
        public String toString() {
            return relation + "=" + (lemmas.isEmpty() ? "*" : String.join("|", lemmas));
        }
    }
}
