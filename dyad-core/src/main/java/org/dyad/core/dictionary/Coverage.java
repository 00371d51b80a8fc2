package org.dyad.core.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.ActorEntry.Tenure;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.CameoCode;

/**
 * What a set of dictionaries covers, and where it has gaps: per country, the phrases that name it or its institutions
 * and the people who hold office in it; per CAMEO code, the verb patterns that give it. {@code dyad dictionaries
 * --coverage} prints it. Works on any dictionaries, Dyad's own or a user's PETRARCH files, since it reads only the
 * loaded entries.
 */
public final class Coverage {
    /** A CAMEO code needs at least this many words or expressions for the vocabulary to count as covering it. */
    public static final int MINIMUM_WORDS = 3;

    /**
     * Offices that head a government (or a state whose president governs): the title starts with one of these.
     * "Deputy Prime Minister" and "Vice President" do not; "Chancellor of the Exchequer" is excluded by name.
     */
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile(
            "^(prime minister|premier|president|chancellor(?! of the exchequer)|taoiseach|head of government"
                    + "|chief executive|state counsellor|chair(man)? of the presidential council)\\b");

    /**
     * One country.
     *
     * @param names            phrases that name the country itself: names, adjectives, capitals standing for it
     * @param institutions     phrases that name one of its bodies (a code longer than the country's: RUSMIL, USAGOV)
     * @param people           people with at least one office in it, whatever the date
     * @param headOfGovernment someone heads its government on the day the coverage was taken, by the offices'
     *                         dates and titles (where a dictionary gives no titles, as PETRARCH's do not, anyone in
     *                         its government that day)
     */
    public record Country(String code, String name, int names, int institutions, int people, boolean headOfGovernment) {}

    /**
     * One CAMEO code: {@code words} patterns give it when the event happened, {@code planned} more give it when
     * the event is only intended. For a root (two digits) both are the sums over its codes.
     */
    public record Code(CameoCode code, int words, int planned) {
        public boolean root() {
            return code.code().length() == 2;
        }
    }

    private final List<Country> countries;
    private final List<Code> codes;

    private Coverage(List<Country> countries, List<Code> codes) {
        this.countries = List.copyOf(countries);
        this.codes = List.copyOf(codes);
    }

    /**
     * The coverage of {@code actors} and {@code verbs} over the countries that {@code world} names (its COUNTRY
     * entries, in its order: the built-in countries.tsv is the list of the world's states and territories) and the
     * codes of {@code cameo}, with offices read on {@code today}.
     */
    public static Coverage of(ActorDictionary actors, VerbDictionary verbs, CameoCatalog cameo, ActorDictionary world,
                              LocalDate today) {
        Map<String, String> countryNames = new LinkedHashMap<>();
        for (ActorEntry e : world.entries()) {
            if (e.kind() == Kind.COUNTRY && e.code() != null) countryNames.putIfAbsent(e.code(), e.phrase());
        }
        Map<String, int[]> counts = new HashMap<>(); // names, institutions, people, head of government
        for (String c : countryNames.keySet()) counts.put(c, new int[4]);
        // A person is one entry per name, each with the same offices: count the offices once.
        Set<List<Tenure>> seen = new HashSet<>();
        for (ActorEntry e : actors.entries()) {
            if (e.kind() == Kind.PERSON) {
                if (!seen.add(e.tenures())) continue;
                Set<String> in = new HashSet<>();
                for (Tenure t : e.tenures()) {
                    int[] n = t.country() == null ? null : counts.get(t.country());
                    if (n == null) continue;
                    if (in.add(t.country())) n[2]++;
                    if (t.covers(today) && headsGovernment(t)) n[3] = 1;
                }
            } else if (e.kind() != Kind.AGENT && e.kind() != Kind.NOT_AN_ACTOR && e.code() != null) {
                for (String code : e.code().split(ActorEntry.SEVERAL)) {
                    int[] n = code.length() >= 3 ? counts.get(code.substring(0, 3)) : null;
                    if (n == null) continue;
                    if (code.length() == 3 || e.kind() == Kind.METONYM) n[0]++;
                    else n[1]++;
                }
            }
        }
        List<Country> countries = new ArrayList<>();
        countryNames.forEach((code, name) -> {
            int[] n = counts.get(code);
            countries.add(new Country(code, name, n[0], n[1], n[2], n[3] > 0));
        });

        Map<String, int[]> byCode = new HashMap<>(); // words, planned
        for (VerbPattern p : verbs.all()) {
            byCode.computeIfAbsent(p.code(), k -> new int[2])[0]++;
            if (p.plannedCode() != null && !p.plannedCode().equals(p.code())) {
                byCode.computeIfAbsent(p.plannedCode(), k -> new int[2])[1]++;
            }
        }
        List<Code> codes = new ArrayList<>();
        for (CameoCode c : cameo.all()) {
            int words = 0;
            int planned = 0;
            for (Map.Entry<String, int[]> e : byCode.entrySet()) {
                boolean mine = c.code().length() == 2 ? e.getKey().startsWith(c.code()) : e.getKey().equals(c.code());
                if (!mine) continue;
                words += e.getValue()[0];
                planned += e.getValue()[1];
            }
            codes.add(new Code(c, words, planned));
        }
        return new Coverage(countries, codes);
    }

    /** Whether an office, on a day it covers, heads the country's government. */
    static boolean headsGovernment(Tenure t) {
        if (!"GOV".equals(t.role())) return false;
        // PETRARCH's files give no titles: their tenures carry the code as written ("USAGOV >20170120") instead.
        String title = t.title() == null ? "" : t.title().trim();
        if (title.isEmpty() || title.equals(title.toUpperCase(Locale.ROOT))) return true;
        return HEAD_OF_GOVERNMENT.matcher(title.toLowerCase(Locale.ROOT)).find();
    }

    /** Every country of the world list, in its order. */
    public List<Country> countries() {
        return countries;
    }

    /** Every CAMEO code of the catalogue, in its order (each root, then its codes). */
    public List<Code> codes() {
        return codes;
    }

    /** The codes an event can take (three or four digits) that no pattern gives. */
    public List<Code> codesWithoutWords() {
        return codes.stream().filter(c -> !c.root() && c.words() == 0).toList();
    }

    /** The codes an event can take that fewer than {@link #MINIMUM_WORDS} patterns give, none included. */
    public List<Code> codesWithFewWords() {
        return codes.stream().filter(c -> !c.root() && c.words() < MINIMUM_WORDS).toList();
    }

    /** The countries where no one is known to head the government on the coverage's day. */
    public List<Country> countriesWithoutHeadOfGovernment() {
        return countries.stream().filter(c -> !c.headOfGovernment()).toList();
    }
}
