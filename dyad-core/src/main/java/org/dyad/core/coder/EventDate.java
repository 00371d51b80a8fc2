package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Modality;
import org.dyad.core.model.Timex;
import org.dyad.core.model.Token;

/**
 * An event's date and how it was found. Resolves TIMEX3 values ("2022-01-10", "2014", "2021-12-27TNI",
 * "XXXX-01-10") against the document date, respecting what the sentence says of the event: a planned event's
 * "Jan. 10" is the next Jan 10, a past event's is the last one.
 */
record EventDate(LocalDate date, DateBasis basis, String precision) {
    private static final Pattern ISO = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)\\b(last|this|next|previous|past|coming) year\\b");

    static EventDate ofDocument(LocalDate documentDate) {
        return new EventDate(documentDate, DateBasis.DOCUMENT, "day");
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(last|next|this|coming|past)?\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /**
     * "Tuesday", "late on Monday", "last Friday": news names the weekday nearest the story, before it for what
     * happened and after it for what is planned. Resolved here rather than by SUTime, whose choice of week
     * depends on the tense it guesses and on the expressions it saw before in the same document.
     */
    private static EventDate weekday(String text, LocalDate documentDate, Modality modality) {
        Matcher m = WEEKDAY.matcher(text.toLowerCase(java.util.Locale.ROOT));
        if (!m.find() || WRITTEN_YEAR.matcher(text).find() || text.matches(".*\\d.*")) return null;
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT));
        String which = m.group(1);
        boolean future = "next".equals(which) || "coming".equals(which)
                || (which == null || which.equals("this")) && (modality == Modality.PLANNED || modality == Modality.HYPOTHETICAL);
        LocalDate date = future
                ? documentDate.with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
                : documentDate.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        if ("last".equals(which) || "past".equals(which)) {
            date = documentDate.with(java.time.temporal.TemporalAdjusters.previous(day));
        }
        return new EventDate(date, DateBasis.TEXT, "day");
    }

    /** The date a temporal expression gives, or null when it is not a calendar date (a duration, "now"). */
    static EventDate resolve(Timex timex, LocalDate documentDate, Modality modality) {
        return resolve(timex, documentDate, modality, false);
    }

    /**
     * As {@link #resolve(Timex, LocalDate, Modality)}, for an event the text puts in the past (a verb in the past
     * tense, "since May"): a month or day written without a year is then the last one before the story, "in
     * September" of a June story the September before.
     */
    static EventDate resolve(Timex timex, LocalDate documentDate, Modality modality, boolean past) {
        if (timex.value() == null || !(timex.type().equals("DATE") || timex.type().equals("TIME"))) return null;
        EventDate weekday = weekday(timex.text(), documentDate, past ? Modality.ASSERTED : modality);
        if (weekday != null) return weekday;
        String v = timex.value();
        Matcher w = WEEK.matcher(v);
        if (w.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(java.time.DayOfWeek.MONDAY);
            return new EventDate(d, DateBasis.TEXT, "week");
        }
        Matcher m = ISO.matcher(v);
        if (!m.find()) return null;
        boolean yearKnown = !m.group(1).equals("XXXX");
        int year = yearKnown ? Integer.parseInt(m.group(1)) : documentDate.getYear();
        // SUTime reads centuries and odd numbers as years ("19th century", "3925"); news events lie near the story.
        if (year < 1800 || year > documentDate.getYear() + 30) return null;
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        String precision = m.group(2) == null ? "year" : m.group(3) == null ? "month" : "day";
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) return null;
        LocalDate date = LocalDate.of(year, month, day);
        // "July last year", "January of this year": SUTime's year is the text's, not a guess.
        boolean yearWritten = WRITTEN_YEAR.matcher(timex.text()).find() || RELATIVE_YEAR.matcher(timex.text()).find();
        if (!yearWritten && !precision.equals("year")) {
            // A date without a written year is the nearest one in the direction the event lies.
            LocalDate end = precision.equals("month") ? date.plusMonths(1).minusDays(1) : date;
            if (past && date.isAfter(documentDate)) date = date.minusYears(1);
            else if (!past && modality == Modality.PLANNED && end.isBefore(documentDate)) date = date.plusYears(1);
            else if (modality == Modality.ASSERTED && date.isAfter(documentDate.plusDays(1)) && precision.equals("day")
                    && date.minusYears(1).isBefore(documentDate)) date = date.minusYears(1);
        }
        return new EventDate(date, DateBasis.TEXT, precision);
    }

    // ---- finding the expression that dates a predicate ------------------------------------------------------

    /**
     * The date of a predicate: the temporal expression that governs it (walking up from the expression, the first
     * predicate reached must be this one, a word of its pattern, or a non-predicate governor of it such as
     * "scheduled" in "talks are scheduled for Jan. 10"). With none of its own, the predicate shares the date of
     * the word it hangs from when that word's time is its time: the verb of saying that reports it ("said on
     * Tuesday that Russia would ..."), the verb it is coordinated with ("In 2019, X praised Y and announced
     * talks"), or the verb whose circumstance it names ("was killed Thursday in an airstrike"). Otherwise the
     * document's date, marked {@link DateBasis#BACKGROUND} for an act the text puts before the story
     * ({@link #background}).
     */
    static EventDate of(SentenceGraph g, Predicate p, Set<Integer> predicates, LocalDate documentDate,
                        Modality modality) {
        Set<Integer> anchors = new HashSet<>(p.words());
        int cur = p.token();
        for (int step = 0; step < 4; step++) {
            int h = g.head(cur);
            if (h < 0 || predicates.contains(h) || Cues.ATTRIBUTION.contains(g.lemma(h))) break;
            anchors.add(h);
            cur = h;
        }
        // "set talks for Jan. 10" (a story of Dec. 28): setting is past, the talks planned are not.
        boolean past = pastTense(g, p.token()) && modality != Modality.PLANNED;
        EventDate own = governing(g, anchors, predicates, documentDate, modality, past);
        if (own != null) return own;
        cur = p.token();
        for (int step = 0; step < 6; step++) {
            int h = g.head(cur);
            if (h < 0) break;
            String relation = g.headRelation(cur);
            boolean saying = Cues.ATTRIBUTION.contains(g.lemma(h));
            boolean circumstance = predicates.contains(cur) && sceneSetting(g, cur);
            if (!saying && !relation.startsWith("conj") && !circumstance) break;
            // A saying is dated as what it is, an act in the past: "said on Tuesday it would ..." is last Tuesday.
            EventDate shared = saying
                    ? governing(g, Set.of(h), predicates, documentDate, Modality.ASSERTED, true)
                    : governing(g, Set.of(h), predicates, documentDate, modality, past || pastTense(g, h));
            if (shared != null) return shared;
            cur = h;
        }
        return modality == Modality.ASSERTED && background(g, p) ? new EventDate(documentDate, DateBasis.BACKGROUND, "day") : ofDocument(documentDate);
    }

    /** The nearest expression whose walk up the parse reaches one of {@code anchors} first, resolved; or null. */
    private static EventDate governing(SentenceGraph g, Set<Integer> anchors, Set<Integer> predicates,
                                       LocalDate documentDate, Modality modality, boolean past) {
        // The nearest governing expression wins: "Dec 28 - ... will hold talks on Jan. 10" is Jan. 10.
        EventDate best = null;
        int bestSteps = Integer.MAX_VALUE;
        for (Timex timex : g.sentence.timexes()) {
            int head = timexHead(g, timex);
            if (head < 0) continue;
            int walk = head;
            for (int step = 0; step < 6 && walk >= 0; step++) {
                int h = g.head(walk);
                if (h < 0) break;
                if (anchors.contains(h)) {
                    EventDate d = resolve(timex, documentDate, modality, past || since(g, timex, head));
                    if (d != null && step < bestSteps) {
                        best = d;
                        bestSteps = step;
                    }
                    break;
                }
                // "at a Jan. 23 briefing", "in Tuesday's attack": an event noun that only sets the scene is passed
                if ((predicates.contains(h) && !sceneSetting(g, h)) || Cues.ATTRIBUTION.contains(g.lemma(h))) break;
                walk = h;
            }
        }
        return best;
    }

    /** Prepositions that put an act at the time of the event they name; not "after", "before", "since". */
    private static final Set<String> SCENE = Set.of("obl:at", "obl:during", "obl:in", "obl:amid", "nmod:at",
            "nmod:during", "nmod:in", "nmod:amid");

    /** An event noun in a phrase that sets the scene of its governor: "at a briefing", "in an airstrike". */
    private static boolean sceneSetting(SentenceGraph g, int predicate) {
        return g.token(predicate).isNoun() && SCENE.contains(g.headRelation(predicate));
    }

    /** "since May", "since July last year": the start of something still going on, so in the past. */
    private static boolean since(SentenceGraph g, Timex timex, int head) {
        if (timex.beginToken() > 0 && g.token(timex.beginToken() - 1).lowerWord().equals("since")) return true;
        for (Dependency d : g.children(head)) {
            if (d.relation().equals("case") && g.token(d.dependent()).lowerWord().equals("since")) return true;
        }
        return false;
    }

    /** The token of a temporal expression whose governor lies outside it. */
    private static int timexHead(SentenceGraph g, Timex timex) {
        int end = Math.min(timex.endToken(), g.size());
        for (int i = timex.beginToken(); i < end; i++) {
            int h = g.head(i);
            if (h < timex.beginToken() || h >= end) return i;
        }
        return -1;
    }

    /**
     * Whether the text puts a predicate in the past: a verb in the past tense or perfect ("attacked", "has
     * attacked", "was attacked"); an event noun takes the tense of the verb it hangs from.
     */
    static boolean pastTense(SentenceGraph g, int token) {
        int cur = token;
        for (int step = 0; step < 3 && cur >= 0 && !g.token(cur).isVerb(); step++) cur = g.head(cur);
        if (cur < 0 || !g.token(cur).isVerb()) return false;
        if (g.token(cur).pos().equals("VBD")) return true;
        for (Dependency d : g.children(cur)) {
            if (d.relation().startsWith("aux")) {
                String w = g.token(d.dependent()).lowerWord();
                if (w.equals("will") || w.equals("would") || w.equals("shall")) return false;
                if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("did") || w.equals("was")
                        || w.equals("were")) return true;
            }
        }
        return false;
    }

    // ---- background: past acts the text does not date ----------------------------------------------------

    /** Verbs whose subject is an earlier act: "the annexation resulted in sanctions", "the attack sparked protests". */
    private static final Set<String> CONSEQUENCE = Set.of("result", "lead", "trigger", "spark", "cause", "prompt",
            "provoke", "fuel", "precede");
    /** Modifiers that put an act before the story: "previous U.S. sanctions", "the earlier attack". */
    private static final Set<String> EARLIER = Set.of("previous", "earlier", "prior", "past", "former", "erstwhile");
    private static final Set<String> ONCE = Set.of("previously", "formerly", "once");

    /**
     * Whether the text puts an act before the story without dating it: "previously"/"once" ("once occupied"), a
     * "since" phrase or clause ("since the annexation", "since the government sent troops"), an event noun marked as earlier
     * ("previous sanctions") or the subject of a verb of consequence ("Russia's annexation of Crimea resulted in
     * sanctions", "the invasion sparked protests"), or a relative clause, which describes its noun ("Barnier, who
     * led the Brexit talks"). Such an act is background to the news, not a new event on the story's date. The past perfect alone is no such sign: news uses it for the acts just before what it reports
     * ("Lithuania had summoned the Russian ambassador").
     */
    static boolean background(SentenceGraph g, Predicate p) {
        int t = p.token();
        Token token = g.token(t);
        String relation = g.headRelation(t);
        int head = g.head(t);
        if (relation.endsWith(":since") || relation.equals("advcl") && g.hasChild(t, "mark", Set.of("since"))) {
            return true;
        }
        if (token.isNoun()) {
            for (Dependency d : g.children(t)) {
                if (d.relation().equals("amod") && EARLIER.contains(g.token(d.dependent()).lowerWord())) return true;
            }
            // "the annexation resulted in", not "the strike was the result of" (the news, said to have a cause)
            if (head >= 0 && relation.startsWith("nsubj") && g.token(head).isVerb() && CONSEQUENCE.contains(g.lemma(head))) {
                return true;
            }
            if (head >= 0 && relation.equals("obj") && g.lemma(head).equals("follow")) return true;
            // "Iran's drone industry, which is under U.S. sanctions": the noun is the relative clause's predicate.
            if (relation.equals("acl:relcl") && describes(g, t, head)) return true;
            // "Barnier, who led the Brexit negotiations", "ICE, which is spearheading deportation efforts": the
            // noun's act is part of what the relative clause describes.
            int v = t;
            for (int step = 0; step < 3 && v >= 0 && !g.token(v).isVerb(); step++) v = g.head(v);
            return v >= 0 && g.token(v).isVerb() && g.headRelation(v).equals("acl:relcl") && describes(g, v, g.head(v));
        }
        for (Dependency d : g.children(t)) {
            if (d.relation().equals("advmod") && ONCE.contains(g.token(d.dependent()).lowerWord())) return true;
        }
        if (standing(g, p)) return true;
        return relation.equals("acl:relcl") && describes(g, t, head);
    }

    /**
     * Verbs of a position held, whose simple present is a state: "opposes Chinese investment", "backs the plan". A
     * speech act in the present is the news told in the present ("accuses Kenya of politicizing ..."), so only these
     * and material acts ({@link #material}) describe.
     */
    private static final Set<String> STANCE_VERBS = Set.of("oppose", "support", "back", "favor", "favour");

    /** Whether a CAMEO code is a material act (QuadClass 2 or 4: roots 06-09 and 14-20), not a verbal one. */
    private static boolean material(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 6 && root <= 9 || root >= 14;
    }

    /** How long a long-running activity has gone on: "for years", "for decades". */
    private static final Set<String> SPANS = Set.of("year", "decade", "month", "century");

    /**
     * Whether the narrator describes what a party does as a rule or has long been doing, not an act of the story: the
     * simple present of a material act or a stance ("The group opposes Chinese investment", "The company invests in
     * vacant houses"; not "accuses Kenya of ...", the news told in the present), or a perfect that runs on ("has
     * been fighting an insurgency", "For years, he has engaged in
     * ..., threatening ..."). Only in a story's body, outside quotes and reported speech: "we condemn", "Kyiv says
     * Russia attacks" are what a party says now, and the first sentence tells the news in the present.
     */
    static boolean standing(SentenceGraph g, Predicate p) {
        int t = p.token();
        // A story's first sentence tells the news, and news tells it in the present ("Venezuela releases dozens of
        // activists", "Police have been pressuring the workers to end the strike"); the body describes in it.
        if (g.sentence.index() == 0) return false;
        if (!g.token(t).isVerb() || p.pattern().code().startsWith("01") || quoted(g, t)) return false;
        for (int cur = t, step = 0; step < 5; step++) {
            int h = g.head(cur);
            if (h < 0) break;
            if (Cues.ATTRIBUTION.contains(g.lemma(h)) || g.headRelation(cur).startsWith("ccomp")) return false;
            cur = h;
        }
        String pos = g.token(t).pos();
        boolean helped = false;
        for (Dependency d : g.children(t)) helped |= d.relation().startsWith("aux") || d.relation().equals("cop");
        if ((pos.equals("VBZ") || pos.equals("VBP")) && !helped
                && (material(p.pattern().code()) || STANCE_VERBS.contains(g.lemma(t)))) return true;
        if (longRunning(g, t)) return true;
        // "..., threatening the territorial integrity": a participle of what has long been going on
        String relation = g.headRelation(t);
        return pos.equals("VBG")
                && (relation.equals("advcl") || relation.equals("xcomp") || relation.startsWith("conj"))
                && g.head(t) >= 0 && longRunning(g, g.head(t));
    }

    /** A perfect progressive ("has been fighting"), or a perfect "for years" or "since 2014". */
    private static boolean longRunning(SentenceGraph g, int verb) {
        boolean perfect = false;
        boolean been = false;
        boolean span = false;
        for (Dependency d : g.children(verb)) {
            String w = g.token(d.dependent()).lowerWord();
            if (d.relation().equals("aux")) {
                if (w.equals("has") || w.equals("have") || w.equals("had")) perfect = true;
                if (w.equals("been")) been = true;
            }
            if (d.relation().equals("obl:for") && SPANS.contains(g.lemma(d.dependent()))
                    || d.relation().equals("obl:since")) span = true;
        }
        return perfect && (been && g.token(verb).pos().equals("VBG") || span);
    }

    /** Whether {@code token} stands inside quotation marks, opened in this sentence or before it. */
    static boolean quoted(SentenceGraph g, int token) {
        int before = 0;
        for (int i = 0; i < token; i++) if (quote(g.token(i).word())) before++;
        if (before % 2 == 1) return true;
        if (before > 0) return false;
        for (int i = token + 1; i < g.size(); i++) {
            String w = g.token(i).word();
            if (quote(w)) return w.equals("''") || w.equals("\u201d") || w.equals("\"");
        }
        return false;
    }

    private static boolean quote(String w) {
        return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201c") || w.equals("\u201d");
    }

    /** Relative words that stand for the noun in its clause: "who led", "which banned", "that agreed". */
    private static final Set<String> RELATIVE_WORDS = Set.of("who", "whom", "which", "that");

    /**
     * Whether the relative clause of {@code verb} on {@code noun} only says who or what the noun is: "Michel Barnier,
     * who led the Brexit talks, says ...", "ICE, which has been spearheading deportations", "fighters who fight to
     * control villages". Not the act of people the sentence's act is done to, told in the simple past ("killed six
     * attackers who laid siege to a hotel", "in Paris, where he had lunch with Macron"): that is what happened. A
     * clause with no relative word of its own is a parser's slip ("fighters from a faction ... have surrendered").
     */
    private static boolean describes(SentenceGraph g, int verb, int noun) {
        boolean relativeWord = false;
        boolean simplePast = g.token(verb).pos().equals("VBD");
        for (Dependency d : g.children(verb)) {
            if (d.relation().startsWith("aux")) simplePast = false;
            if (RELATIVE_WORDS.contains(g.token(d.dependent()).lowerWord()) && !d.relation().equals("mark")) {
                relativeWord = true;
            }
        }
        // The enhanced parse hangs the relative word on the noun it stands for ("ref") and gives the clause the noun.
        for (Dependency d : g.children(noun)) {
            if (d.relation().equals("ref") && RELATIVE_WORDS.contains(g.token(d.dependent()).lowerWord())) {
                relativeWord = true;
            }
        }
        String nounRelation = g.headRelation(noun);
        boolean actedOn = nounRelation.equals("obj") || nounRelation.equals("iobj")
                || nounRelation.equals("nsubj:pass") || nounRelation.startsWith("obl");
        return relativeWord && !(simplePast && actedOn);
    }
}
