package org.dyad.core.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.ActorEntry.Tenure;

/**
 * Every phrase that names an actor: countries, organisations, role words and people. Immutable and safe to share
 * between threads.
 *
 * <p>Phrases are indexed in a compact form (lower case, spaces and hyphens removed) so that the matcher does not
 * depend on how the tokenizer split "al-Qaeda" or "U.S.-led".
 */
public final class ActorDictionary {
    static final String DICT = "/org/dyad/core/dict/";

    private final List<ActorEntry> entries;
    private final Map<String, List<ActorEntry>> byCompactForm;
    private final int longestPhraseTokens;
    private final int size;

    private ActorDictionary(Collection<ActorEntry> entries) {
        Map<String, List<ActorEntry>> index = new HashMap<>();
        int longest = 1;
        for (ActorEntry e : entries) {
            index.computeIfAbsent(compact(e.phrase()), k -> new ArrayList<>(1)).add(e);
            longest = Math.max(longest, e.phrase().split("[\\s-]+").length + 2);
        }
        this.entries = List.copyOf(entries);
        this.byCompactForm = index;
        this.longestPhraseTokens = longest;
        this.size = entries.size();
    }

    public static ActorDictionary of(Collection<ActorEntry> entries) {
        return new ActorDictionary(entries);
    }

    /** The dictionaries that ship with Dyad. */
    public static ActorDictionary builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final ActorDictionary BUILT_IN = loadBuiltIn();
    }

    private static ActorDictionary loadBuiltIn() {
        List<ActorEntry> entries = new ArrayList<>();
        for (TsvLines.Row row : TsvLines.readResource(DICT + "countries.tsv", 2)) {
            String code = countryCode(row, 0);
            for (String p : row.phrases(1)) entries.add(entry(p, Kind.COUNTRY, code, List.of()));
            for (String p : row.phrases(2)) entries.add(entry(p, Kind.COUNTRY, code, List.of()));
            for (String p : row.phrases(3)) entries.add(entry(p, Kind.METONYM, code + "GOV", List.of()));
        }
        for (TsvLines.Row row : TsvLines.readResource(DICT + "organisations.tsv", 2)) {
            String code = code(row, 0);
            for (String p : row.phrases(1)) entries.add(entry(p, Kind.ORGANISATION, code, List.of()));
        }
        for (TsvLines.Row row : TsvLines.readResource(DICT + "agents.tsv", 2)) {
            String role = code(row, 0);
            for (String p : row.phrases(1)) entries.add(entry(p, Kind.AGENT, role, List.of()));
        }
        entries.addAll(people(TsvLines.readResource(DICT + "people.tsv", 4)));
        for (TsvLines.Row row : TsvLines.readResource(DICT + "not-actors.tsv", 1)) {
            for (String p : row.phrases(0)) entries.add(entry(p, Kind.NOT_AN_ACTOR, null, List.of()));
        }
        return new ActorDictionary(entries);
    }

    /** People may span several lines, one per office; their tenures are gathered under each of their names. */
    private static List<ActorEntry> people(List<TsvLines.Row> rows) {
        Map<String, List<Tenure>> tenuresByName = new HashMap<>();
        Map<String, List<String>> aliasesByName = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (TsvLines.Row row : rows) {
            List<String> names = row.phrases(0);
            if (names.isEmpty()) throw row.error("names", "no name");
            String key = names.get(0);
            String country = row.column(1);
            if (country.equals("---") || country.isEmpty()) country = null;
            else if (!country.matches("[A-Z]{3}")) throw row.error("country", "not an ISO-3 code: " + country);
            String role = code(row, 2);
            LocalDate from = date(row, 3, "from");
            LocalDate to = row.column(4).isEmpty() ? null : date(row, 4, "to");
            if (to != null && to.isBefore(from)) throw row.error("to", "ends before it starts");
            if (!tenuresByName.containsKey(key)) order.add(key);
            tenuresByName.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Tenure(country, role, from, to, row.column(5)));
            aliasesByName.computeIfAbsent(key, k -> new ArrayList<>()).addAll(names);
        }
        List<ActorEntry> out = new ArrayList<>();
        for (String key : order) {
            List<Tenure> tenures = tenuresByName.get(key);
            for (String alias : Set.copyOf(aliasesByName.get(key))) {
                out.add(entry(alias, Kind.PERSON, tenures.get(0).code(), tenures));
            }
        }
        return out;
    }

    private static ActorEntry entry(String phrase, Kind kind, String code, List<Tenure> tenures) {
        boolean exact = phrase.startsWith("=");
        return new ActorEntry(exact ? phrase.substring(1) : phrase, exact, kind, code, tenures);
    }

    private static String countryCode(TsvLines.Row row, int col) {
        String c = row.column(col);
        if (!c.matches("[A-Z]{3}")) throw row.error("code", "not an ISO-3 country code: '" + c + "'");
        return c;
    }

    private static String code(TsvLines.Row row, int col) {
        String c = row.column(col);
        if (!c.matches("[A-Z]{3}[A-Z0-9]*")) throw row.error("code", "not a CAMEO actor code: '" + c + "'");
        return c;
    }

    private static LocalDate date(TsvLines.Row row, int col, String name) {
        try {
            return LocalDate.parse(row.column(col));
        } catch (DateTimeParseException e) {
            throw row.error(name, "not an ISO date: '" + row.column(col) + "'");
        }
    }

    /** Lower case with spaces and hyphens removed: the key tokens are matched on. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        appendCompact(b, s, true);
        return b.toString();
    }

    /**
     * Appends {@code s} in compact form: spaces, hyphens and underscores dropped, lower-cased when asked.
     * The matcher builds keys token by token with it, so phrases match however the tokenizer split them.
     */
    public static void appendCompact(StringBuilder b, String s, boolean lower) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '\u2010' || c == '_') continue;
            b.append(lower ? Character.toLowerCase(c) : c);
        }
    }

    /** Entries whose compact form equals {@code compactForm}; empty when none. */
    public List<ActorEntry> lookup(String compactForm) {
        return byCompactForm.getOrDefault(compactForm, List.of());
    }

    /** How many tokens a phrase can span at most; bounds the matcher's look-ahead. */
    /** Every entry, in the order the dictionaries list them (countries.tsv's first, as the built-in ones load). */
    public List<ActorEntry> entries() {
        return entries;
    }

    public int longestPhraseTokens() {
        return longestPhraseTokens;
    }

    public int size() {
        return size;
    }

    /** Merges two dictionaries; entries of {@code other} come after this one's. */
    public ActorDictionary plus(ActorDictionary other) {
        List<ActorEntry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new ActorDictionary(all);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
