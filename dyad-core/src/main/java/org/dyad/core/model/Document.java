package org.dyad.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news story as a reader found it: the unit Dyad codes in isolation.
 *
 * @param id       stable identifier: the JSONL {@code id}, the XML {@code id}, or the file name without extension
 * @param date     publication date; relative dates in the text ("on Monday") are resolved against it
 * @param text     the article body, page furniture already removed
 * @param title    headline, or null
 * @param url      where it came from, or null
 * @param source   publisher or feed name, or null
 * @param origin   where the reader found it ("file.jsonl:12"), for error messages
 */
public record Document(String id, LocalDate date, String text, String title, String url, String source, String origin) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (origin == null) origin = id;
    }

    public static Document of(String id, LocalDate date, String text) {
        return new Document(id, date, text, null, null, null, id);
    }

    /** Number of whitespace-separated words of the text: what {@code --max-words} limits and the store records. */
    public int words() {
        return words(text);
    }

    /** Number of whitespace-separated words. */
    public static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }
}
