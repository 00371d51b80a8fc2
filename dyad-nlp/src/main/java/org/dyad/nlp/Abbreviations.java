package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts back the periods of abbreviations that CoreNLP's tokenizer mistook for a sentence's end.
 *
 * <p>The tokenizer knows a fixed list of abbreviations ("Gen.", "Sen.", "Lt.", "Col.", "U.N.", "Jan."); after any
 * other word ending in a period and followed by a capital ("Sec. Blinken", "Vice-Adm. Cooper", "H.E. Mr. Vucic") it
 * reads the period as the end of the sentence: it splits the period off as a sentence-final "." token, and the sentence splitter
 * then cuts the sentence in two, so neither half codes. News titles and the word "No." are never a sentence's last
 * word before a name or a number, so here the added period is dropped and given back to its abbreviation.
 * Abbreviations that may end a sentence ("U.S.", "Jr.", "Inc.", a state such as "Calif.") are left alone.
 */
final class Abbreviations {

    private Abbreviations() {
    }

    /** Titles written before a name: those CoreNLP knows are listed too, so the list says what Dyad relies on. */
    private static final Set<String> TITLES = Set.of((
            "gen. gens. lt. col. maj. capt. cpt. sgt. cpl. pvt. adm. vice-adm. rear-adm. cmdr. cdr. brig. "
            + "amb. sen. sens. rep. reps. gov. govs. pres. sec. secs. dep. min. atty. supt. insp. det. "
            + "dr. mr. mrs. ms. messrs. prof. rev. hon. rt. fr. msgr. sr. h.e. h.h. h.m. h.r.h. cllr. "
            + "st. mt. ft."
    ).split(" "));

    /** Words that stand before a number: "No. 2", "Nos. 3 and 4", "Art. 5", "Jan. 23". */
    private static final Set<String> BEFORE_A_NUMBER = Set.of((
            "no. nos. art. arts. para. sec. vol. pp. p. "
            + "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec."
    ).split(" "));

    /**
     * Drops each sentence-final "." that the tokenizer added after a title or a word that comes before a number,
     * when a name or a number follows it, and widens the abbreviation's span over the period it gave away.
     *
     * <p>Every other sentence end the splitter found is kept (marked as a forced end), among them the blank lines
     * after a headline, which the tokens no longer show once split.
     *
     * @return whether any period was put back: the document must then be split again
     */
    static boolean mend(Annotation document) {
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        boolean any = false;
        for (int i = tokens.size() - 2; i >= 1; i--) {
            CoreLabel period = tokens.get(i);
            CoreLabel abbreviation = tokens.get(i - 1);
            CoreLabel next = tokens.get(i + 1);
            if (!period.word().equals(".") || abbreviation.endPosition() != period.beginPosition()) continue;
            // Either "Sec" then "." (a word it does not know) or "Sr." then "." (one it knows may end a sentence).
            String written = abbreviation.word().endsWith(".") ? abbreviation.word() : abbreviation.word() + ".";
            String w = written.toLowerCase(Locale.ROOT);
            String following = next.word();
            if (following.isEmpty()) continue;
            char first = following.charAt(0);
            boolean mended = TITLES.contains(w) && (Character.isUpperCase(first) || Character.isDigit(first))
                    || BEFORE_A_NUMBER.contains(w) && Character.isDigit(first);
            if (!mended) continue;
            abbreviation.setWord(written);
            abbreviation.setValue(written);
            abbreviation.setEndPosition(period.endPosition());
            abbreviation.set(CoreAnnotations.OriginalTextAnnotation.class, written);
            abbreviation.set(CoreAnnotations.AfterAnnotation.class, period.get(CoreAnnotations.AfterAnnotation.class));
            tokens.remove(i);
            period.remove(CoreAnnotations.ForcedSentenceEndAnnotation.class);
            period.set(CoreAnnotations.ForcedSentenceEndAnnotation.class, false);
            any = true;
        }
        any |= endAfterInitials(tokens);
        if (!any) return false;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            CoreLabel last = words.get(words.size() - 1);
            // A removed period's sentence ran on into the next one; every other end stays an end.
            if (!last.containsKey(CoreAnnotations.ForcedSentenceEndAnnotation.class)) {
                last.set(CoreAnnotations.ForcedSentenceEndAnnotation.class, true);
            }
        }
        return true;
    }

    /** Initials that may end a sentence: "U.S.", "U.N.", "U.K.", "E.U.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}");

    /** Capitalised words that open a sentence and never continue a name after "the U.S.". */
    private static final Set<String> OPENERS = Set.of(("Meanwhile Still Instead Separately Nevertheless Moreover "
            + "Furthermore Similarly Additionally Later Previously Yesterday Today Now Then Also Yet").split(" "));

    /**
     * The other way round: the tokenizer keeps "U.S." inside a sentence when a capital follows ("the U.S. Embassy"),
     * also where a new sentence starts ("... into the U.S. Sheinbaum sent troops", "... at the U.N. “We ..."). A
     * sentence is ended after the initials when what follows is an opening quote, a word that opens sentences,
     * or a surname the story has already used ("Claudia Sheinbaum"), which no institution's name continues.
     *
     * @return whether any sentence end was added
     */
    private static boolean endAfterInitials(List<CoreLabel> tokens) {
        Set<String> surnames = null;
        boolean any = false;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel initials = tokens.get(i);
            if (!INITIALS.matcher(initials.word()).matches() || !tokens.get(i - 1).word().equalsIgnoreCase("the")) continue;
            String next = tokens.get(i + 1).word();
            boolean quote = (next.equals("``") || next.equals("\"") || next.equals("“")) && i + 2 < tokens.size()
                    && capitalised(tokens.get(i + 2).word());
            if (!quote && !OPENERS.contains(next)) {
                if (!capitalised(next)) continue;
                if (surnames == null) surnames = surnames(tokens);
                if (!surnames.contains(next)) continue;
            }
            initials.set(CoreAnnotations.ForcedSentenceEndAnnotation.class, true);
            any = true;
        }
        return any;
    }

    /** The heads of institutions' names, which follow a capitalised word as surnames do: "European Commission". */
    private static final Set<String> INSTITUTIONS = Set.of(("Commission Council Committee Court Embassy Mission "
            + "Department Ministry Agency Office Army Navy Force Forces Command Congress Senate House Assembly "
            + "Parliament Security General Secretary Treasury Constitution Government Administration Program "
            + "Programme Fund Bank Organization Organisation Institute Union Party Service Guard Police Authority "
            + "Board Bureau Center Centre Corps Group Coalition Alliance Envoy Ambassador").split(" "));

    /** Last words of two-word names "Claudia Sheinbaum", "Alex Wong": capitalised, after a capitalised word. */
    private static Set<String> surnames(List<CoreLabel> tokens) {
        Set<String> out = new HashSet<>();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            String first = tokens.get(k - 1).word();
            String name = tokens.get(k).word();
            if (!capitalised(first) || first.contains(".") || !capitalised(name) || name.contains(".")
                    || INSTITUTIONS.contains(name)
                    || capitalised(tokens.get(k + 1).word())) continue;
            // "the British Embassy" is no person's name
            if (k >= 2 && tokens.get(k - 2).word().equalsIgnoreCase("the")) continue;
            if (first.equals(first.toUpperCase(Locale.ROOT)) || name.equals(name.toUpperCase(Locale.ROOT))) continue;
            out.add(name);
        }
        return out;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
