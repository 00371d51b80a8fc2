package org.dyad.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases that mark a sentence or a whole story as not political news (sports, weather, history pieces), read
 * from a PETRARCH discard file. Immutable.
 */
public final class DiscardList {
    /** Whether a matching phrase drops only its sentence or the whole story ({@code +} in the file). */
    public enum Scope { SENTENCE, STORY }

    /** One phrase, as lower-case words, and what it discards. */
    public record Discard(List<String> words, Scope scope, String origin) {
        public Discard {
            words = List.copyOf(words);
        }
    }

    private final List<Discard> discards;
    private final Map<String, List<Discard>> byFirstWord = new HashMap<>();

    public DiscardList(List<Discard> discards) {
        this.discards = List.copyOf(discards);
        for (Discard d : this.discards) byFirstWord.computeIfAbsent(d.words().get(0), k -> new ArrayList<>()).add(d);
    }

    public static DiscardList empty() {
        return new DiscardList(List.of());
    }

    public List<Discard> discards() {
        return discards;
    }

    public int size() {
        return discards.size();
    }

    /** True when any phrase, of either scope, occurs as consecutive words in {@code lowerWords}. */
    public boolean discards(List<String> lowerWords) {
        return firstMatch(lowerWords).isPresent();
    }

    /** The first discard phrase found in the words (lower case, one token each), scanning left to right. */
    public Optional<Discard> firstMatch(List<String> lowerWords) {
        for (int i = 0; i < lowerWords.size(); i++) {
            List<Discard> candidates = byFirstWord.get(lowerWords.get(i).toLowerCase(Locale.ROOT));
            if (candidates == null) continue;
            for (Discard d : candidates) if (matchesAt(d.words(), lowerWords, i)) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** True when a story-level ({@code +}) phrase occurs: the coder should skip the whole story. */
    public boolean discardsStory(List<String> lowerWords) {
        for (int i = 0; i < lowerWords.size(); i++) {
            List<Discard> candidates = byFirstWord.get(lowerWords.get(i).toLowerCase(Locale.ROOT));
            if (candidates == null) continue;
            for (Discard d : candidates) {
                if (d.scope() == Scope.STORY && matchesAt(d.words(), lowerWords, i)) return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> phrase, List<String> words, int at) {
        if (at + phrase.size() > words.size()) return false;
        for (int k = 0; k < phrase.size(); k++) {
            if (!phrase.get(k).equals(words.get(at + k).toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
