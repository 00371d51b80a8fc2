package org.dyad.core.coder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.model.Token;

/**
 * A light, explicit coreference within one story, fed its sentences in order. Two mechanisms:
 * <ul>
 *   <li><b>Pronouns and definite descriptions</b> stand for the most recent compatible actor of the same sentence
 *       (before them) or of the {@value #WINDOW} sentences before: "he"/"she" a person of the dictionary (or one
 *       named by a title), "they" a plural role-word actor ("Russian officials"), "the country" a country, "the
 *       group"/"the organization"/"the alliance" (also "the separatist group") an organisation, and "the" + a role
 *       word that found no country
 *       ("the militants", "the president", "the ministry") an actor with that role ("Houthi rebels" → YEMREB).
 *       The mention keeps the antecedent's code; its text is the story's own words, the pronoun with what it
 *       stands for in brackets: "he (Vladimir Putin)", so an analyst sees both the sentence and the resolution.</li>
 *   <li><b>People named by a title</b> the dictionary does not know: "Sen. Jim Risch", "Defence Minister Ann
 *       Smith", "Foreign Minister Ann Smith of Bree". The title gives the role (GOV for presidents and ministers,
 *       LEG for senators and lawmakers, MIL for generals, JUD for judges); "of COUNTRY" after the name gives the
 *       country, else the story's only country when exactly one country is named in it; else the name stays
 *       uncoded.</li>
 * </ul>
 * Not thread-safe: one instance per document.
 */
public final class Coreference {
    /** How many sentences back an antecedent may stand. */
    public static final int WINDOW = 2;

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    /** Object pronouns for a person: "banned him". ("her" as a possessive is tagged PRP$ and is not one.) */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> ORGANISATION_NOUNS = Set.of("group", "organization", "organisation", "movement",
            "alliance", "bloc");
    /** Title words before a name and the role they give. */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("president", "GOV"), Map.entry("minister", "GOV"), Map.entry("premier", "GOV"),
            Map.entry("chancellor", "GOV"), Map.entry("secretary", "GOV"), Map.entry("spokesman", "GOV"),
            Map.entry("spokeswoman", "GOV"), Map.entry("spokesperson", "GOV"),
            Map.entry("sen.", "LEG"), Map.entry("senator", "LEG"), Map.entry("rep.", "LEG"),
            Map.entry("representative", "LEG"), Map.entry("lawmaker", "LEG"), Map.entry("legislator", "LEG"),
            Map.entry("mp", "LEG"), Map.entry("congressman", "LEG"), Map.entry("congresswoman", "LEG"),
            Map.entry("gen.", "MIL"), Map.entry("general", "MIL"), Map.entry("admiral", "MIL"),
            Map.entry("judge", "JUD"), Map.entry("justice", "JUD"));
    /** Words that make "General" part of a civil title: "Attorney General", "Secretary-General". */
    private static final Set<String> CIVIL_GENERAL = Set.of("attorney", "solicitor", "secretary", "-", "inspector",
            "postmaster", "surgeon", "governor");

    /** An earlier mention, its sentence, and the words it first stood for. */
    private record Antecedent(int sentence, ActorMention mention, String shownAs) {}

    /** Where a sentence names someone the dictionary does not know: "Alan Chong said he ..." may mean Chong. */
    private record UnknownName(int sentence, int token) {}

    /** Person titles that a person holds, not a body: "the president" is a person, "the government" is not. */
    private static final Set<String> PERSON_TITLES = Set.of("president", "minister", "premier", "chancellor", "king",
            "queen", "emir", "leader");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** A pronoun or description and what it was resolved to, for `dyad explain`. */
    public record Resolution(ActorMention mention, String antecedentText, int antecedentSentence) {}

    private final ActorCoder actors;
    private final String storyCountry;
    private final boolean anyCountry;
    private final Deque<Antecedent> memory = new ArrayDeque<>();
    private final Deque<UnknownName> unknownNames = new ArrayDeque<>();
    private final List<Resolution> resolutions = new ArrayList<>();
    /** Surnames the story gives to someone other than the dictionary's person of that name ("Richard Bennett"). */
    private final Set<String> namesakes = new HashSet<>();
    private int sentence = -1;
    private String lastCountry;

    /**
     * @param storyCountry the story's only country ({@link #singleCountry}), or null: what a titled name with no
     *                     country of its own takes
     */
    public Coreference(ActorCoder actors, String storyCountry) {
        this(actors, storyCountry, false);
    }

    private Coreference(ActorCoder actors, String storyCountry, boolean anyCountry) {
        this.actors = actors;
        this.storyCountry = storyCountry;
        this.anyCountry = anyCountry;
    }

    /**
     * For choosing sentences to parse before the whole story is read: a titled name takes any country seen so far,
     * so the choice may parse a sentence that then codes nothing, never miss one.
     */
    public static Coreference forSelection(ActorCoder actors) {
        return new Coreference(actors, null, true);
    }

    /**
     * The one country in play in a story's sentences, or null when none or several: the country of every mention but
     * organisations ("Russian officials", "Putin" and "the Kremlin" are all Russia's).
     */
    public static String singleCountry(List<List<ActorMention>> sentences) {
        Set<String> countries = new LinkedHashSet<>();
        for (List<ActorMention> s : sentences) {
            for (ActorMention m : s) {
                String c = countryOf(m);
                if (c != null) countries.add(c);
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** The country of a mention's code, or null for organisations, unknown countries and several actors. */
    private static String countryOf(ActorMention m) {
        if (m.kind() == null || m.kind() == Kind.ORGANISATION || m.code() == null || m.code().length() < 3
                || m.code().contains(org.dyad.core.dictionary.ActorEntry.SEVERAL)) return null;
        String c = m.code().substring(0, 3);
        if (!c.chars().allMatch(Character::isUpperCase) || NOT_COUNTRIES.contains(c)) return null;
        return c;
    }

    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "REB", "INS", "OPP",
            "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "EDU", "CVL", "ELI", "SPY", "LAB", "HLH", "REF", "CRM",
            "AGR", "RAD", "MOD", "SET", "---");

    /**
     * The next sentence's mentions with its titled names and resolved pronouns added, in text order; remembers
     * them for the sentences after. Call once per sentence of the story, in order, parsed or not.
     */
    public List<ActorMention> next(List<Token> tokens, List<ActorMention> mentions) {
        sentence++;
        resolutions.clear();
        while (!memory.isEmpty() && memory.peekFirst().sentence() < sentence - WINDOW) memory.removeFirst();
        while (!unknownNames.isEmpty() && unknownNames.peekFirst().sentence() < sentence - WINDOW) unknownNames.removeFirst();
        List<ActorMention> out = titled(tokens, withoutNamesakes(tokens, mentions));
        List<ActorMention> descriptions = actors.countrylessRoles(tokens, out);
        List<ActorMention> added = new ArrayList<>();
        Set<Integer> objects = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lowerWord();
            ActorMention anaphor = null;
            Antecedent found = null;
            int pairStart = pairOpening(tokens, i);
            if (pairStart >= 0 && !namedCountry(out, pairStart, i + 1)) {
                // "both leaders", "the two presidents", "the prime ministers": the two heads just named, together.
                anaphor = new ActorMention(pairStart, i + 1, null, words(tokens, pairStart, i + 1), false);
                found = pair(out, pairStart, true);
                if (found != null) {
                    final int from = pairStart, to = i + 1;
                    out.removeIf(m -> m.begin() < to && from < m.end()); // a countryless "leaders" of its own
                }
            } else if (w.equals("countries") && t.pos().equals("NNS") && i > 0
                    && (tokens.get(i - 1).lowerWord().equals("both")
                        || i > 1 && tokens.get(i - 1).lowerWord().equals("two")
                            && tokens.get(i - 2).lowerWord().equals("the"))
                    && !covered(out, i)) {
                // "both countries", "the two countries": the last two countries in play, together.
                int from = tokens.get(i - 1).lowerWord().equals("both") ? i - 1 : i - 2;
                // "agreements between the two countries" repeats parties the sentence names; only a party that acts.
                if (from > 0 && tokens.get(from - 1).pos().equals("IN")) continue;
                anaphor = new ActorMention(from, i + 1, null, words(tokens, from, i + 1), false);
                found = pair(out, from, false);
            } else if (t.pos().equals("PRP") && PERSON_PRONOUNS.contains(w)) {
                anaphor = new ActorMention(i, i + 1, null, t.word(), false);
                found = antecedent(out, added, i, m -> m.kind() == Kind.PERSON);
                // Someone the dictionary does not know, named after the antecedent, may be whom "he" means.
                if (found != null && unknownNameBetween(tokens, out, found, i)) found = null;
            } else if (t.pos().equals("PRP") && OBJECT_PRONOUNS.contains(w)) {
                // "a court sentenced Dodik and banned him": a person named earlier in the same sentence, other than
                // the subject right before the pronoun's verb ("Putin told him"). Never an antecedent itself.
                anaphor = new ActorMention(i, i + 1, null, t.word(), false);
                for (ActorMention m : out) {
                    if (m.kind() == Kind.PERSON && m.end() <= i && !subjectOfVerbBefore(tokens, m, i)) {
                        found = new Antecedent(sentence, m, m.text());
                    }
                }
                if (found != null && unknownNameBetween(tokens, out, found, i)) found = null;
                if (found != null) objects.add(i);
            } else if (t.pos().equals("PRP") && w.equals("they")) {
                anaphor = new ActorMention(i, i + 1, null, t.word(), false);
                found = antecedent(out, added, i, m -> m.kind() == Kind.AGENT && plural(m));
                // "rights groups tell VOA they ...": a plural noun before "they" that is no actor may be what it means.
                for (int k = 0; k < i && found != null; k++) {
                    if (tokens.get(k).pos().equals("NNS") && !covered(out, k) && !covered(added, k)) found = null;
                }
            } else if (i > 0 && (tokens.get(i - 1).lowerWord().equals("the")
                    || ORGANISATION_NOUNS.contains(w) && describedOpening(tokens, i) >= 0) && !covered(out, i)
                    && !possessed(tokens, i)) {
                if (w.equals("country") && t.pos().equals("NN")) {
                    anaphor = new ActorMention(i - 1, i + 1, null, words(tokens, i - 1, i + 1), false);
                    // Not a country written as an adjective: "the withdrawal of U.S. troops from the country".
                    found = antecedent(out, added, i, m -> m.kind() == Kind.COUNTRY && m.code().length() == 3
                            && !(out.stream().anyMatch(x -> x == m) && asAdjective(tokens, m)));
                } else if (ORGANISATION_NOUNS.contains(w) && t.pos().equals("NN")) {
                    // "the group", also with words of what it is: "the separatist group", "the armed group".
                    int from = tokens.get(i - 1).lowerWord().equals("the") ? i - 1 : describedOpening(tokens, i);
                    // "the group Hamas"
                    if (i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NNP")) continue;
                    anaphor = new ActorMention(from, i + 1, null, words(tokens, from, i + 1), false);
                    // "the group", "the movement": a body of people, never an intergovernmental organisation ("the
                    // group said ..." after a rights group and the WHO are named means the rights group).
                    boolean body = w.equals("group") || w.equals("movement");
                    found = antecedent(out, added, i, m -> m.kind() == Kind.ORGANISATION
                            && !(body && m.code() != null && m.code().startsWith("IGO")));
                }
            }
            if (anaphor == null) {
                for (ActorMention d : descriptions) {
                    if (d.begin() + 1 != i || possessed(tokens, d.end() - 1)) continue;
                    anaphor = d;
                    Token head = tokens.get(d.end() - 1);
                    // "the president" is a person; "the prime ministers" are not one person.
                    boolean person = PERSON_TITLES.contains(head.lowerWord()) || PERSON_TITLES.contains(head.lemma());
                    boolean plural = head.pos().equals("NNS");
                    found = antecedent(out, added, i, m -> hasRole(m.code(), d.code())
                            && (!person || plural || m.kind() == Kind.PERSON) && (!plural || m.kind() != Kind.PERSON));
                    i = d.end() - 1;
                }
            }
            if (anaphor == null || found == null) continue;
            ActorMention resolved = new ActorMention(anaphor.begin(), anaphor.end(), found.mention().code(),
                    anaphor.text() + " (" + found.shownAs() + ")", false, found.mention().kind());
            added.add(resolved);
            resolutions.add(new Resolution(resolved, found.shownAs(), found.sentence()));
        }
        List<ActorMention> all = new ArrayList<>(out);
        all.addAll(added);
        all.sort(Comparator.comparingInt(ActorMention::begin));
        for (ActorMention m : all) {
            if (objects.contains(m.begin()) && m.end() == m.begin() + 1) continue; // "him" stands for no later "he"
            String shown = m.text();
            for (Resolution r : resolutions) if (r.mention() == m) shown = r.antecedentText();
            memory.addLast(new Antecedent(sentence, m, shown));
            if (countryOf(m) != null) lastCountry = countryOf(m);
        }
        for (int k = 0; k < tokens.size(); k++) if (unknownName(tokens, all, k)) unknownNames.addLast(new UnknownName(sentence, k));

        return all;
    }

    /** Whether only a verb group stands between {@code m} and the pronoun at {@code pronoun}: "Putin told him". */
    private static boolean subjectOfVerbBefore(List<Token> tokens, ActorMention m, int pronoun) {
        if (m.end() > pronoun || m.end() == pronoun) return m.end() == pronoun;
        for (int k = m.end(); k < pronoun; k++) {
            String pos = tokens.get(k).pos();
            if (!(pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD") || pos.equals("RP") || pos.equals("TO"))) {
                return false;
            }
        }
        return true;
    }

    /** What the last sentence's pronouns and descriptions were resolved to. */
    public List<Resolution> resolutions() {
        return List.copyOf(resolutions);
    }

    private Antecedent antecedent(List<ActorMention> here, List<ActorMention> added, int before,
                                  java.util.function.Predicate<ActorMention> fits) {
        Antecedent best = null;
        for (ActorMention m : here) {
            if (m.end() <= before && fits.test(m) && (best == null || m.begin() > best.mention().begin())) {
                best = new Antecedent(sentence, m, m.text());
            }
        }
        for (ActorMention m : added) {
            if (m.end() <= before && fits.test(m) && (best == null || m.begin() > best.mention().begin())) {
                for (Resolution r : resolutions) if (r.mention() == m) best = new Antecedent(sentence, m, r.antecedentText());
            }
        }
        if (best != null) return best;
        for (Iterator<Antecedent> it = memory.descendingIterator(); it.hasNext(); ) {
            Antecedent a = it.next();
            if (fits.test(a.mention())) return a;
        }
        return null;
    }

    /**
     * The mentions with a dictionary person named by surname alone made an uncoded person where the story gives that
     * surname another given name: "special rapporteur Richard Bennett ... Bennett called for" is not Naftali Bennett,
     * in that sentence or any after it. The given name is a capitalised word right before a surname the dictionary knows alone, that
     * is no title ("President", "Sen.", "Secretary of State") and no other mention, where the dictionary has no name
     * of the two words together ("Joe Biden", "Kim Jong Un" match whole).
     */
    private List<ActorMention> withoutNamesakes(List<Token> tokens, List<ActorMention> mentions) {
        List<ActorMention> kept = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            int last = m.end() - 1;
            if (m.kind() == Kind.PERSON) {
                String surname = tokens.get(last).word();
                int given = last - 1;
                if (given >= 0 && givenName(tokens.get(given)) && (given >= m.begin() || !covered(mentions, given))
                        && (given == 0 || !tokens.get(given - 1).lowerWord().equals("of"))
                        && fullName(tokens, last, last + 1) && !fullNameEnding(tokens, given, last + 1)) {
                    namesakes.add(surname);
                }
                if (namesakes.contains(surname)) {
                    // Someone the dictionary does not know: a party with no code, named by the story's words.
                    kept.add(new ActorMention(m.begin(), m.end(), ActorCoder.UNKNOWN_COUNTRY, m.text(), false, Kind.PERSON));
                    continue;
                }
            }
            kept.add(m);
        }
        return kept;
    }

    /**
     * Whether the dictionary names a person by words ending at {@code end} and starting at {@code given} or up to three
     * name words before it ("Asif Ali Zardari", "Frank-Walter Steinmeier").
     */
    private boolean fullNameEnding(List<Token> tokens, int given, int end) {
        for (int k = given; k >= Math.max(0, given - 4); k--) {
            Token t = tokens.get(k);
            if (!t.word().equals("-") && !t.isProperNoun()) break;
            if (fullName(tokens, k, end)) return true;
        }
        return false;
    }

    /** Whether the dictionary names a person by the words [begin, end) alone ("Bennett", "Vladimir Putin"). */
    private boolean fullName(List<Token> tokens, int begin, int end) {
        for (ActorMention m : actors.mentions(tokens.subList(begin, end), java.time.LocalDate.EPOCH)) {
            if (m.begin() == 0 && m.end() == end - begin) return true;
        }
        return false;
    }

    private static boolean givenName(Token t) {
        String w = t.word();
        if (!t.pos().equals("NNP") || w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
        for (int i = 1; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i))) return false;
        String lower = t.lowerWord();
        return !TITLES.containsKey(lower) && !PERSON_TITLES.contains(lower) && !CALENDAR.contains(lower)
                && !HONORIFICS.contains(lower) && !REGIONS.contains(lower);
    }

    /**
     * Continents and world regions, which no one is named: a section heading glued to the next sentence ("Europe and
     * Africa Erdogan has made overtures") must not make Erdogan a namesake for the rest of the story.
     */
    private static final Set<String> REGIONS = Set.of("africa", "europe", "asia", "america", "americas", "oceania",
            "eurasia", "arctic", "antarctica", "caribbean", "balkans", "sahel", "levant", "mideast", "maghreb",
            "pacific", "atlantic");

    /** Words before a surname that are no given name: "Mr. Bennett", "Prince William", "Pope Leo". */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady",
            "prince", "princess", "sheikh", "sheik", "pope", "cardinal", "bishop", "ambassador", "governor", "mayor",
            "commander", "colonel", "captain", "lieutenant", "sergeant", "major", "marshal", "envoy", "chief",
            "deputy", "vice", "former", "crown", "speaker", "senior", "dear", "brother", "imam", "rabbi", "father");

    /** The mentions with the titled names the dictionary does not know added ("Sen. Jim Risch" → USALEG). */
    private List<ActorMention> titled(List<Token> tokens, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token title = tokens.get(i);
            String role = TITLES.get(title.lowerWord());
            if (role == null || !Character.isUpperCase(title.word().charAt(0)) || covered(mentions, i + 1)) continue;
            if (role.equals("MIL") && i > 0 && CIVIL_GENERAL.contains(tokens.get(i - 1).lowerWord())) role = "GOV";
            int end = i + 1;
            while (end < tokens.size() && end < i + 4 && tokens.get(end).pos().equals("NNP")
                    && Character.isUpperCase(tokens.get(end).word().charAt(0)) && !covered(mentions, end)) end++;
            if (end == i + 1) continue;
            int begin = i;
            while (begin > 0 && begin > i - 3 && tokens.get(begin - 1).pos().startsWith("NNP")
                    && !covered(mentions, begin - 1)) begin--; // "Defence Minister", "Foreign Minister"
            String country = null;
            ActorMention before = null;
            for (ActorMention m : out) {
                if ((m.end() == begin || m.covers(i) && m.end() == i + 1) && m.kind() != Kind.PERSON) before = m;
            }
            ActorMention of = null;
            if (end + 1 < tokens.size() && tokens.get(end).lowerWord().equals("of")) {
                for (ActorMention m : out) if (m.begin() == end + 1 && m.kind() == Kind.COUNTRY) of = m;
            }
            if (before != null) {
                // "Russian Defence Minister Ann Smith": the role mention before the name takes the name in.
                out.remove(before);
                String code = before.kind() == Kind.COUNTRY ? ActorCoder.compose(before.code(), role) : before.code();
                out.add(new ActorMention(before.begin(), end, code, words(tokens, before.begin(), end),
                        false, Kind.PERSON));
                i = end - 1;
                continue;
            }
            if (of != null) {
                country = of.code();
                out.remove(of);
                end = of.end();
            } else {
                country = anyCountry ? (lastCountry != null ? lastCountry : countryIn(out)) : storyCountry;
            }
            if (country == null) continue;
            out.add(new ActorMention(begin, end, ActorCoder.compose(country, role), words(tokens, begin, end), false,
                    Kind.PERSON));
            i = end - 1;
        }
        out.sort(Comparator.comparingInt(ActorMention::begin));
        return out;
    }

    private static String countryIn(List<ActorMention> mentions) {
        for (ActorMention m : mentions) if (m.kind() == Kind.COUNTRY && m.code().length() == 3) return m.code();
        return null;
    }

    /** A proper noun no mention covers, not a day or month: a name the dictionary does not know. */
    private static boolean unknownName(List<Token> tokens, List<ActorMention> mentions, int k) {
        Token t = tokens.get(k);
        return t.pos().startsWith("NNP") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                && !CALENDAR.contains(t.lowerWord()) && !covered(mentions, k);
    }

    /**
     * Where "the" opens an organisation noun after up to two words of what it is, or -1: "the separatist group", "the
     * armed militant group" (adjectives, participles and common nouns; a proper noun names a group of its own).
     */
    private static int describedOpening(List<Token> tokens, int head) {
        for (int k = head - 1; k >= 1 && k >= head - 2; k--) {
            String pos = tokens.get(k).pos();
            if (!(pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("NN"))) return -1;
            if (tokens.get(k - 1).lowerWord().equals("the")) return k - 1;
        }
        return -1;
    }

    /** Whether an unknown name stands between the antecedent and the pronoun at {@code at}. */
    private boolean unknownNameBetween(List<Token> tokens, List<ActorMention> here, Antecedent found, int at) {
        int from = found.sentence() == sentence ? found.mention().end() : 0;
        for (int k = from; k < at; k++) if (unknownName(tokens, here, k)) return true;
        if (found.sentence() == sentence) return false;
        for (UnknownName u : unknownNames) {
            if (u.sentence() > found.sentence() || u.sentence() == found.sentence() && u.token() >= found.mention().end()) {
                return true;
            }
        }
        return false;
    }

    /** "the country's highest honour": a possessor of a thing, not an actor. */
    private static boolean possessed(List<Token> tokens, int head) {
        return head + 1 < tokens.size() && tokens.get(head + 1).pos().equals("POS");
    }

    /** A country written before a noun or another country, as an adjective: "U.S. and NATO troops". */
    private static boolean asAdjective(List<Token> tokens, ActorMention m) {
        if (m.end() >= tokens.size()) return false;
        String pos = tokens.get(m.end()).pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CC");
    }

    /** Whether the code has the role after its country, at a three-letter boundary: RUSGOV has GOV. */
    /**
     * Where a plural title of heads that names no country opens, or -1: "both leaders", "the two presidents", "the
     * prime ministers" (the head at {@code head}, then back over adjectives and "two" to "both" or "the").
     */
    private static int pairOpening(List<Token> tokens, int head) {
        Token t = tokens.get(head);
        if (!t.pos().equals("NNS") || !PERSON_TITLES.contains(t.lemma().toLowerCase(Locale.ROOT))) return -1;
        // "the leaders of Russia and China" name their own countries.
        if (head + 1 < tokens.size() && Set.of("of", "from").contains(tokens.get(head + 1).lowerWord())) return -1;
        for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
            Token b = tokens.get(k);
            String w = b.lowerWord();
            if (w.equals("both") || w.equals("the")) return k;
            if (!b.pos().startsWith("JJ") && !w.equals("two")) return -1;
        }
        return -1;
    }

    /** Whether a mention with a country lies in the span: "both Iranian leaders" are Iran's. */
    private static boolean namedCountry(List<ActorMention> mentions, int from, int to) {
        for (ActorMention m : mentions) if (m.begin() < to && from < m.end() && countryOf(m) != null) return true;
        return false;
    }

    /**
     * The last two people of two different countries named before {@code before} (in this sentence, then in the
     * sentences remembered) as one antecedent that names both ("INDGOV/MUSGOV"), or null when there are not two; with
     * {@code people} false, the last two countries of any actors ("Egyptian President ..." and "Turkey": "EGY/TUR").
     */
    private Antecedent pair(List<ActorMention> here, int before, boolean people) {
        List<ActorMention> two = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<ActorMention> sorted = new ArrayList<>(here);
        sorted.sort(Comparator.comparingInt(ActorMention::begin).reversed());
        List<Antecedent> candidates = new ArrayList<>();
        for (ActorMention m : sorted) if (m.end() <= before) candidates.add(new Antecedent(sentence, m, m.text()));
        for (Iterator<Antecedent> it = memory.descendingIterator(); it.hasNext(); ) candidates.add(it.next());
        Set<String> countries = new HashSet<>();
        for (Antecedent a : candidates) {
            ActorMention m = a.mention();
            String country = countryOf(m);
            if (people && m.kind() != Kind.PERSON || country == null || !countries.add(country)) continue;
            two.add(m);
            shown.add(a.shownAs());
            if (two.size() == 2) break;
        }
        if (two.size() < 2) return null;
        // Countries stand as countries ("both countries" after "Egyptian President ..." is Egypt), people as
        // themselves.
        String first = people ? two.get(1).code() : countryOf(two.get(1));
        String second = people ? two.get(0).code() : countryOf(two.get(0));
        String code = first + org.dyad.core.dictionary.ActorEntry.SEVERAL + second;
        ActorMention both = new ActorMention(two.get(1).begin(), two.get(0).end(), code,
                shown.get(1) + " and " + shown.get(0), false, Kind.AGENT);
        return new Antecedent(sentence, both, shown.get(1) + " and " + shown.get(0));
    }

    private static boolean hasRole(String code, String role) {
        for (int i = 3; i + role.length() <= code.length(); i += 3) if (code.startsWith(role, i)) return true;
        return false;
    }

    private static boolean plural(ActorMention m) {
        String last = m.text().toLowerCase(Locale.ROOT);
        return last.endsWith("s") && !last.endsWith("'s");
    }

    private static boolean covered(List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) if (m.covers(token)) return true;
        return false;
    }

    private static String words(List<Token> tokens, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = begin; i < end; i++) {
            if (i > begin && tokens.get(i - 1).end() < tokens.get(i).begin()) b.append(' ');
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }
}
