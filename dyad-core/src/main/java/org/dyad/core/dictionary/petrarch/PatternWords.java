package org.dyad.core.dictionary.petrarch;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English word classes that decide where a word of a PETRARCH pattern hangs from the verb: a preposition starts an
 * oblique, a particle belongs to the verb, an auxiliary or short adverb sits before it. PETRARCH's patterns are
 * upper-case words, so these are too.
 */
final class PatternWords {
    private PatternWords() {}

    static final Set<String> PARTICLES = Set.of("UP", "DOWN", "OFF", "OUT", "AWAY", "BACK", "FORWARD", "ASIDE",
            "APART", "TOGETHER", "FORTH");
    /** Words that are particles at the end of a multi-word verb ("give in") and prepositions elsewhere. */
    static final Set<String> AMBIGUOUS = Set.of("IN", "ON", "OVER", "THROUGH", "BY", "AROUND", "ABOUT", "BEHIND");
    static final Set<String> PREPOSITIONS = Set.of("ABOUT", "ABOVE", "ACROSS", "AFTER", "AGAINST", "ALONG", "AMID",
            "AMONG", "AROUND", "AS", "AT", "BEFORE", "BEHIND", "BETWEEN", "BEYOND", "BY", "DESPITE", "DURING", "FOR",
            "FROM", "IN", "INSIDE", "INTO", "NEAR", "OF", "ON", "ONTO", "OUTSIDE", "OVER", "PAST", "SINCE", "THROUGH",
            "TO", "TOWARD", "TOWARDS", "UNDER", "UNTIL", "UPON", "VIA", "WITH", "WITHIN", "WITHOUT", "OFF");
    static final Map<String, String> TWO_WORD_PREPOSITIONS = Map.of("OUT OF", "out_of", "BECAUSE OF",
            "because_of", "INSTEAD OF", "instead_of", "AHEAD OF", "ahead_of", "AWAY FROM", "away_from",
            "ACCORDING TO", "according_to", "DUE TO", "due_to", "PRIOR TO", "prior_to", "UP TO", "up_to");
    static final Set<String> DETERMINERS = Set.of("A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "THIS",
            "THESE", "THOSE", "OUR");
    static final Map<String, String> AUXILIARIES = Map.ofEntries(Map.entry("WILL", "will"),
            Map.entry("WO", "will"), Map.entry("WOULD", "would"), Map.entry("SHALL", "shall"),
            Map.entry("SHOULD", "should"), Map.entry("MAY", "may"), Map.entry("MIGHT", "might"),
            Map.entry("CAN", "can"), Map.entry("CA", "can"), Map.entry("COULD", "could"), Map.entry("MUST", "must"),
            Map.entry("HAS", "have"), Map.entry("HAVE", "have"), Map.entry("HAD", "have"), Map.entry("IS", "be"),
            Map.entry("ARE", "be"), Map.entry("WAS", "be"), Map.entry("WERE", "be"), Map.entry("BE", "be"),
            Map.entry("BEEN", "be"), Map.entry("AM", "be"), Map.entry("DID", "do"), Map.entry("DO", "do"),
            Map.entry("DOES", "do"));
    static final Set<String> POSSESSIVES = Set.of("ITS", "THEIR", "HIS", "HER", "OUR");
    /** Short adverbs that sit between the subject and the verb ("will not ever clash", "has now agreed"). */
    static final Set<String> ADVERBS = Set.of("EVER", "EVEN", "NOW", "ALSO", "STILL", "AGAIN", "JUST",
            "SOON", "YET", "ALREADY", "MOST", "VERY", "OFTEN");
    /**
     * Irregular past forms of verbs that take a clause or a "to" complement, and are no nouns: "BEGUN *" under
     * QUESTION is "has begun to question", not a subject named "begun".
     */
    static final Set<String> IRREGULAR_PAST = Set.of("BEGAN", "BEGUN", "SOUGHT", "THOUGHT", "FELT",
            "CHOSE", "CHOSEN", "SWORE", "SWORN", "FORGOT", "FORGOTTEN", "UNDERTOOK", "UNDERTAKEN", "STROVE",
            "STRIVEN", "HELD", "KEPT", "MEANT", "TOOK", "TAKEN", "WENT", "GONE");
    static final Set<String> UNPLACEABLE = Set.of("THAT", "WHETHER", "IF", "AND", "OR", "SAID", "SAY",
            "SAYS", "TOLD", "BUT", "NOR", "NEITHER");

    /** An adverb that may stand before the verb: a word in -LY, or one of {@link #ADVERBS}. */
    static boolean isAdverb(String t) {
        return t.length() > 4 && t.endsWith("LY") || ADVERBS.contains(t);
    }

    /** The word as the sentence would spell it: lower case, without the trailing {@code _} that marks no plural. */
    static String written(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith("_")) w = w.substring(0, w.length() - 1);
        return w;
    }

    /** The word in lower case and, for a plural, its singular: the lemmatizer gives one or the other. */
    static Set<String> forms(String word) {
        String w = written(word);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() > 4 && w.endsWith("ies")) out.add(w.substring(0, w.length() - 3) + "y");
        else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches")
                || w.endsWith("xes") || w.endsWith("zes"))) out.add(w.substring(0, w.length() - 2));
        else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }
}
