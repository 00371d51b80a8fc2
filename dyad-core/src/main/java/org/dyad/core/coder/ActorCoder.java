package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.model.Token;

/**
 * Finds actor mentions in a sentence's tokens by dictionary, before any parse, and composes them: a country next
 * to a role word ("Russian officials", "Ukraine's armed forces") becomes country + role, a title before a name
 * ("U.S. President Joe Biden") folds into the person, and a role word followed by "in/of/from" a country
 * ("separatists in eastern Ukraine") takes that country, as does one in a city or region of the gazetteer ("police in
 * Lagos").
 *
 * <p>Needs only tokens, lemmas and POS, so it also decides which sentences are worth a dependency parse.
 */
public final class ActorCoder {
    /** Words that may stand between a country and its role word: "Russian military officials", "Ukraine's". */
    private static final Set<String> LINKING_TAGS = Set.of("JJ", "JJR", "JJS", "POS", "VBN", "NN", "NNS", "HYPH");
    private static final Set<String> OF_PLACE = Set.of("in", "of", "from");
    /** CAMEO's codes of actors that belong to no one country. */
    private static final Pattern TRANSNATIONAL = Pattern.compile("IGO|NGO|IMG|MNC");
    /** The role of officials and leaders, who speak for their organisation. */
    private static final String GOVERNMENT = "GOV";
    /** Words that may stand inside a {@link ActorEntry#spread() spread} phrase. */
    private static final Set<String> ADJECTIVE_TAGS = Set.of("JJ", "JJR", "JJS");

    /** PETRARCH's code for the country of an actor whose country the text does not name. */
    public static final String UNKNOWN_COUNTRY = "---";

    private final ActorDictionary dictionary;
    private final boolean countrylessAgents;
    private final Gazetteer places;

    public ActorCoder(ActorDictionary dictionary) {
        this(dictionary, false);
    }

    /** @param countrylessAgents a role word with no country is an actor {@code ---ROLE} (PETRARCH), not dropped */
    public ActorCoder(ActorDictionary dictionary, boolean countrylessAgents) {
        this(dictionary, countrylessAgents, null);
    }

    /**
     * @param places where a role word "in/of/from" a place takes the place's country ("police in Lagos" → NGACOP);
     *               null for none
     */
    public ActorCoder(ActorDictionary dictionary, boolean countrylessAgents, Gazetteer places) {
        this.dictionary = dictionary;
        this.countrylessAgents = countrylessAgents;
        this.places = places;
    }

    /**
     * Nouns of documents a place may name: "the Oslo Accords", "the Kyoto Protocol", "the Copenhagen Charter". A
     * name they head is a document, neither the place's government nor a party of its own.
     */
    static final Set<String> DOCUMENT_NAMES = Set.of("charter", "accord", "accords", "agreement", "agreements",
            "protocol", "protocols", "convention", "conventions", "declaration", "treaty", "consensus", "communique",
            "principles", "format", "framework");

    /** Whether "American" (after an optional hyphen) starts at {@code i}: "Iranian American", "Iranian-American". */
    private static boolean beforeAmerican(List<Token> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).word().equals("-")) i++;
        return i < tokens.size() && tokens.get(i).word().equals("American");
    }

    /** A raw dictionary match before composition. */
    private record Match(int begin, int end, ActorEntry entry) {}

    /** Composed mentions with codes as of {@code date}; role words that found no country are dropped, or coded ---ROLE. */
    public List<ActorMention> mentions(List<Token> tokens, LocalDate date) {
        List<Match> raw = new ArrayList<>(match(tokens));
        // "the Iranian American journalist", "a Chinese-American scientist": an American of that origin, not the
        // origin's state; the origin word names no party.
        raw.removeIf(r -> r.entry().kind() == Kind.COUNTRY && beforeAmerican(tokens, r.end()));
        // "the Copenhagen Charter", "the Minsk agreements": a capital naming a document is part of its name, no party.
        raw.removeIf(r -> r.entry().kind() == Kind.METONYM && r.end() < tokens.size()
                && DOCUMENT_NAMES.contains(tokens.get(r.end()).lowerWord()));
        List<ActorMention> out = new ArrayList<>();
        for (int m = 0; m < raw.size(); m++) {
            Match cur = raw.get(m);
            Kind kind = cur.entry().kind();
            if (kind == Kind.AGENT) {
                int roles = rolesBeforePlace(tokens, raw, m);
                if (roles > m) {
                    // "Lawmakers and officials in Fornost and Gondor": one mention naming each role of each country.
                    out.add(mention(tokens, cur.begin(), raw.get(roles).end(), everyRoleOfEveryCountry(raw, m, roles), false));
                    m = roles;
                    continue;
                }
                // A role word that found no country before it: look for "in/of/from [the] [eastern] COUNTRY".
                Match place = m + 1 < raw.size() ? raw.get(m + 1) : null;
                boolean prefix = cur.entry().code().endsWith("~") && place != null && place.begin() == cur.end();
                if (place != null && place.entry().kind() == Kind.COUNTRY && (prefix || ofPlace(tokens, cur.end(), place.begin())
                        && !ownedAndMoved(tokens, cur.begin(), cur.end()))) {
                    String code = compose(place.entry().code(), cur.entry().code());
                    int end = place.end();
                    m++;
                    Match role = m + 1 < raw.size() ? raw.get(m + 1) : null;
                    if (prefix && role != null && role.entry().kind() == Kind.AGENT && !role.entry().code().endsWith("~")
                            && linked(tokens, place.end(), role.begin())) {
                        // "an MSF Arnor diplomat": the role word after the country adds its role, NGOARN + GOV.
                        code = compose(code, role.entry().code());
                        end = role.end();
                        m++;
                    }
                    out.add(mention(tokens, cur.begin(), end, code, false));
                    // "ambassadors of Arnor, Osgiliath and Gondor": the role word goes with every country listed.
                    while (m + 1 < raw.size() && raw.get(m + 1).entry().kind() == Kind.COUNTRY
                            && onlyConjunctions(tokens, raw.get(m).end(), raw.get(m + 1).begin())) {
                        Match more = raw.get(++m);
                        out.add(mention(tokens, more.begin(), more.end(), compose(more.entry().code(), cur.entry().code()), false));
                    }
                } else if (place != null && place.entry().kind() == Kind.ORGANISATION && ofPlace(tokens, cur.end(), place.begin())) {
                    // "officials in the White House" (USAGOV), "activists of Gonzo GMO" (GONGMOOPP): the role goes with
                    // the organisation as in "Gonzo GMO activists". Not a capital: "a student in Beijing" is no government.
                    out.add(mention(tokens, cur.begin(), place.end(), withRole(place.entry().code(), cur.entry().code()), false));
                    m++;
                } else if (placeAfter(tokens, cur.end()) != null) {
                    // "police in Lagos": a city or region of the gazetteer gives its country.
                    Gazetteer.PlaceMatch at = placeAfter(tokens, cur.end());
                    out.add(mention(tokens, cur.begin(), at.end(), compose(at.place().country(), cur.entry().code()), false));
                    while (m + 1 < raw.size() && raw.get(m + 1).begin() < at.end()) m++;
                } else if (countrylessAgents) {
                    out.add(mention(tokens, cur.begin(), cur.end(), compose(UNKNOWN_COUNTRY, cur.entry().code()), false));
                }
                continue;
            }
            if (kind == Kind.COUNTRY || kind == Kind.METONYM) {
                // Countries joined by "and" share the role word that follows them all: "U.S. and Russian officials".
                int last = m;
                while (last + 1 < raw.size() && raw.get(last + 1).entry().kind() == Kind.COUNTRY
                        && onlyConjunctions(tokens, raw.get(last).end(), raw.get(last + 1).begin())) last++;
                Match next = last + 1 < raw.size() ? raw.get(last + 1) : null;
                if (next != null && next.entry().kind() == Kind.PERSON && onlyTitle(tokens, raw.get(last).end(), next.begin())) {
                    continue; // "Russian President Vladimir Putin": the person mention takes the title.
                }
                if (next != null && next.entry().kind() == Kind.AGENT && linked(tokens, raw.get(last).end(), next.begin())) {
                    for (int k = m; k <= last; k++) {
                        Match c = raw.get(k);
                        String country = c.entry().kind() == Kind.METONYM ? c.entry().code().substring(0, 3) : c.entry().code();
                        int end = k == last ? next.end() : c.end();
                        Match after = k == last && last + 2 < raw.size() ? raw.get(last + 2) : null;
                        if (after != null && after.begin() == next.end() && after.entry().kind() != Kind.AGENT
                                && after.entry().codeOn(date) != null && (after.entry().codeOn(date).startsWith(country)
                                || namedByTitle(tokens, after))) {
                            // "Bree Prime Minister Romendacil": the name after the title is the same actor.
                            out.add(mention(tokens, c.begin(), after.end(), compose(country, next.entry().code()), false,
                                    Kind.PERSON));
                            m = last + 2;
                            continue;
                        }
                        out.add(mention(tokens, c.begin(), end, compose(country, next.entry().code()), false));
                    }
                    if (m > last + 1) continue;
                    m = last + 1;
                    continue;
                }
                for (int k = m; k <= last; k++) {
                    Match c = raw.get(k);
                    out.add(mention(tokens, c.begin(), c.end(), c.entry().code(), true, c.entry().kind()));
                }
                m = last;
                continue;
            }
            if (kind == Kind.PERSON) {
                String code = cur.entry().codeOn(date);
                if (code == null) continue;
                int begin = cur.begin();
                // Fold a title right before the name into the mention: "U.S. Secretary of State Antony Blinken".
                if (m > 0 && onlyTitle(tokens, raw.get(m - 1).end(), begin)) {
                    Match prev = raw.get(m - 1);
                    begin = prev.begin();
                    if (!out.isEmpty() && out.get(out.size() - 1).end() == prev.end()) {
                        begin = Math.min(begin, out.remove(out.size() - 1).begin());
                    }
                }
                out.add(mention(tokens, begin, cur.end(), code, false, Kind.PERSON));
                continue;
            }
            // An organisation; a role word right after it may add its role (see withRole): "NATO officials" are
            // NATO, "West German world government activists" GMWGOV + WGO.
            int end = cur.end();
            String code = cur.entry().code();
            if (m + 1 < raw.size() && raw.get(m + 1).entry().kind() == Kind.AGENT
                    && linked(tokens, cur.end(), raw.get(m + 1).begin())) {
                end = raw.get(m + 1).end();
                code = withRole(code, raw.get(m + 1).entry().code());
                m++;
            }
            out.add(mention(tokens, cur.begin(), end, code, false, Kind.ORGANISATION));
        }
        return delegates(tokens, out);
    }

    /** Who speaks or acts for a person: "Trump's special envoy", "Guterres's representative". */
    private static final Set<String> DELEGATES = Set.of("envoy", "representative", "emissary", "spokesman",
            "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "lawyer", "attorney", "negotiator", "deputy");

    /** Who a country sends to a body: "Iran's U.N. ambassador", "Britain's NATO delegation". */
    private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "representative", "mission", "delegation",
            "delegate", "emissary");

    /** Words of an envoy's title between a country and the body it is sent to: "British Deputy U.N. Ambassador". */
    private static final Set<String> ENVOY_TITLES = Set.of("deputy", "permanent", "acting", "top", "chief", "new");

    /**
     * Whether the words from {@code from} to {@code to} join a country to the body its envoy is sent to: "'s" ("Iran's
     * U.N. ambassador") or title words after a country adjective ("British Deputy U.N. Ambassador").
     */
    private static boolean envoyTitleBetween(List<Token> tokens, int from, int to) {
        if (to == from + 1 && from < tokens.size() && tokens.get(from).pos().equals("POS")) return true;
        if (to <= from || to - from > 2) return to == from;
        for (int k = from; k < to; k++) if (!ENVOY_TITLES.contains(tokens.get(k).lowerWord())) return false;
        return true;
    }

    /**
     * A person's delegate acts for the person's side, but is not the person: "U.S. President Donald Trump's special
     * envoy, Steve Witkoff, spoke with Putin" is the envoy speaking, with Trump's code. The person's mention is
     * widened to the delegate word ("Donald Trump's special envoy"), so the event names who acted.
     */
    private static List<ActorMention> delegates(List<Token> tokens, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (int x = 0; x < mentions.size(); x++) {
            ActorMention m = mentions.get(x);
            int i = m.end();
            ActorMention next = x + 1 < mentions.size() ? mentions.get(x + 1) : null;
            if (m.place() && m.code().length() == 3 && !m.code().equals(UNKNOWN_COUNTRY) && next != null
                    && envoyTitleBetween(tokens, i, next.begin())
                    && next.code().startsWith("IGO")
                    && ENVOYS.contains(tokens.get(next.end() - 1).lowerWord())) {
                // "Iran's U.N. ambassador": the country's envoy to the body, on the country's side, not the body.
                out.add(mention(tokens, m.begin(), next.end(), compose(m.code(), GOVERNMENT), false, Kind.AGENT));
                x++;
                continue;
            }
            if (m.kind() == Kind.PERSON && i < tokens.size() && tokens.get(i).pos().equals("POS")) {
                int k = i + 1;
                while (k < tokens.size() && k <= i + 3 && tokens.get(k).pos().startsWith("JJ")) k++;
                if (k < tokens.size() && DELEGATES.contains(tokens.get(k).lowerWord())) {
                    out.add(mention(tokens, m.begin(), k + 1, m.code(), false, Kind.AGENT));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The index of the last country in "ROLE and ROLE in/of COUNTRY [and COUNTRY]" starting at role {@code m}, or
     * {@code m} when the words there are not so.
     */
    private static int rolesBeforePlace(List<Token> tokens, List<Match> raw, int m) {
        int last = m;
        while (last + 1 < raw.size() && raw.get(last + 1).entry().kind() == Kind.AGENT
                && !raw.get(last + 1).entry().code().endsWith("~")
                && onlyConjunctions(tokens, raw.get(last).end(), raw.get(last + 1).begin())) last++;
        if (last == m || raw.get(m).entry().code().endsWith("~")) return m;
        if (last + 1 >= raw.size() || raw.get(last + 1).entry().kind() != Kind.COUNTRY
                || !ofPlace(tokens, raw.get(last).end(), raw.get(last + 1).begin())) return m;
        int place = last + 1;
        while (place + 1 < raw.size() && raw.get(place + 1).entry().kind() == Kind.COUNTRY
                && onlyConjunctions(tokens, raw.get(place).end(), raw.get(place + 1).begin())) place++;
        return place;
    }

    /** The codes of roles {@code m..} with the countries after them, up to {@code place}, joined as several. */
    private static String everyRoleOfEveryCountry(List<Match> raw, int m, int place) {
        List<String> roles = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (int k = m; k <= place; k++) {
            Match x = raw.get(k);
            (x.entry().kind() == Kind.AGENT ? roles : countries).add(x.entry().code());
        }
        return compose(String.join(ActorEntry.SEVERAL, countries), String.join(ActorEntry.SEVERAL, roles));
    }

    /**
     * True when the tokens may yield an actor: a dictionary match that is not a bare role word (any, with countryless
     * agents), or a role word in a place of the gazetteer ("police in Lagos").
     */
    public boolean mentionsAnActor(List<Token> tokens) {
        // With countryless agents a bare role word is an actor too ("Officials criticized the rebels": ---GOV, ---REB).
        for (Match m : match(tokens)) {
            if (countrylessAgents || m.entry().kind() != Kind.AGENT || placeAfter(tokens, m.end()) != null) return true;
        }
        return false;
    }

    /**
     * Role words that found no country and so name no actor by themselves, each as a mention whose code is the bare
     * role ("the militants" → REB): what {@link Coreference} may resolve to an earlier actor. Only role words after
     * "the" and outside every mention; none with countryless agents, where they are actors already.
     */
    public List<ActorMention> countrylessRoles(List<Token> tokens, List<ActorMention> mentions) {
        if (countrylessAgents) return List.of();
        List<ActorMention> out = new ArrayList<>();
        for (Match m : match(tokens)) {
            if (m.entry().kind() != Kind.AGENT || m.entry().code().endsWith("~") || m.begin() == 0
                    || !tokens.get(m.begin() - 1).lowerWord().equals("the")) continue;
            boolean covered = false;
            for (ActorMention a : mentions) covered |= a.begin() < m.end() && m.begin() < a.end();
            if (!covered) out.add(mention(tokens, m.begin() - 1, m.end(), m.entry().code(), false, Kind.AGENT));
        }
        return out;
    }

    /**
     * The gazetteer place in "in/of/from [the] [adjectives] PLACE" starting at {@code from}, or null: "police in
     * Lagos", "militants in northern Borno".
     */
    private Gazetteer.PlaceMatch placeAfter(List<Token> tokens, int from) {
        if (places == null || from >= tokens.size()
                || !OF_PLACE.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) return null;
        for (int k = from + 1; k < tokens.size() && k <= from + 3; k++) {
            var match = places.at(tokens, k);
            if (match.isPresent()) return match.get();
            String pos = tokens.get(k).pos();
            if (!pos.equals("DT") && !pos.startsWith("JJ")) return null;
        }
        return null;
    }

    /** Longest dictionary match at each position, left to right, by word and (for role words) by lemma. */
    private List<Match> match(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int n = tokens.size();
        int maxLen = dictionary.longestPhraseTokens();
        int i = 0;
        while (i < n) {
            if (compactExact(tokens.get(i).word()).isEmpty()) { // a dash starts no name
                i++;
                continue;
            }
            Match best = null;
            StringBuilder words = new StringBuilder();
            StringBuilder lemmas = new StringBuilder();
            StringBuilder exact = new StringBuilder();
            StringBuilder unmodified = new StringBuilder(); // the words without the adjectives after the first
            boolean skipped = false;
            int modifierEnd = i;
            for (int j = i; j < n && j < i + maxLen; j++) {
                Token t = tokens.get(j);
                if (j > i && j >= modifierEnd) modifierEnd = modifierEnd(tokens, j);
                if (j < modifierEnd) {
                    skipped = true;
                } else {
                    ActorDictionary.appendCompact(unmodified, t.word(), true);
                    // "Ithilen state-run television" names the spread phrase ITHILEN TELEVISION.
                    if (skipped) {
                        for (ActorEntry e : dictionary.lookup(unmodified.toString())) {
                            if (e.spread() && !e.caseSensitive() && better(e, j + 1 - i, best)) {
                                best = new Match(i, j + 1, e);
                            }
                        }
                    }
                }
                // The head noun's lemma after the words before it: "human rights activists" finds HUMAN RIGHTS
                // ACTIVIST, which neither the words nor the lemmas ("human right activist") spell.
                StringBuilder headLemma = new StringBuilder(words);
                ActorDictionary.appendCompact(headLemma, t.lemma(), true);
                ActorDictionary.appendCompact(words, t.word(), true);
                ActorDictionary.appendCompact(lemmas, t.lemma(), true);
                ActorDictionary.appendCompact(exact, t.word(), false);
                for (ActorEntry e : dictionary.lookup(words.toString())) {
                    if (e.caseSensitive() && !exact.toString().equals(compactExact(e.phrase()))) continue;
                    if (better(e, j + 1 - i, best)) best = new Match(i, j + 1, e);
                }
                for (String form : new LinkedHashSet<>(List.of(lemmas.toString(), headLemma.toString()))) {
                    if (form.equals(words.toString())) continue;
                    for (ActorEntry e : dictionary.lookup(form)) {
                        if (e.kind() != Kind.AGENT || e.caseSensitive() || e.asWritten()) continue;
                        if (better(e, j + 1 - i, best)) best = new Match(i, j + 1, e);
                    }
                }
            }
            if (best != null && acceptable(tokens, best, countrylessAgents)) {
                if (best.entry().kind() == Kind.AGENT && formerBefore(tokens, best.begin())) best = asElite(best);
                // "Latin America", "Indian Ocean": consumed so that no shorter phrase inside them codes.
                if (best.entry().kind() != Kind.NOT_AN_ACTOR) out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** CAMEO's role of elites, among them former officials. */
    private static final String ELITE = "ELI";

    /**
     * Whether "former" stands among the words that modify a role word: "former security officials", "Arnor former
     * officials", "a former State Department official", "former Gondor prosecutors". Stops at anything that is not
     * an adjective or a noun (a determiner, a preposition, a verb), so "officials of the former regime" is not.
     */
    private static boolean formerBefore(List<Token> tokens, int roleBegin) {
        for (int k = roleBegin - 1; k >= 0 && k >= roleBegin - 6; k--) {
            Token t = tokens.get(k);
            if (t.lowerWord().equals("former")) return true;
            String pos = t.pos();
            if (!pos.startsWith("JJ") && !pos.startsWith("NN") && !pos.equals("HYPH") && !pos.equals("POS")) return false;
        }
        return false;
    }

    /** A former official is no longer the role the word names: CAMEO codes former officials as elites (ELI). */
    private static Match asElite(Match m) {
        ActorEntry e = m.entry();
        String code = e.code().endsWith("~") ? ELITE + "~" : ELITE;
        return new Match(m.begin(), m.end(), new ActorEntry(e.phrase(), e.caseSensitive(), e.kind(), code, e.tenures(),
                e.asWritten(), e.spread()));
    }

    /** Proper names must be written as names: "china" in "fine china" or "Turkey" as a bird are rare, but lower-case role words are fine. */
    private static boolean acceptable(List<Token> tokens, Match m, boolean countrylessAgents) {
        if (m.entry().kind() == Kind.AGENT) {
            // Role words are nouns: "force" as a verb or "official" as an adjective are not actors. PETRARCH's
            // convention also reads an adjective before a common noun: "the official news agency" is ---GOV.
            Token last = tokens.get(m.end() - 1);
            if (last.isNoun()) return true;
            return countrylessAgents && last.pos().startsWith("JJ") && m.end() < tokens.size()
                    && (tokens.get(m.end()).pos().equals("NN") || tokens.get(m.end()).pos().equals("NNS"));
        }
        if (m.entry().kind() == Kind.NOT_AN_ACTOR) return true;
        String phrase = m.entry().phrase();
        if (!phrase.isEmpty() && Character.isLowerCase(phrase.charAt(0))) return true; // "al-Qaeda" is written so
        int begin = m.begin();
        // A name listed with its article ("THE SHIRE") is written "the Shire" inside a sentence.
        if (m.end() - begin > 1 && tokens.get(begin).word().equals("the")) begin++;
        String first = tokens.get(begin).word();
        return !first.isEmpty() && !Character.isLowerCase(first.charAt(0));
    }

    /**
     * Where the adjective starting at {@code j} ends, or {@code j} when none starts there: a word tagged as one,
     * or a hyphenated word ("state-run", which the tokenizer splits into "state", "-", "run").
     */
    private static int modifierEnd(List<Token> tokens, int j) {
        int k = j;
        while (k + 2 < tokens.size() && tokens.get(k + 1).pos().equals("HYPH")
                && tokens.get(k + 1).begin() == tokens.get(k).end()
                && tokens.get(k + 2).begin() == tokens.get(k + 1).end()) {
            k += 2;
        }
        if (k > j) return k + 1;
        return ADJECTIVE_TAGS.contains(tokens.get(j).pos()) ? j + 1 : j;
    }

    private static boolean better(ActorEntry e, int length, Match best) {
        if (best == null) return true;
        int bestLength = best.end() - best.begin();
        if (length != bestLength) return length > bestLength;
        return rank(e.kind()) < rank(best.entry().kind());
    }

    private static int rank(Kind k) {
        return switch (k) {
            case PERSON -> 0;
            case ORGANISATION -> 1;
            case COUNTRY -> 2;
            case METONYM -> 3;
            case AGENT -> 4;
            case NOT_AN_ACTOR -> 5;
        };
    }

    private static String compactExact(String s) {
        StringBuilder b = new StringBuilder();
        ActorDictionary.appendCompact(b, s, false);
        return b.toString();
    }

    /**
     * Only adjectives, possessive 's and nouns between a country and a role word ("Russia's top military officials",
     * "Dagolath's first Deputy Prime Minister"), adjectives also joined by and/or ("Ithilen's awful and evil minister").
     */
    private static boolean linked(List<Token> tokens, int from, int to) {
        if (to - from > 4) return false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (LINKING_TAGS.contains(t.pos()) || t.word().equals("'s")) continue;
            if (t.isProperNoun() && to - from <= 3) continue; // an unknown name or title word: "Deputy"
            if (t.pos().equals("CC") && i > from && i + 1 < to && tokens.get(i - 1).pos().startsWith("JJ")
                    && tokens.get(i + 1).pos().startsWith("JJ")) continue;
            return false;
        }
        return to - from <= 3 || hasCoordinatedAdjectives(tokens, from, to);
    }

    private static boolean hasCoordinatedAdjectives(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (tokens.get(i).pos().equals("CC")) return true;
        return false;
    }

    /**
     * A name right after a country's title word names the title holder, whatever country the dictionary gives the
     * name elsewhere: "Ithilen's minister Calimehtar" is Ithilen's minister. Only a proper noun coded as a bare
     * country (the way such dictionaries list leaders); people with dated roles keep their own codes.
     */
    private static boolean namedByTitle(List<Token> tokens, Match name) {
        return name.entry().kind() == Kind.COUNTRY && tokens.get(name.begin()).isProperNoun()
                && !tokens.get(name.end() - 1).word().equals("'s")
                && (name.end() >= tokens.size() || !tokens.get(name.end()).word().equals("'s"));
    }

    /** Title words between a country or role and a name: "President", "Foreign Minister", "Secretary of State". */
    private static boolean onlyTitle(List<Token> tokens, int from, int to) {
        if (to - from > 4) return false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean titleWord = t.isProperNoun() || t.pos().startsWith("NN") || t.pos().startsWith("JJ")
                    || w.equals("of") || w.equals("'s") || w.equals("-");
            if (!titleWord) return false;
        }
        return true;
    }

    private static boolean onlyConjunctions(List<Token> tokens, int from, int to) {
        if (to - from < 1 || to - from > 2) return false;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).word();
            if (!w.equals("and") && !w.equals(",")) return false;
        }
        return true;
    }

    /**
     * "withdrew its troops from Georgia": a role word owned by a possessive pronoun and followed by "from" names
     * where the troops leave, not whose they are; "peacekeepers from Ghana" still are Ghana's.
     */
    private static boolean ownedAndMoved(List<Token> tokens, int roleBegin, int roleEnd) {
        return roleBegin > 0 && tokens.get(roleBegin - 1).pos().equals("PRP$") && roleEnd < tokens.size()
                && tokens.get(roleEnd).word().equalsIgnoreCase("from");
    }

    /** "in", "of" or "from", then determiners and adjectives only: "in eastern Ukraine", "of the Russian Federation". */
    private static boolean ofPlace(List<Token> tokens, int from, int to) {
        if (from >= to || to - from > 3) return false;
        if (!OF_PLACE.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) return false;
        for (int i = from + 1; i < to; i++) {
            String pos = tokens.get(i).pos();
            if (!pos.equals("DT") && !pos.startsWith("JJ")) return false;
        }
        return true;
    }

    /**
     * Country (or actor) code plus role code: a role written "NGO~" (a PETRARCH prefix agent) goes before the
     * country, "MSF Arnor" -> NGOARN; every other role after it, "Russian officials" -> RUSGOV.
     */
    static String compose(String actor, String role) {
        if (actor.contains(ActorEntry.SEVERAL) || role.contains(ActorEntry.SEVERAL)) {
            // Several actors or roles at once: each with each, "Lorien officials" -> ELRGOV/GALGOV.
            List<String> out = new ArrayList<>();
            for (String a : actor.split(Pattern.quote(ActorEntry.SEVERAL))) {
                for (String r : role.split(Pattern.quote(ActorEntry.SEVERAL))) out.add(compose(a, r));
            }
            return String.join(ActorEntry.SEVERAL, new LinkedHashSet<>(out));
        }
        if (role.endsWith("~")) return role.substring(0, role.length() - 1) + actor;
        return actor + role;
    }

    /**
     * An organisation's code with a role word's role. An organisation's officials and leaders speak for it ("NATO
     * officials", "a senior al-Shabab leader": the organisation's code), but another role names a part of a national
     * actor, whose code is a country and roles, so it stacks ("Gonzo GMO activists": GONGMO + OPP; "West German
     * world government": GMWGOV + WGO) unless the code has it already at a three-letter boundary ("the Quibbler
     * government newspaper": HGWGOVMED). Transnational codes (IGO, NGO, IMG, MNC) keep their own.
     */
    static String withRole(String organisation, String role) {
        if (role.equals(GOVERNMENT) || role.endsWith("~") || organisation.contains(ActorEntry.SEVERAL)
                || TRANSNATIONAL.matcher(organisation).lookingAt()) {
            return organisation;
        }
        for (int i = 3; i + role.length() <= organisation.length(); i += 3) {
            if (organisation.startsWith(role, i)) return organisation;
        }
        return compose(organisation, role);
    }

    private static ActorMention mention(List<Token> tokens, int begin, int end, String code, boolean place) {
        return mention(tokens, begin, end, code, place, Kind.AGENT);
    }

    private static ActorMention mention(List<Token> tokens, int begin, int end, String code, boolean place, Kind kind) {
        StringBuilder b = new StringBuilder();
        for (int i = begin; i < end; i++) {
            Token t = tokens.get(i);
            if (i > begin && tokens.get(i - 1).end() < t.begin()) b.append(' ');
            b.append(t.word());
        }
        return new ActorMention(begin, end, code, b.toString(), place, kind);
    }
}
