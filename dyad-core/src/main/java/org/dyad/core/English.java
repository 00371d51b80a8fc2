package org.dyad.core;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text reads as English, judged by its function words. English news prose has "the", "of", "and",
 * "to", "was" ... in about one word of four, other languages almost none of them (words they share with English,
 * such as "a", "in", "on", "die", are left out of the list). A short English item written headline-style can have
 * few too, so a text is called foreign only when it also shows another language: the function words of the
 * common Latin-script languages, or mostly letters of another script (Cyrillic, Arabic, Chinese ...). Dyad's
 * dictionaries and parser are English only, so such a text gets a warning instead of silently no events.
 */
public final class English {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "is", "was", "for", "that",
            "with", "by", "said", "has", "have", "are", "were", "it", "from", "this", "at", "be", "will", "not", "an",
            "its", "their", "which", "who", "would", "been", "had", "they", "he", "she", "his", "her", "after", "but");

    /** Spanish, Portuguese, French, Italian, German and Dutch function words that English does not use. */
    private static final Set<String> FOREIGN_WORDS = Set.of("de", "la", "el", "los", "las", "que", "y", "en", "del",
            "por", "con", "una", "para", "es", "le", "les", "des", "et", "du", "est", "une", "pour", "dans", "qui",
            "der", "das", "und", "den", "ist", "nicht", "mit", "sich", "von", "zu", "il", "di", "che", "non", "per",
            "della", "het", "een", "van", "om", "não", "com", "uma", "os", "au", "aux", "sur", "ont", "dem", "auf");

    /** Shorter texts are not judged: a headline or a name list may hold no function word at all. */
    static final int MIN_WORDS = 20;

    private English() {}

    /**
     * False only for a text of at least {@link #MIN_WORDS} words with hardly any English function words (under
     * 4 %) that shows another language: its function words in 8 % of the words, or mostly non-Latin letters.
     */
    public static boolean looksEnglish(String text) {
        int words = 0;
        int english = 0;
        int foreign = 0;
        for (String w : text.split("[^\\p{L}']+")) {
            if (w.isEmpty()) continue;
            words++;
            String lower = w.toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(lower)) english++;
            if (FOREIGN_WORDS.contains(lower)) foreign++;
        }
        if (words < MIN_WORDS || english >= 0.04 * words) return true;
        return foreign < 0.08 * words && !mostlyOtherScript(text);
    }

    private static boolean mostlyOtherScript(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
        }
        return letters > 0 && latin * 2 < letters;
    }
}
