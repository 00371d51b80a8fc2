package org.dyad.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The syntax of a PETRARCH pattern line ({@code - * FOR_ASYLUM [174K]}): words, synsets ({@code &TIETYPES}),
 * markers ({@code * $ + ^ %}), phrases and parenthesised groups, with {@code _} gluing an item to the next.
 */
final class PatternSyntax {
    private PatternSyntax() {}

    sealed interface Item permits Word, Syn, Marker, Phrase, Group {}

    /**
     * A word; {@code glued} when {@code _} joins it to the next item, which must then follow it directly;
     * {@code member} when it stands for a synset's members, whose plurals PETRARCH makes ("+DOLLAR": "dollars"),
     * where a pattern's own word is matched as written.
     */
    record Word(String text, boolean glued, boolean member) implements Item {
        Word(String text) {
            this(text, false);
        }

        Word(String text, boolean glued) {
            this(text, glued, false);
        }

        /** Matched as written, not by lemma. */
        boolean asWritten() {
            return !member;
        }
    }

    record Syn(String name, boolean glued) implements Item {
        Syn(String name) {
            this(name, false);
        }
    }

    /** {@code *}, {@code $}, {@code +}, {@code ^}, {@code %}; {@code glued} as for {@link Word} ({@code *_ON}). */
    record Marker(char c, boolean glued) implements Item {
        Marker(char c) {
            this(c, false);
        }
    }

    /** {@code {A B}}: a noun phrase, head last. */
    record Phrase(List<Item> words) implements Item {}

    /** {@code (PREP ...)}. */
    record Group(List<Item> items) implements Item {}

    /** Splits a pattern body into tokens; synset names are resolved here (NEW_&TIETYPES_RELATIONS). */
    static List<Object> lex(String body, Synsets synsets) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '_') {
                glueLast(out);
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if ("*$+%^(){}".indexOf(c) >= 0) {
                out.add(c);
                i++;
            } else if (c == '&') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_'
                        || body.charAt(j) == '-' || body.charAt(j) == '\'')) j++;
                String raw = body.substring(i + 1, j).toUpperCase(Locale.ROOT);
                String name = Synsets.name(raw);
                String rest = "";
                while (synsets != null && !synsets.has(name) && name.contains("_")) {
                    int cut = name.lastIndexOf('_');
                    rest = name.substring(cut + 1) + (rest.isEmpty() ? "" : "_" + rest);
                    name = Synsets.name(name.substring(0, cut));
                }
                if (synsets != null && !synsets.has(name)) throw new Unmappable("undefined synset &" + Synsets.name(raw));
                // NEW_&TIETYPES_RELATIONS: the words cut off the name were joined to it by _.
                out.add(new Syn(name, !rest.isEmpty()));
                String[] restWords = rest.isEmpty() ? new String[0] : rest.split("_");
                for (int k = 0; k < restWords.length; k++) {
                    if (!restWords[k].isEmpty()) out.add(new Word(restWords[k], k < restWords.length - 1));
                }
                i = j;
            } else if (Character.isLetterOrDigit(c) || c == '\'' || c == '.' || c == '-') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '\''
                        || body.charAt(j) == '.' || body.charAt(j) == '-' || body.charAt(j) == '/')) j++;
                out.add(new Word(body.substring(i, j).toUpperCase(Locale.ROOT)));
                i = j;
            } else {
                throw new Unmappable("unexpected character '" + c + "' in pattern");
            }
        }
        return out;
    }

    /** Marks the last token as joined by {@code _} to the next one. */
    private static void glueLast(List<Object> out) {
        if (out.isEmpty()) return;
        Object last = out.get(out.size() - 1);
        if (last instanceof Word w) out.set(out.size() - 1, new Word(w.text(), true));
        else if (last instanceof Syn sy) out.set(out.size() - 1, new Syn(sy.name(), true));
        else if (last instanceof Character c && "*$+%^".indexOf(c) >= 0) out.set(out.size() - 1, new Marker(c, true));
    }

    /** Nests the tokens: {@code (...)} into Groups, {@code {...}} into Phrases; {@code *} stays a Marker. */
    static List<Item> parse(List<Object> tokens) {
        int[] pos = {0};
        List<Item> items = parseUntil(tokens, pos, (char) 0);
        long verbs = items.stream().filter(it -> it instanceof Marker mk && mk.c() == '*').count();
        if (verbs == 0) throw new Unmappable("pattern without * (the verb)");
        if (verbs > 1) throw new Unmappable("pattern with more than one *");
        return items;
    }

    private static List<Item> parseUntil(List<Object> tokens, int[] pos, char close) {
        List<Item> out = new ArrayList<>();
        while (pos[0] < tokens.size()) {
            Object t = tokens.get(pos[0]++);
            if (t instanceof Character c) {
                if (c == close) return out;
                switch (c) {
                    case '(' -> out.add(new Group(parseUntil(tokens, pos, ')')));
                    case '{' -> {
                        List<Item> inner = parseUntil(tokens, pos, '}');
                        for (Item it : inner) {
                            if (!(it instanceof Word) && !(it instanceof Syn)) {
                                throw new Unmappable("marker or group inside {...}");
                            }
                        }
                        if (inner.isEmpty()) throw new Unmappable("empty {}");
                        // {FOR DONATIONS} is written where (FOR DONATIONS) is meant.
                        boolean prepositional = inner.get(0) instanceof Word w
                                && PatternMapper.isPreposition(w.text()) && inner.size() > 1;
                        out.add(prepositional ? new Group(inner) : new Phrase(inner));
                    }
                    case ')', '}' -> throw new Unmappable("unbalanced " + c);
                    default -> out.add(new Marker(c));
                }
            } else {
                out.add((Item) t);
            }
        }
        if (close != 0) throw new Unmappable("unbalanced, missing " + close);
        return out;
    }
}
