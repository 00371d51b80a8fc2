package org.dyad.core.dictionary;

import java.time.LocalDate;
import java.util.List;

/**
 * One phrase of an actor dictionary and what it names.
 *
 * @param phrase        the phrase as written in the dictionary
 * @param caseSensitive true when the dictionary marked it with {@code =} (abbreviations such as "US" vs "us")
 * @param kind          what sort of actor the phrase names
 * @param code          the CAMEO code (country, organisation, role); for people the code of their first tenure;
 *                      several codes joined by {@link #SEVERAL} when the phrase names several actors at once
 * @param tenures       for people: their offices with dates; empty otherwise
 * @param asWritten     for role words: true when the dictionary lists every form of the phrase itself (PETRARCH's
 *                      braces, {@code POLICE {}}), so the phrase is not also found by lemma ("polices")
 * @param spread        adjectives may stand between the phrase's words: PETRARCH (after TABARI) reads a space
 *                      in an actor phrase as "not necessarily adjacent" and {@code _} as adjacent, so
 *                      {@code ITHILEN TELEVISION} names "Ithilen state-run television"
 */
public record ActorEntry(String phrase, boolean caseSensitive, Kind kind, String code, List<Tenure> tenures,
        boolean asWritten, boolean spread) {
    public enum Kind {
        /** A state's name or adjective: codes as the bare country, "Russia" → RUS. */
        COUNTRY,
        /** A capital or seat standing for the government: "the Kremlin" → RUSGOV. */
        METONYM,
        /** An IGO, NGO, armed group or state body with its full code. */
        ORGANISATION,
        /** A role word: "officials" → GOV, combined with a country nearby. */
        AGENT,
        /** A named person whose code depends on the date. */
        PERSON,
        /** A phrase that contains an actor's name but names none: "Latin America", "Indian Ocean". */
        NOT_AN_ACTOR
    }

    /** An office a person held: codes as country + role between {@code from} and {@code to} (null = still). */
    public record Tenure(String country, String role, LocalDate from, LocalDate to, String title) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }

        public String code() {
            return country == null ? role : country + role;
        }
    }

    /** Joins the codes of a phrase that names several actors: "The Shire" → {@code FRO/BIL/SAM} (PETRARCH's form). */
    public static final String SEVERAL = "/";

    public ActorEntry {
        tenures = List.copyOf(tenures);
    }

    /** An entry found by lemma as well as by its words, whose words stand side by side, as most are. */
    public ActorEntry(String phrase, boolean caseSensitive, Kind kind, String code, List<Tenure> tenures) {
        this(phrase, caseSensitive, kind, code, tenures, false, false);
    }

    /**
     * The code this entry gives on a date. A person codes as country + role while in office (the first tenure that
     * covers the date wins). Once out of office, that is after an office with a country and a role has begun and
     * when no office covers the date, as an elite of the country of the office that ended last ({@code USAELI}:
     * CAMEO codes former officials as ELI). Before any such office, as the bare country of the first tenure with a
     * country. Null for a person whose only offices have no country (a former head of an IGO).
     */
    public String codeOn(LocalDate date) {
        if (kind != Kind.PERSON) return code;
        for (Tenure t : tenures) if (t.covers(date)) return t.code();
        Tenure latest = null;
        for (Tenure t : tenures) {
            // No tenure covers the date, so one that began before it has also ended before it. A tenure with no
            // role (PETRARCH's dated bare country, [HOB <950601]) is no office.
            boolean office = t.country() != null && t.role() != null && !t.role().isEmpty();
            if (office && t.from().isBefore(date) && (latest == null || t.to().isAfter(latest.to()))) latest = t;
        }
        if (latest != null) return latest.country() + FORMER;
        for (Tenure t : tenures) if (t.country() != null) return t.country();
        return null;
    }

    /** CAMEO's role for a former official: an elite of their country. */
    public static final String FORMER = "ELI";
}
