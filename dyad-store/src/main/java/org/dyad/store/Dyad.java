package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A dyad: two actor code prefixes, either direction ({@code USA:RUS}) or one ({@code USA>RUS}: USA the source).
 * {@code *} on either side is any actor, or none: {@code USA:*} is every event USA takes part in, either side.
 * Codes are upper-cased here, once, for every caller.
 */
public record Dyad(String first, String second, boolean bothDirections) {
    /** The wildcard side: any actor, or none. */
    public static final String ANY = "*";

    /** A side: a CAMEO actor code or prefix ("RUS", "RUSGOV", "IGOWSTNAT"), or {@link #ANY}. */
    private static final Pattern SIDE = Pattern.compile("[A-Z0-9]{1,30}|\\*");

    public Dyad {
        first = side(first);
        second = side(second);
    }

    /**
     * Reads {@code A:B} (both directions) or {@code A>B} (A the source), any case.
     *
     * @throws IllegalArgumentException naming the text when it is not a dyad
     */
    public static Dyad parse(String spec) {
        String s = spec.strip().toUpperCase(Locale.ROOT);
        boolean both = s.contains(":");
        String[] parts = s.split(both ? ":" : ">", -1);
        if (parts.length != 2 || (!both && !s.contains(">")) || !SIDE.matcher(parts[0].strip()).matches()
                || !SIDE.matcher(parts[1].strip()).matches()) {
            throw new IllegalArgumentException("'" + clip(spec) + "' is not a dyad: write two actor codes, USA:RUS"
                    + " (both directions) or USA>RUS (USA the source), * for any actor (USA:*)");
        }
        return new Dyad(parts[0], parts[1], both);
    }

    private static String side(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!SIDE.matcher(c).matches()) throw new IllegalArgumentException("'" + clip(String.valueOf(code)) + "' is not an actor code");
        return c;
    }

    /**
     * The condition an event meets to belong to this dyad, over the events view's {@code source} and
     * {@code target}, with its parameters appended to {@code params}. Every question about a dyad (its series,
     * its events, its export) asks this one, so a bar and the list behind it count the same events.
     */
    String condition(List<Object> params) {
        String one = pair(first, second, params);
        if (!bothDirections) return one;
        return "(" + one + " OR " + pair(second, first, params) + ")";
    }

    @Override
    public String toString() {
        return first + (bothDirections ? ":" : ">") + second;
    }

    private static String pair(String source, String target, List<Object> params) {
        List<String> c = new ArrayList<>(2);
        if (!ANY.equals(source)) { c.add("starts_with(source, ?)"); params.add(source); }
        if (!ANY.equals(target)) { c.add("starts_with(target, ?)"); params.add(target); }
        return c.isEmpty() ? "TRUE" : "(" + String.join(" AND ", c) + ")";
    }

    /** Echoing a bad value helps; echoing a megabyte of it does not. */
    static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
