package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.dictionary.VerbPattern.Path;
import org.dyad.core.dictionary.VerbPattern.Step;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Token;

/**
 * Who acts on whom for one predicate. A verb's subject or agent is the source and its object or oblique the target;
 * an event noun's possessor or "by" phrase is the source. When the predicate's own arguments name no target, the
 * fallbacks below are tried in order (the party inside the object, the subject of a content clause, the other side
 * of a conflict, the host of a visit ...), each documented with the sentence that needs it.
 */
final class Participants {
    /** Where to look for a verb's target, best first. */
    static final List<String> VERB_TARGETS = List.of("obj", "iobj", "nsubj:pass", "obl:on", "obl:against",
            "obl:with", "obl:to", "obl:toward", "obl:towards", "obl:into", "obl:over", "obl:from", "obl:for",
            "obl:at", "obl:between", "obl:with_respect_to", "nmod:on", "nmod:against", "nmod:with", "nmod:to",
            "nmod:for", "nmod:of");
    /**
     * Nouns of a stance held toward someone: their possessor holds it ("Turkey's support", "Egypt's solidarity"), on
     * the source's side, and their "for", "to" or "with" phrase names whom it is toward.
     */
    static final Set<String> STANCES = Set.of("support", "backing", "commitment", "solidarity", "respect", "sympathy",
            "condolence", "condolences", "gratitude", "appreciation", "friendship", "loyalty", "allegiance");
    static final List<String> STANCE_TARGETS = List.of("nmod:for", "nmod:to", "nmod:with", "nmod:toward",
            "nmod:towards", "nmod:of");
    /** Where a meeting noun names the other side: "talks with Gondor", "a meeting between Rohan and Gondor". */
    static final List<String> MEETING_TARGETS = List.of("nmod:with", "nmod:between", "nmod:to");
    /** Nouns of talks, whose "with" phrase names the other side: "consultations with the U.S.". */
    static final Set<String> TALKS = Set.of("talk", "talks", "consultation", "negotiation", "dialogue", "discussion",
            "meeting");
    /** Gatherings an act is done at: where, not whom ("at a NATO summit", "at the Security Council meeting"). */
    static final Set<String> VENUES = Set.of("meeting", "summit", "conference", "session", "forum", "ceremony",
            "briefing", "rally", "hearing", "gathering", "event", "sideline", "sidelines", "convention", "congress",
            "assembly", "talk", "talks", "interview", "news conference");

    /** Whether every {@code relation} phrase of {@code places} is headed by a gathering ({@link #VENUES}). */
    static boolean venuesOnly(SentenceGraph g, List<Integer> places, String relation) {
        boolean any = false;
        for (int place : places) {
            for (Dependency d : g.children(place)) {
                if (!d.relation().equals(relation)) continue;
                if (!VENUES.contains(g.lemma(d.dependent()))) return false;
                any = true;
            }
        }
        return any;
    }

    /** Where to look for an event noun's target. */
    static final List<String> NOUN_TARGETS = List.of("nmod:on", "nmod:against", "nmod:with", "nmod:to",
            "nmod:toward", "nmod:towards", "nmod:into", "nmod:between", "nmod:of", "nmod:for", "nmod:over");
    static final List<String> NOUN_SOURCES = List.of("nmod:poss", "nmod:by", "nmod:agent", "amod", "compound");
    /** Relations that say where, not to whom. */
    static final Set<String> LOCATIVE = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at", "obl:near");

    final Set<ActorMention> sources = new LinkedHashSet<>();
    final Set<ActorMention> targets = new LinkedHashSet<>();
    /**
     * Parties the sentence names in the target's place that no dictionary codes ("a court sentenced Dodik",
     * "stormed a police station"): code {@link ActorCoder#UNKNOWN_COUNTRY}, the phrase's words as text. The event
     * takes them only when no coded target and no joint subject gives it one.
     */
    final Set<ActorMention> unnamed = new LinkedHashSet<>();
    /**
     * What the act lands on where it names no party, coded or not (see {@link #thingsAt}): the site of an attack or a
     * raid ("stormed a police headquarters") and the matter of an investigation ("an investigation into the crash").
     * The event takes them last, after the place where the act is done, and only for the codes of
     * {@link #landsOnThing}.
     */
    final Set<ActorMention> things = new LinkedHashSet<>();

    /** Where to look for a verb's uncoded target, best first: the object, then the phrases that say at whom. */
    static final List<String> UNNAMED_VERB_TARGETS = List.of("obj", "iobj", "nsubj:pass", "obl:on", "obl:against",
            "obl:to", "obl:toward", "obl:towards", "obl:into", "obl:over", "obl:from", "obl:for", "obl:at",
            "obl:between", "obl:with", "nmod:on", "nmod:against", "nmod:to", "nmod:toward", "nmod:towards",
            "nmod:into", "nmod:over", "nmod:for", "nmod:between", "nmod:with", "nmod:of");
    /** Every place of a verb's target, coded or not, best first. */
    static final List<String> TARGET_ORDER;
    static {
        List<String> order = new ArrayList<>(VERB_TARGETS);
        for (String r : UNNAMED_VERB_TARGETS) if (!order.contains(r)) order.add(r);
        TARGET_ORDER = List.copyOf(order);
    }
    /** Named-entity tags of words that say when or how much, never who. */
    static final Set<String> NOT_PARTIES = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "NUMBER",
            "ORDINAL");
    /** Names of days and months, which say when even where no tagger marked them as dates. */
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");
    /** Relations that leave a noun phrase: its clauses, conjuncts, appositions and asides are not its words. */
    static final Set<String> OUTSIDE_PHRASE = Set.of("acl", "acl:relcl", "advcl", "appos", "cc", "parataxis", "dep",
            "ref", "dislocated", "list", "nmod:tmod", "orphan", "vocative", "discourse");
    /** A phrase longer than this after its head keeps only the words before the head ("a police station"). */
    static final int MAX_PHRASE_TAIL = 10;

    /**
     * Whether an act is done to the people where it is done, so that its place stands for the target no party is
     * named for: aid (07), easing and ceasefires (08), force posture (15), cutting aid or ties (16), coercion (17),
     * assault (18), fighting (19) and mass violence (20). Verbal acts are not: "said in Paris" says nothing to France.
     */
    static boolean landsOnPlace(String code) {
        String root = code.substring(0, 2);
        return root.equals("07") || root.equals("08") || root.equals("15") || root.equals("16")
                || root.equals("17") || root.equals("18") || root.equals("19") || root.equals("20");
    }

    /**
     * CAMEO acts that both parties do, so each is the other's source as well ("X met with Y" is Y meeting X): consult,
     * telephone, meet at a third place, negotiate (040, 041, 044, 046), their planned form (036), sign an agreement
     * (057) and cooperate (060-064). A visit is not (042 is the visitor's, 043 the host's), nor are mediation or
     * the intents of 03.
     */
    static boolean mutual(String code) {
        return code.equals("036") || code.equals("040") || code.equals("041") || code.equals("044")
                || code.equals("046") || code.equals("057") || code.startsWith("06");
    }

    /** The prepositional phrases after a verb ("said on Saturday"), not bare time words ("said today"). */
    static List<Integer> phrasesAfter(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if (d.dependent() > verb && r.startsWith("obl:") && !r.equals("obl:tmod") && !r.equals("obl:npmod")
                    && !r.equals("obl:agent")) out.add(d.dependent());
        }
        return out;
    }

    /** A statement's speaker, and as target only an actor in the phrase after it ("said to Gondor"), if any. */
    static Participants ofStatement(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        Participants parts = new Participants();
        for (Dependency d : g.children(p.token())) {
            if (d.relation().equals("nsubj")) parts.sources.addAll(actors(g, d.dependent(), mentionAt));
        }
        for (int phrase : phrasesAfter(g, p.token())) parts.targets.addAll(actors(g, phrase, mentionAt));
        parts.targets.removeAll(parts.sources);
        return parts;
    }

    /**
     * A second subject that is the tail of a name begun inside another subject: "Gollum centre of a row between
     * Radagast the Brown called for Gondor" has "centre" as subject and the parser hangs "Brown" on "called" as a
     * second one, while "Radagast the Brown" is one name, in the row the centre is of. A clause has one subject,
     * and the name stays where it begins.
     */
    static boolean nameSplitFromSubject(SentenceGraph g, int verb, int subject, ActorMention[] mentionAt) {
        ActorMention m = mentionAt[subject];
        if (m == null || m.begin() >= subject) return false;
        for (int t = m.begin(), steps = 0; t >= 0 && steps < g.size(); t = g.head(t), steps++) {
            if (g.head(t) == verb) return t != subject && "nsubj".equals(g.headRelation(t));
        }
        return false;
    }

    static Participants ofVerb(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        return ofVerb(g, p, mentionAt, true);
    }

    /** @param uncoded whether a name no dictionary codes may be the target (see {@link #unnamed}) */
    static Participants ofVerb(SentenceGraph g, Predicate p, ActorMention[] mentionAt, boolean uncoded) {
        Participants reported = governorActsOnSubject(g, p, mentionAt);
        if (reported != null) return reported;
        Participants parts = new Participants();
        boolean misparsedParticiple = participleWithSubject(g, p.token());
        boolean undergone = passiveChained(g, p.token());
        // "the supplier blamed travel restrictions by Cameroon": a "by" phrase on a verb with its own subject is not
        // the verb's agent; it names whose the object is (below).
        boolean byOfObject = !misparsedParticiple && g.hasRelation(p.token(), "nsubj");
        for (Dependency d : g.children(p.token())) {
            String r = d.relation();
            if (r.equals("obl:by") && byOfObject) continue;
            if (r.equals("nsubj") && nameSplitFromSubject(g, p.token(), d.dependent(), mentionAt)) continue;
            if (r.equals("nsubj") && misparsedParticiple || r.equals("nsubj:xsubj") && undergone) {
                // "the soldiers backed by AU troops worked ...", parsed with "backed" as the clause: the soldiers are
                // backed, the troops back them.
                parts.targets.addAll(actors(g, d.dependent(), mentionAt));
                if (parts.targets.isEmpty()) {
                    List<ActorMention> found = new ArrayList<>();
                    addUnnamed(g, d.dependent(), List.of(), mentionAt, found);
                    parts.unnamed.addAll(found);
                }
                continue;
            }
            if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("obl:agent") || r.equals("obl:by")
                    || r.equals("csubj")) {
                parts.sources.addAll(actors(g, d.dependent(), mentionAt));
            }
        }
        if (undergone && parts.targets.isEmpty() && parts.unnamed.isEmpty()) {
            // "Lai stands accused", parsed without the shared subject on the participle: the head's, acted on.
            for (Dependency d : g.children(g.head(p.token()))) {
                if (!d.relation().equals("nsubj")) continue;
                parts.targets.addAll(actors(g, d.dependent(), mentionAt));
                if (parts.targets.isEmpty()) {
                    List<ActorMention> found = new ArrayList<>();
                    addUnnamed(g, d.dependent(), List.of(), mentionAt, found);
                    parts.unnamed.addAll(found);
                }
            }
        }
        if (parts.sources.isEmpty()) {
            // A conjoined or chained verb without its own subject shares its head's: "met and agreed"; so does a
            // participle clause ("Iran said on Monday, accusing the U.S. of ...": the one who said accuses).
            int h = g.head(p.token());
            String rel = g.headRelation(p.token());
            // Not a conjunct with a subject of its own no dictionary codes ("Gondor proposed talks, but the other
            // side refused": the other side refused).
            boolean ownSubject = rel != null && rel.startsWith("conj") && subjectOfItsOwn(g, p.token());
            if (h >= 0 && !ownSubject && (rel.startsWith("conj")
                    || (rel.equals("xcomp") && !objectControlled(g, p.token()) && !undergone)
                    || byMeans(g, p.token())
                    // "In announcing the sanctions, Blinken said": a gerund in a preposition's phrase too.
                    || ((rel.startsWith("advcl") || rel.equals("dep") || rel.startsWith("obl:"))
                        && g.token(p.token()).pos().equals("VBG")))) {
                for (Dependency d : g.children(h)) {
                    if (d.relation().equals("nsubj")) parts.sources.addAll(actors(g, d.dependent(), mentionAt));
                }
            }
            // "issued a statement urging Pyongyang to ...": the statement's words are its issuer's.
            if (h >= 0 && rel.equals("acl") && Cues.DOCUMENTS.contains(g.lemma(h)) && g.head(h) >= 0) {
                for (Dependency d : g.children(g.head(h))) {
                    if (d.relation().equals("nsubj")) parts.sources.addAll(actors(g, d.dependent(), mentionAt));
                }
            }
        }
        if (parts.sources.isEmpty()) parts.sources.addAll(pronounSubjectsReferent(g, p.token(), mentionAt));
        if (parts.sources.isEmpty()) parts.sources.addAll(quotedSpeaker(g, p.token(), mentionAt));
        List<Integer> places = p.words();
        parts.targets.addAll(targetThePatternPlaces(g, p, mentionAt, parts.sources));
        // "reiterated Turkey's support for the GNA": a stance's holder is the source's side; its "for" phrase the target.
        Set<ActorMention> holders = new HashSet<>();
        for (int w : places) {
            if (!g.token(w).isNoun() || !STANCES.contains(g.lemma(w))) continue;
            for (Dependency d : g.children(w)) {
                if (d.relation().equals("nmod:poss")) holders.addAll(actors(g, d.dependent(), mentionAt));
            }
            if (!parts.targets.isEmpty()) continue;
            Set<ActorMention> exclude = new HashSet<>(parts.sources);
            exclude.addAll(holders);
            parts.targets.addAll(firstActors(g, List.of(w), STANCE_TARGETS, mentionAt, exclude));
            if (parts.targets.isEmpty()) parts.targets.addAll(actorInObject(g, List.of(g.head(w)), mentionAt, exclude));
            // "support for Seoul's efforts to end the crisis", parsed as a "for ... to" clause: its subject.
            for (Dependency d : g.children(w)) {
                if (!parts.targets.isEmpty() || !d.relation().startsWith("acl")) continue;
                for (Dependency c : g.children(d.dependent())) {
                    if (!c.relation().equals("nsubj")) continue;
                    for (ActorMention m : actors(g, c.dependent(), mentionAt)) if (!exclude.contains(m)) parts.targets.add(m);
                }
            }
        }
        boolean restated = false;
        // "the Golbon and the Jairan are sanctioned as vessels operated by the state shipping line": the names are
        // things the sentence calls vessels, and the party is whoever operates them.
        if (parts.targets.isEmpty()) {
            parts.targets.addAll(operatorsOfThingsNamedAs(g, p.token(), mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty()) {
            // The first place that names a party wins. A name there is the target though no dictionary codes it
            // ("criticized Ivanov over the sale of arms, Russian officials said"; "opened an investigation into
            // Christoph Metzelder over ..."), before any party met in a later place or deeper in the phrase.
            // "requested WTO dispute consultations with the U.S.": whom talks are with, not the forum that names them.
            for (int place : places) {
                for (Dependency d : g.children(place)) {
                    if (!d.relation().equals("obj") || !TALKS.contains(g.lemma(d.dependent()))) continue;
                    parts.targets.addAll(firstActors(g, List.of(d.dependent()), List.of("nmod:with"), mentionAt, parts.sources));
                }
            }
            List<ActorMention> landNamed = new ArrayList<>();
            for (String rel : TARGET_ORDER) {
                if (!parts.targets.isEmpty()) break;
                // "was criticized ... at a U.N. Security Council meeting": a meeting is where, not whom.
                if (rel.endsWith(":at") && venuesOnly(g, places, rel)) continue;
                List<String> one = List.of(rel);
                List<ActorMention> first = new ArrayList<>(firstActors(g, places, one, mentionAt, parts.sources));
                // "Trump's trade wars with Canada, which he hit with a levy": the source named again inside the
                // object (its possessor) is no target and does not end the search; the wars' other side is.
                // Only a coded party may stand in for it: "blockades on Saudi ports" by Saudi Arabia names no other
                // side, and the ports are no better a target than none.
                if (first.removeIf(m -> restatesSource(m, parts.sources))) restated = true;
                parts.targets.addAll(first);
                if (!parts.targets.isEmpty()) break;
                if (restated) continue;
                if (uncoded && (rel.equals("obj") || rel.equals("nsubj:pass")) && takesPeople(p.pattern().code())) {
                    // "arrested the captain of a ship": one arrests, detains or deports only people, so the object
                    // is the target whatever its noun, before any party named later in the sentence.
                    List<ActorMention> held = new ArrayList<>();
                    for (int place : places) {
                        for (Dependency d : g.children(place)) {
                            if (d.relation().equals(rel)) addPerson(g, d.dependent(), places, mentionAt, held);
                        }
                    }
                    if (!held.isEmpty()) {
                        parts.unnamed.addAll(held);
                        return parts;
                    }
                }
                List<ActorMention> named = unnamedParties(g, places, one, mentionAt, p.pattern().code());
                if (uncoded && landNamed.isEmpty() && !named.isEmpty()
                        && named.stream().allMatch(m -> LANDS.contains(g.lemma(headOf(g, m))))) {
                    // "annexed the Amur Region from China": a stretch of land named as the object is what the act
                    // took, and the party it was taken from, named later, is the target.
                    landNamed.addAll(named);
                    continue;
                }
                if (uncoded && named.stream().anyMatch(m -> g.token(headOf(g, m)).isProperNoun())) {
                    parts.unnamed.addAll(named); // with its conjuncts: "Navalny and his allies"
                    return parts;
                }
            }
            if (parts.targets.isEmpty() && !landNamed.isEmpty()) {
                parts.unnamed.addAll(landNamed);
                return parts;
            }
        }
        // "blamed India, accusing it of arming militants": a pronoun object is the party acted on, the one it stands
        // for, and the phrases after it say what of, not to whom.
        int pronoun = pronounObject(g, p.token());
        if (parts.targets.isEmpty() && pronoun >= 0) {
            int referent = pronounObjectsReferent(g, p.token(), pronoun, mentionAt);
            if (referent >= 0) {
                for (ActorMention m : actors(g, referent, mentionAt)) if (!parts.sources.contains(m)) parts.targets.add(m);
                // "removed Bashir and jailed him": the one named, though no dictionary codes him.
                if (parts.targets.isEmpty() && uncoded) {
                    List<ActorMention> found = new ArrayList<>();
                    addUnnamed(g, referent, places, mentionAt, found);
                    if (!found.isEmpty()) {
                        parts.unnamed.addAll(found);
                        return parts;
                    }
                }
            }
        }
        if (parts.targets.isEmpty() && pronoun < 0) {
            // "welcomed a resumption of ties with Osgiliath": the party sits inside the object's noun phrase.
            parts.targets.addAll(actorInObject(g, places, mentionAt, parts.sources, false));
        }
        if (parts.targets.isEmpty() && byOfObject && g.hasRelation(p.token(), "obj")) {
            parts.targets.addAll(firstActors(g, List.of(p.token()), List.of("obl:by"), mentionAt, parts.sources));
        }
        // Failing any other party, the place the object is in ("criticized the closure of guest houses in Bree",
        // "bargained for asylum in Gondor"); not where an act that lands where it is done names whom it is for in
        // its own clause ("raids in Mali, seeking to overthrow the government": see effectClauseParties).
        boolean placeYields = parts.targets.isEmpty() && landsOnPlace(p.pattern().code())
                && !effectClauseParties(g, p, mentionAt, parts.sources, p.pattern().code()).isEmpty();
        if (parts.targets.isEmpty() && !placeYields) {
            parts.targets.addAll(actorInObject(g, places, mentionAt, parts.sources, true));
        }
        if (parts.targets.isEmpty() && !placeYields) {
            parts.targets.addAll(placeOfNamedObject(g, p, mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(doersOfAntecedent(g, places, mentionAt, parts.sources));
        int claimMaker = p.pattern().code().equals("016") ? claimMaker(g, p.path()) : -1;
        if (parts.targets.isEmpty() && claimMaker >= 0) {
            parts.targets.addAll(firstActors(g, List.of(claimMaker), List.of("nsubj"), mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(subjectOfContentClause(g, p.path(), mentionAt, parts.sources));
        if (parts.targets.isEmpty()) {
            parts.targets.addAll(firstActors(g, givenUpComplements(g, p.token()), VERB_TARGETS, mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(counterpartInConflict(g, p.token(), mentionAt, parts.sources));
        if (parts.targets.isEmpty()) {
            // "has been attacking and fighting Kenyan troops": a verb with no object shares its conjunct's.
            List<Integer> partner = sharedObjectVerb(g, p.token());
            if (!partner.isEmpty()) parts.targets.addAll(firstActors(g, partner, List.of("obj"), mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(hostOfVisit(g, p, mentionAt, parts.sources));
        if (parts.targets.isEmpty() && pronoun < 0) parts.targets.addAll(actorInClauseObject(g, places, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) {
            // "found the regime guilty", "ordered the ministers jailed": the subject of the verb's small clause.
            for (int subject : smallClauseSubjects(g, p.token())) {
                for (ActorMention m : actors(g, subject, mentionAt)) if (!parts.sources.contains(m)) parts.targets.add(m);
            }
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(partyOfOwnClause(g, places, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) {
            // "signed an accord to supply Gondor with wheat": the purpose clause names whom the act is for.
            List<Integer> purposes = purposeClauses(g, p.token(), p.pattern().code().startsWith("07"));
            parts.targets.addAll(firstActors(g, purposes, List.of("obj"), mentionAt, parts.sources));
            if (parts.targets.isEmpty() && landsOnPlace(p.pattern().code())) {
                // "gave $5 million to help families in Rohan": the people helped are those of the place they are in.
                List<Integer> helped = new ArrayList<>();
                for (int v : purposes) {
                    for (Dependency d : g.children(v)) {
                        if (d.relation().equals("obj") && peopleNoun(g.lemma(d.dependent()))) helped.add(d.dependent());
                    }
                }
                for (int noun : helped) {
                    for (Dependency d : g.children(noun)) {
                        if (!d.relation().equals("nmod:in")) continue;
                        for (ActorMention m : actors(g, d.dependent(), mentionAt)) {
                            if (m.place() && !parts.sources.contains(m)) parts.targets.add(m);
                        }
                    }
                }
            }
        }
        if (parts.targets.isEmpty() && p.pattern().code().equals("045")) {
            // "launched a mediation effort to resolve the rift between Qatar and its neighbours": a mediation is
            // between the parties of the dispute its purpose names.
            parts.targets.addAll(partiesIn(g, p.token(), BETWEEN, mentionAt, parts.sources, null));
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty() && p.pattern().code().startsWith("15")) {
            // "mobilized the army for a ground assault against Gaza": force is readied against whom its purpose names.
            List<ActorMention> uncodedFoes = new ArrayList<>();
            parts.targets.addAll(partiesIn(g, p.token(), AGAINST, mentionAt, parts.sources, uncodedFoes));
            // An uncoded foe only beside a coded source: two uncoded sides make no event, and the act stands alone.
            if (parts.targets.isEmpty() && !parts.sources.isEmpty()) parts.unnamed.addAll(uncodedFoes);
        }
        if (parts.targets.isEmpty() && p.pattern().code().startsWith("13")) {
            // "threatened sanctions if Russia attacks Ukraine": the party the condition names is the one threatened,
            // named though no dictionary codes it ("would execute hostages if the state did not release prisoners":
            // the state, not the prisoners it is to free), before any other uncoded party.
            List<ActorMention> uncodedThreatened = new ArrayList<>();
            List<Integer> threatening = new ArrayList<>(places);
            for (int place : places) {
                // "warned that it would execute the hostages if ...": the condition of the act threatened.
                for (Dependency d : g.children(place)) {
                    if ((d.relation().equals("ccomp") || d.relation().equals("xcomp"))
                            && !threatening.contains(d.dependent())) threatening.add(d.dependent());
                }
            }
            for (int place : threatening) {
                for (Dependency d : g.children(place)) {
                    if (!d.relation().startsWith("advcl")) continue;
                    for (Dependency sub : g.children(d.dependent())) {
                        if (!sub.relation().startsWith("nsubj")) continue;
                        List<ActorMention> coded = actors(g, sub.dependent(), mentionAt);
                        parts.targets.addAll(coded);
                        if (coded.isEmpty()) addUnnamed(g, sub.dependent(), places, mentionAt, uncodedThreatened);
                    }
                }
            }
            parts.targets.removeAll(parts.sources);
            if (parts.targets.isEmpty()) {
                // "warned that it will keep up the pressure on Iran": whom the act the threatener says it will do
                // names, as for an act of the dictionaries asked or threatened (EventCoder).
                List<Integer> own = new ArrayList<>();
                for (int place : places) {
                    for (Dependency d : g.children(place)) {
                        if ((d.relation().equals("ccomp") || d.relation().equals("xcomp"))
                                && EventCoder.sayerActs(g, place, d.dependent())) own.add(d.dependent());
                    }
                }
                for (int i = 0; i < own.size() && i < 6; i++) {
                    for (Dependency d : g.children(own.get(i))) {
                        if (d.relation().equals("xcomp") && !own.contains(d.dependent())) own.add(d.dependent());
                    }
                }
                parts.targets.addAll(firstActors(g, own, VERB_TARGETS, mentionAt, parts.sources));
            }
            if (parts.targets.isEmpty() && parts.unnamed.isEmpty()) parts.unnamed.addAll(uncodedThreatened);
        }
        if (parts.targets.isEmpty() && !parts.sources.isEmpty() && modifiedByParticiple(g, p.token())) {
            // "rebels backed by Russia": the participle's noun is what its agent acts on, as a passive subject is.
            int noun = g.head(p.token());
            for (ActorMention m : actors(g, noun, mentionAt)) if (!parts.sources.contains(m)) parts.targets.add(m);
            if (parts.targets.isEmpty()) {
                List<ActorMention> found = new ArrayList<>();
                addUnnamed(g, noun, places, mentionAt, found);
                parts.unnamed.addAll(found);
            }
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty() && REPLYING.contains(g.lemma(p.token()))
                && !g.hasRelation(p.token(), "obj") && !g.hasRelation(p.token(), "xcomp")
                && g.headRelation(p.token()) != null && g.headRelation(p.token()).startsWith("conj")
                && subjectOfItsOwn(g, p.token())) {
            // "Gondor proposed a truce, but Rohan refused": a reply with nothing of its own answers its conjunct's
            // subject, who made what it replies to.
            int h = g.head(p.token());
            for (Dependency d : g.children(h)) {
                if (!d.relation().equals("nsubj")) continue;
                for (ActorMention m : actors(g, d.dependent(), mentionAt)) {
                    if (!parts.sources.contains(m)) parts.targets.add(m);
                }
            }
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty() && answersInWords(p.pattern().code())) {
            // "denied the claims while responding to a statement by Rohan's envoy": whom a word of answer answers.
            parts.targets.addAll(answered(g, p.token(), mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty() && !restated) {
            parts.unnamed.addAll(unnamedParties(g, anchors(g, places, p), UNNAMED_VERB_TARGETS, mentionAt,
                    p.pattern().code()));
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty()) {
            List<Integer> subjects = new ArrayList<>(smallClauseSubjects(g, p.token()));
            // "demanded that the governor step down", "urged that the envoys be freed": what is asked is of them.
            if (Senses.asks(p.pattern().code()) || p.pattern().code().startsWith("11")) {
                for (Dependency d : g.children(p.token())) {
                    if (!d.relation().equals("ccomp")) continue;
                    for (Dependency c : g.children(d.dependent())) {
                        if (c.relation().startsWith("nsubj")) subjects.add(c.dependent());
                    }
                }
            }
            List<ActorMention> found = new ArrayList<>();
            for (int subject : subjects) addUnnamed(g, subject, places, mentionAt, found);
            parts.unnamed.addAll(found);
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty()) {
            parts.unnamed.addAll(partiesOfThings(g, anchors(g, places, p), mentionAt,
                    p.pattern().code().startsWith("11")));
        }
        parts.targets.removeAll(holders);
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty() && conceding(p.pattern().code())) {
            // "will not lift the embargo until Havana frees its prisoners": whom a concession waits on is the target.
            List<Integer> subjects = conditionSubjects(g, places);
            for (int subject : subjects) {
                for (ActorMention m : actors(g, subject, mentionAt)) if (!parts.sources.contains(m)) parts.targets.add(m);
            }
            if (parts.targets.isEmpty()) {
                List<ActorMention> found = new ArrayList<>();
                for (int subject : subjects) addUnnamed(g, subject, places, mentionAt, found);
                parts.unnamed.addAll(found);
            }
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty() && claimMaker >= 0) {
            // "Bugti and Chaudhry reiterated the claim ..., a charge Balkhi rejected": the claimants, named though
            // no dictionary codes them.
            List<ActorMention> found = new ArrayList<>();
            for (Dependency d : g.children(claimMaker)) {
                if (!d.relation().equals("nsubj")) continue;
                addUnnamed(g, d.dependent(), places, mentionAt, found);
                for (Dependency c : g.children(d.dependent())) {
                    if (c.relation().startsWith("conj")) addUnnamed(g, c.dependent(), places, mentionAt, found);
                }
            }
            parts.unnamed.addAll(found);
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty() && !restated) {
            parts.things.addAll(thingsAt(g, anchors(g, places, p), UNNAMED_VERB_TARGETS, mentionAt, p.pattern().code()));
        }
        return parts;
    }

    /**
     * Whether a coded mention names again one of {@code sources}: the same code and a word in common ("he (Trump)"
     * and "Trump"), as the event keeps no dyad of an actor with itself.
     */
    static boolean restatesSource(ActorMention m, Set<ActorMention> sources) {
        if (m.code().startsWith(ActorCoder.UNKNOWN_COUNTRY)) return false;
        for (ActorMention s : sources) {
            if (s.code().equals(m.code()) && EventCoder.sharesWord(s.text(), m.text())) return true;
        }
        return false;
    }

    /**
     * The coded parties in the target phrases ({@link #NOUN_TARGETS}) of the earlier noun of the same word that a
     * definite event noun names again: "imposed sanctions on Iran in May and lifted the sanctions in June" → Iran.
     */
    static List<ActorMention> targetsOfAntecedent(SentenceGraph g, int noun, ActorMention[] mentionAt,
                                                  Set<ActorMention> exclude) {
        boolean definite = false;
        for (Dependency c : g.children(noun)) {
            if (c.relation().equals("det") && g.lemma(c.dependent()).equals("the")) definite = true;
        }
        if (!definite) return List.of();
        for (int e = noun - 1; e >= 0; e--) {
            if (!g.token(e).isNoun() || !g.lemma(e).equals(g.lemma(noun))) continue;
            List<ActorMention> found = firstActors(g, List.of(e), NOUN_TARGETS, mentionAt, exclude);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /**
     * Who does the thing a definite object refers back to, failing any other target: in "Britain is seeking to
     * finalize a deal with Mauritius after Trump said he would support the deal", "the deal" is the one named
     * before, and supporting it supports Britain, who makes it. The earlier noun of the same word is the object (or
     * passive subject) of a verb; that verb's subject, or its agent, is returned.
     */
    static List<ActorMention> doersOfAntecedent(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
                                                Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        for (int place : places) {
            for (Dependency d : g.children(place)) {
                int o = d.dependent();
                if (!d.relation().equals("obj") || !g.token(o).isNoun() || g.token(o).isProperNoun()) continue;
                boolean definite = false;
                for (Dependency c : g.children(o)) {
                    if (c.relation().equals("det") && g.lemma(c.dependent()).equals("the")) definite = true;
                }
                if (!definite) continue;
                for (int e = 0; e < o && found.isEmpty(); e++) {
                    if (!g.token(e).isNoun() || !g.lemma(e).equals(g.lemma(o))) continue;
                    String rel = g.headRelation(e);
                    int verb = g.head(e);
                    if (verb < 0 || rel == null || !(rel.equals("obj") || rel.equals("nsubj:pass"))
                            || !g.token(verb).isVerb()) continue;
                    for (ActorMention m : firstActors(g, List.of(verb), List.of("nsubj", "nsubj:xsubj", "obl:agent"),
                            mentionAt, exclude)) {
                        if (!found.contains(m)) found.add(m);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The verb that made the claim a denial (016) rejects, when the sentence says so elsewhere: "X reiterated the claim
     * that ..., a charge Y rejected" rejects X's claim. The denied noun restates a noun the verb before it made (the
     * noun hangs from that verb as an apposition or bare noun phrase, or from that verb's object). Its subject is the
     * claimant, the denial's target. -1 when none.
     */
    static int claimMaker(SentenceGraph g, List<Integer> path) {
        for (int noun : path) {
            if (!g.token(noun).isNoun()) continue;
            int h = g.head(noun);
            String rel = g.headRelation(noun);
            if (h < 0 || rel == null || !(rel.equals("obl:npmod") || rel.equals("appos") || rel.equals("dep"))) {
                continue;
            }
            if (g.token(h).isNoun() && "obj".equals(g.headRelation(h))) h = g.head(h); // "the claim ..., a charge"
            if (h >= 0 && g.token(h).isVerb() && g.hasRelation(h, "nsubj")) return h;
        }
        return -1;
    }

    /** Yielding (08) and rejecting (12): the acts whose condition names the party they answer. */
    static boolean conceding(String code) {
        return code.startsWith("08") || code.startsWith("12");
    }

    /** Marks of a clause that says what an act waits on: "until", "unless", "if". */
    static final Set<String> WAITING_MARKS = Set.of("until", "till", "unless", "if");

    /**
     * The parties a condition on the pattern's words names as acting: the agent of "until their demands are met by
     * the authorities", else the subject of "until the government pays" (a passive one too).
     */
    static List<Integer> conditionSubjects(SentenceGraph g, List<Integer> places) {
        List<Integer> out = new ArrayList<>();
        for (int place : places) {
            for (Dependency d : g.children(place)) {
                if (!d.relation().startsWith("advcl") || !g.hasChild(d.dependent(), "mark", WAITING_MARKS)) continue;
                int agent = -1;
                for (Dependency sub : g.children(d.dependent())) if (sub.relation().equals("obl:agent")) agent = sub.dependent();
                if (agent >= 0) {
                    out.add(agent);
                    continue;
                }
                for (Dependency sub : g.children(d.dependent())) {
                    if (sub.relation().startsWith("nsubj") && !sub.relation().endsWith(":xsubj")) out.add(sub.dependent());
                }
            }
        }
        return out;
    }

    static final Set<String> BETWEEN = Set.of("obl:between", "nmod:between");
    static final Set<String> AGAINST = Set.of("obl:against", "nmod:against");

    /**
     * The coded parties of {@code noun}'s own "between" phrase, in text order ("the clash between Gondor and Rohan"):
     * those who did the act the noun names. Empty when the noun has no such phrase.
     */
    static List<ActorMention> partiesBetween(SentenceGraph g, int noun, ActorMention[] mentionAt) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : g.children(noun)) {
            if (!BETWEEN.contains(d.relation())) continue;
            for (ActorMention m : actors(g, d.dependent(), mentionAt)) if (!out.contains(m)) out.add(m);
        }
        out.sort(java.util.Comparator.comparingInt(ActorMention::begin));
        return out;
    }

    /**
     * The parties of the first phrase of {@code relations} in what {@code head} governs, its subject aside, up to four
     * steps down ("to prevent a confrontation between Turkey and Syria"); empty when there is none. With
     * {@code uncoded}, the names and nouns for people of such a phrase that no dictionary codes are added to it.
     */
    static List<ActorMention> partiesIn(SentenceGraph g, int head, Set<String> relations, ActorMention[] mentionAt,
                                        Set<ActorMention> exclude, List<ActorMention> uncoded) {
        List<Integer> frontier = new ArrayList<>(List.of(head));
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int n : frontier) {
                for (Dependency d : g.children(n)) {
                    String r = d.relation();
                    if (r.startsWith("nsubj") || r.equals("punct") || r.startsWith("parataxis")) continue;
                    if (relations.contains(r)) {
                        List<ActorMention> found = new ArrayList<>();
                        for (ActorMention m : actors(g, d.dependent(), mentionAt)) {
                            if (!exclude.contains(m) && !found.contains(m)) found.add(m);
                        }
                        if (!found.isEmpty()) return found;
                        if (uncoded != null && uncoded.isEmpty()) {
                            addUnnamed(g, d.dependent(), List.of(), mentionAt, uncoded);
                        }
                    }
                    next.add(d.dependent());
                }
            }
            frontier = next;
        }
        return List.of();
    }

    /**
     * The purpose clauses of a verb: "to" clauses the parser hangs as adverbial ("signed an accord to supply Gondor"),
     * and with {@code gift} (aid, 07) "to" clauses whose subject is the verb's object ("gave $5 million to help Rohan":
     * the money is to help, and whom it helps receives it).
     */
    static List<Integer> purposeClauses(SentenceGraph g, int verb, boolean gift) {
        Set<Integer> objects = new HashSet<>();
        for (Dependency d : g.children(verb)) if (d.relation().equals("obj")) objects.add(d.dependent());
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            int v = d.dependent();
            if (!g.token(v).isVerb()) continue;
            if (d.relation().equals("advcl:to")) out.add(v);
            if (!gift || !d.relation().equals("xcomp")) continue;
            boolean to = false, ofObject = false;
            for (Dependency c : g.children(v)) {
                if (c.relation().equals("mark") && g.lemma(c.dependent()).equals("to")) to = true;
                if (c.relation().equals("nsubj:xsubj") && objects.contains(c.dependent())) ofObject = true;
            }
            if (to && ofObject) out.add(v);
        }
        return out;
    }

    /**
     * A past participle with no auxiliary, a subject and a "by" agent: "the soldiers backed by AU troops worked",
     * where the parser made the participle the clause and the noun it modifies its subject. The subject is acted upon.
     */
    static boolean participleWithSubject(SentenceGraph g, int verb) {
        if (!g.token(verb).pos().equals("VBN")) return false;
        boolean subject = false, agent = false;
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if (r.startsWith("aux") || r.equals("cop")) return false;
            if (r.equals("nsubj")) subject = true;
            if (r.equals("obl:by") || r.equals("obl:agent")) agent = true;
        }
        return subject && agent;
    }

    /**
     * Whether a verb the parser chains to a verb of saying has a subject of its own, the object or a passive subject
     * ("told VOA five people had been killed"): the sayer then does not act in it. Only under verbs of saying: under
     * others ("launched operations to detain", "sent experts to investigate") the parser's object is no subject.
     */
    static boolean objectControlled(SentenceGraph g, int verb) {
        int h = g.head(verb);
        if (h < 0 || !Cues.ATTRIBUTION.contains(g.lemma(h))) return false;
        for (Dependency d : g.children(verb)) if (d.relation().equals("nsubj:pass")) return true;
        return subjectIsObjectOf(g, verb, h);
    }

    /** Whether {@code clause}'s controlled subject is {@code verb}'s object: "expects North Korea to launch". */
    static boolean subjectIsObjectOf(SentenceGraph g, int clause, int verb) {
        for (Dependency d : g.children(clause)) {
            if (!d.relation().startsWith("nsubj") || !d.relation().endsWith(":xsubj")) continue;
            for (Dependency o : g.children(verb)) {
                if (o.dependent() == d.dependent() && (o.relation().equals("obj") || o.relation().equals("iobj"))) return true;
            }
        }
        return false;
    }

    /** Verbs of being in a state, whose participle complement is undergone: "stands accused", "remained detained". */
    static final Set<String> STATE_VERBS = Set.of("stand", "remain", "stay", "get", "become", "go", "appear", "seem",
            "lie", "sit");

    /**
     * A past participle chained to a verb of state ({@link #STATE_VERBS}) with no subject or object of its own: the
     * subject it shares is the one acted on, not the actor ("Lai stands accused of collusion" names no accuser).
     */
    static boolean passiveChained(SentenceGraph g, int verb) {
        int h = g.head(verb);
        return g.token(verb).pos().equals("VBN") && "xcomp".equals(g.headRelation(verb)) && h >= 0
                && STATE_VERBS.contains(g.lemma(h)) && !g.hasRelation(verb, "nsubj") && !g.hasRelation(verb, "obj")
                && !g.hasRelation(h, "obj");
    }

    /**
     * A past participle that modifies a noun ("rebels backed by Russia"), with no passive subject of its own; also
     * one the parser hangs as an adjective when it has its agent ("soldiers, supported by U.S. forces, ...").
     */
    static boolean modifiedByParticiple(SentenceGraph g, int verb) {
        String rel = g.headRelation(verb);
        if (rel == null || !g.token(verb).pos().equals("VBN") || g.head(verb) < 0 || !g.token(g.head(verb)).isNoun()) {
            return false;
        }
        boolean adjectiveWithAgent = rel.equals("amod")
                && (g.hasRelation(verb, "obl:by") || g.hasRelation(verb, "obl:agent"));
        if (!(rel.startsWith("acl") && !rel.equals("acl:relcl") || adjectiveWithAgent)) return false;
        for (Dependency d : g.children(verb)) if (d.relation().startsWith("nsubj") || d.relation().equals("obj")) return false;
        return true;
    }

    /**
     * A pattern that names the governing verb's subject as source and the clause's subject as target
     * ({@link Step#GOVERNOR_SOURCE}, PETRARCH's "NOTED + *"): "Gondor noted that Mordor regretted the refusal" is
     * Gondor acting on Mordor. Null for any other pattern.
     */
    static Participants governorActsOnSubject(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        boolean named = false;
        for (Path path : p.pattern().conditions()) {
            if (path.steps().get(0).relation().equals(Step.GOVERNOR_SOURCE)) named = true;
        }
        int governor = g.head(p.token());
        if (!named || governor < 0) return null;
        Participants parts = new Participants();
        for (Dependency d : g.children(governor)) {
            if (d.relation().equals("nsubj")) parts.sources.addAll(actors(g, d.dependent(), mentionAt));
        }
        for (Dependency d : g.children(p.token())) {
            if (d.relation().equals("nsubj")) parts.targets.addAll(actors(g, d.dependent(), mentionAt));
        }
        parts.targets.removeAll(parts.sources);
        return parts;
    }

    /**
     * The "to" complement of an effort a coded verb gives up: in "abandoned efforts to stop a parade" the stopping
     * never happens, so the act is the abandoning, aimed at the party the complement names. Only with an object
     * ("efforts", "plans"): "refused to attack" keeps its negated attack.
     */
    static List<Integer> givenUpComplements(SentenceGraph g, int verb) {
        if (!g.token(verb).isVerb() || !Cues.NEGATING.contains(g.lemma(verb))) return List.of();
        List<Integer> out = new ArrayList<>();
        boolean object = false;
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("obj")) continue;
            object = true;
            for (Dependency a : g.children(d.dependent())) {
                if (a.relation().equals("acl") && g.token(a.dependent()).isVerb()) out.add(a.dependent()); // efforts to stop
            }
        }
        if (!object) return List.of();
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("xcomp") && g.token(d.dependent()).isVerb()) out.add(d.dependent());
        }
        return out;
    }

    /** Personal pronouns that, as a clause's subject, stand for the subject of the verb the clause hangs from. */
    static final Set<String> CLAUSE_SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she");

    /**
     * The actor a pronoun subject stands for when the verb heads a clause of another verb whose own subject is an
     * actor: "Russia said it would attack Ukraine", "Ethiopia indicated it deplored Libya" (the speaker speaks of
     * itself). Only it/they/he/she as subject of a complement clause (ccomp, xcomp) that follows its governor, so
     * "They killed five, police said" (the clause before the verb of saying) is not read; and not when the governor
     * has an object the pronoun could as well stand for ("told national governments that they shouldn't").
     */
    static List<ActorMention> pronounSubjectsReferent(SentenceGraph g, int verb, ActorMention[] mentionAt) {
        String rel = g.headRelation(verb);
        int governor = g.head(verb);
        if (governor < 0 || rel == null || !(rel.equals("ccomp") || rel.equals("xcomp"))) return List.of();
        int pronoun = -1;
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("nsubj") && g.token(d.dependent()).pos().startsWith("PRP")
                    && CLAUSE_SUBJECT_PRONOUNS.contains(g.token(d.dependent()).lowerWord())) pronoun = d.dependent();
        }
        if (pronoun < governor) return List.of();
        List<ActorMention> found = new ArrayList<>();
        for (Dependency d : g.children(governor)) {
            String r = d.relation();
            if ((r.equals("obj") || r.equals("iobj")) && mayStandFor(g, pronoun, d.dependent(), mentionAt)) return List.of();
            if (r.equals("nsubj") && d.dependent() < pronoun) found.addAll(actors(g, d.dependent(), mentionAt));
        }
        return found;
    }

    /** First-person pronouns that, as the subject of what a speaker is quoted saying, stand for the speaker. */
    static final Set<String> FIRST_PERSON = Set.of("we", "i");

    /**
     * The speaker a first-person subject of quoted words stands for: '"We reject the allegations made by Pakistan,"
     * the Indian foreign ministry spokesperson told reporters' is the ministry's denial. Only "we"/"I" as subject of
     * a clause (ccomp, parataxis) of a verb of saying whose own subject is an actor named (not a pronoun), before or
     * after it.
     */
    static List<ActorMention> quotedSpeaker(SentenceGraph g, int verb, ActorMention[] mentionAt) {
        String rel = g.headRelation(verb);
        int governor = g.head(verb);
        if (governor < 0 || rel == null || !(rel.equals("ccomp") || rel.startsWith("parataxis"))
                || !Cues.ATTRIBUTION.contains(g.lemma(governor)) && !TELLING.contains(g.lemma(governor))) {
            return List.of();
        }
        boolean firstPerson = false;
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("nsubj") && g.token(d.dependent()).pos().startsWith("PRP")
                    && FIRST_PERSON.contains(g.token(d.dependent()).lowerWord())) firstPerson = true;
        }
        if (!firstPerson) return List.of();
        List<ActorMention> found = new ArrayList<>();
        for (Dependency d : g.children(governor)) {
            // a pronoun speaker ("..., they said") stands for someone of an earlier sentence, often a party of the
            // quote
            if (d.relation().equals("nsubj") && !g.token(d.dependent()).pos().startsWith("PRP")) {
                found.addAll(actors(g, d.dependent(), mentionAt));
            }
        }
        return found;
    }

    /**
     * The subject of the verb of saying whose clause a pronoun is the subject of ("the union workers said they will
     * not end the strike": they are the workers), under the limits of {@link #pronounSubjectsReferent}; or -1.
     */
    static int speakerOfPronoun(SentenceGraph g, int verb, int pronoun) {
        Token t = g.token(pronoun);
        if (!t.pos().startsWith("PRP") || !CLAUSE_SUBJECT_PRONOUNS.contains(t.lowerWord())) return -1;
        String rel = g.headRelation(verb);
        int governor = g.head(verb);
        if (governor < 0 || rel == null || !(rel.equals("ccomp") || rel.equals("xcomp")) || pronoun < governor) return -1;
        int speaker = -1;
        for (Dependency d : g.children(governor)) {
            String r = d.relation();
            if (r.equals("obj") || r.equals("iobj")) return -1;
            if (r.equals("nsubj") && d.dependent() < pronoun) speaker = d.dependent();
        }
        return speaker >= 0 && (t.lowerWord().equals("they") ? g.token(speaker).pos().endsWith("S")
                : !t.lowerWord().equals("it") || !g.token(speaker).pos().endsWith("S")) ? speaker : -1;
    }

    /** Whether a pronoun could refer to a noun by number: "they" a plural, "it" a singular, "he"/"she" an actor. */
    static boolean mayStandFor(SentenceGraph g, int pronoun, int noun, ActorMention[] mentionAt) {
        return mayStandFor(g, noun, g.token(pronoun).lowerWord(), mentionAt);
    }

    /** As {@link #mayStandFor(SentenceGraph, int, int, ActorMention[])}, for the subject form {@code p} of a pronoun. */
    static boolean mayStandFor(SentenceGraph g, int noun, String p, ActorMention[] mentionAt) {
        String pos = g.token(noun).pos();
        boolean plural = pos.equals("NNS") || pos.equals("NNPS");
        if (p.equals("they")) return plural || !actors(g, noun, mentionAt).isEmpty();
        if (p.equals("it")) return g.token(noun).isNoun() && !plural;
        return !actors(g, noun, mentionAt).isEmpty();
    }

    /** Personal pronouns that, as a verb's object, stand for a party named before them. */
    static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "her");

    /** The verb's object when it is a personal pronoun ({@link #OBJECT_PRONOUNS}) no dictionary actor covers, or -1. */
    static int pronounObject(SentenceGraph g, int verb) {
        for (Dependency d : g.children(verb)) {
            int o = d.dependent();
            if (d.relation().equals("obj") && g.token(o).pos().equals("PRP")
                    && OBJECT_PRONOUNS.contains(g.token(o).lowerWord())) return o;
        }
        return -1;
    }

    /**
     * The noun a pronoun object stands for when its verb heads a clause of another verb whose own object, before the
     * pronoun, agrees with it: "blamed India, accusing it of ...", "removed Bashir and jailed him" (the clause speaks
     * of the same party); -1 otherwise.
     */
    static int pronounObjectsReferent(SentenceGraph g, int verb, int pronoun, ActorMention[] mentionAt) {
        int governor = g.head(verb);
        String rel = g.headRelation(verb);
        if (governor < 0 || rel == null || !(rel.equals("dep") || rel.startsWith("advcl") || rel.startsWith("conj")
                || rel.equals("xcomp"))) return -1;
        String w = g.token(pronoun).lowerWord();
        for (Dependency d : g.children(governor)) {
            int o = d.dependent();
            if (!d.relation().equals("obj") || o > pronoun || !g.token(o).isNoun()) continue;
            boolean agrees = w.equals("them") ? mayStandFor(g, o, "they", mentionAt)
                    : w.equals("it") ? mayStandFor(g, o, "it", mentionAt)
                    : !actors(g, o, mentionAt).isEmpty() || g.token(o).isProperNoun() || peopleNoun(g.token(o).lowerLemma());
            if (agrees) return o;
        }
        return -1;
    }

    /**
     * The party a hope, fear or demand is about: the subject of the content clause of the pattern's object noun
     * ("expressed hopes that Osgiliath could be drawn into the peace process" is about Osgiliath). Only a noun the
     * pattern named, so a verb of saying's own clause ("said that ...") is not read here.
     */
    static List<ActorMention> subjectOfContentClause(SentenceGraph g, List<Integer> path, ActorMention[] mentionAt,
                                                     Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        // Any subject, passive too: "that Osgiliath could be drawn into the peace process".
        for (int noun : path) if (g.token(noun).isNoun()) addClauseSubjects(g, noun, true, mentionAt, exclude, found);
        for (int noun : path) {
            // "issued warnings demanding that Gondor withdraw": the participle says what the noun demands, of whom.
            if (!g.token(noun).isNoun()) continue;
            for (Dependency d : g.children(noun)) {
                if (d.relation().equals("acl") && g.token(d.dependent()).pos().equals("VBG")
                        && DEMANDING.contains(g.lemma(d.dependent()))) {
                    addClauseSubjects(g, d.dependent(), true, mentionAt, exclude, found);
                }
            }
        }
        return found;
    }

    /** Verbs of asking that a party do something, whose content clause's subject is the one asked. */
    static final Set<String> DEMANDING = Set.of("demand", "urge", "insist", "ask", "request", "call", "warn");

    /**
     * Adds the actors that are subjects of {@code head}'s {@code ccomp} clauses (with {@code passiveToo}, passive
     * subjects as well), each once and none of {@code exclude}.
     */
    static void addClauseSubjects(SentenceGraph g, int head, boolean passiveToo, ActorMention[] mentionAt,
                                  Set<ActorMention> exclude, List<ActorMention> out) {
        for (Dependency d : g.children(head)) {
            if (!d.relation().equals("ccomp")) continue;
            for (Dependency s : g.children(d.dependent())) {
                if (!(passiveToo ? s.relation().startsWith("nsubj") : s.relation().equals("nsubj"))) continue;
                for (ActorMention m : actors(g, s.dependent(), mentionAt)) {
                    if (!exclude.contains(m) && !out.contains(m)) out.add(m);
                }
            }
        }
    }

    /**
     * The other side of the conflict the act happens in: "Eriador's death toll has risen in the dispute with
     * Osgiliath". An "in" phrase whose noun is no place or actor is not where the act happens but what it is part
     * of, and the party that noun is "with" or "against" is the counterpart.
     */
    static List<ActorMention> counterpartInConflict(SentenceGraph g, int predicate, ActorMention[] mentionAt,
                                                    Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        for (Dependency d : g.children(predicate)) {
            if (!d.relation().equals("obl:in")) continue;
            int noun = d.dependent();
            if (!g.token(noun).isNoun() || !actors(g, noun, mentionAt).isEmpty()) continue;
            for (Dependency c : g.children(noun)) {
                String r = c.relation();
                if (!r.equals("nmod:with") && !r.equals("nmod:against") && !r.equals("nmod:between")) continue;
                for (ActorMention m : actors(g, c.dependent(), mentionAt)) if (!exclude.contains(m)) found.add(m);
            }
        }
        return found;
    }

    /**
     * The party in a prepositional phrase the pattern itself asks for with any word ("- * THEIR ^ ABOUT +":
     * {@code obl:about=*}): the dictionary put the target there, so "warned their Ent populations about the Prince"
     * warns about the Prince, not the populations the object names. A locative phrase stays the place.
     */
    static List<ActorMention> targetThePatternPlaces(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                                     Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        for (Path path : p.pattern().conditions()) {
            Step last = path.steps().get(path.steps().size() - 1);
            String r = last.relation();
            // "*" or "@party": the pattern leaves the word open, so the party there is whom the act is done to
            // ("got rid of six militants" under "xcomp=rid>obl:of=@party").
            boolean open = last.lemmas().isEmpty() || last.lemmas().equals(Set.of(PatternMatcher.PARTY));
            if (!open || !(r.startsWith("obl:") || r.startsWith("nmod:"))
                    || LOCATIVE.contains(r) || r.equals("obl:tmod") || r.equals("nmod:poss")) continue;
            List<Integer> tokens = PatternMatcher.follow(g, p.token(), path.steps(), 0);
            if (tokens == null || tokens.isEmpty()) continue;
            for (ActorMention m : actors(g, tokens.get(tokens.size() - 1), mentionAt)) {
                if (!exclude.contains(m)) found.add(m);
            }
        }
        return found;
    }

    /**
     * The source where the pattern puts it after the verb, the subject then the target (PETRARCH's "+ * FROM $"):
     * "Ithilen's militia was freed from Barad-dur" is Barad-dur releasing the militia, and "Gollum was seen to break
     * in an anti-Gondor parade" under "+ * IN $" is Gondor's act on Gollum. The usual participants stand when the
     * pattern names no source place or no actor stands there ("was freed from prison by Russia").
     */
    static Participants sourceThePatternPlaces(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                               Participants usual) {
        Participants parts = new Participants();
        for (Path path : p.pattern().conditions()) {
            if (!path.source()) continue;
            List<Integer> tokens = PatternMatcher.follow(g, p.token(), path.steps(), 0);
            if (tokens == null) tokens = PatternMatcher.throughNamedObject(g, p.token(), p.pattern(), path);
            if (tokens != null && !tokens.isEmpty()) {
                parts.sources.addAll(actors(g, tokens.get(tokens.size() - 1), mentionAt));
            }
        }
        if (parts.sources.isEmpty()) return usual;
        // The subject, passive ("was freed") or shared with the verb above ("was seen to break") alike.
        for (Dependency d : g.children(p.token())) {
            if (d.relation().startsWith("nsubj")) parts.targets.addAll(actors(g, d.dependent(), mentionAt));
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(usual.sources);
        parts.targets.removeAll(parts.sources);
        return parts;
    }

    /**
     * The host of a visit: "Bree's President arrived in Gondor" under a paired code whose reverse is another act
     * (032:033, 042:043: one visits, the other hosts) names the host by where the act happens. A verb with no
     * counterpart of its own whose reverse is the same act ("met in Geneva", 031:031) keeps the place as location.
     */
    static List<ActorMention> hostOfVisit(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                          Set<ActorMention> exclude) {
        String reverse = p.pattern().reverseCode();
        if (reverse == null || reverse.equals(p.pattern().code())) return List.of();
        List<ActorMention> found = new ArrayList<>();
        for (Dependency d : g.children(p.token())) {
            if (!d.relation().equals("obl:in") && !d.relation().equals("obl:at")) continue;
            for (ActorMention m : actors(g, d.dependent(), mentionAt)) if (!exclude.contains(m)) found.add(m);
            if (!found.isEmpty()) break;
        }
        return found;
    }

    static Participants ofNoun(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        Participants parts = new Participants();
        int noun = p.token();
        List<ActorMention> modifiers = new ArrayList<>();
        for (Dependency d : g.children(noun)) {
            if (!NOUN_SOURCES.contains(d.relation())) continue;
            // "a Kenyan army offensive": one actor over two modifiers ("Kenyan" amod, "army" compound) is one party.
            for (ActorMention m : actors(g, d.dependent(), mentionAt)) if (!modifiers.contains(m)) modifiers.add(m);
        }
        int undergoer = undergoneBy(g, noun);
        if (!modifiers.isEmpty()) {
            parts.sources.add(modifiers.get(0));
            // "U.S.-Russia talks": the first named party acts, the second is the counterpart.
            for (int i = 1; i < modifiers.size(); i++) parts.targets.add(modifiers.get(i));
        } else if (undergoer >= 0) {
            // "came under attack from Assad loyalists": the one attacking is named in the noun's "from" phrase
            for (Dependency d : g.children(noun)) {
                if (d.relation().equals("nmod:from")) parts.sources.addAll(actors(g, d.dependent(), mentionAt));
            }
        } else {
            // "Russia has denied plans for an assault": the actor is the subject of the verb the noun hangs from.
            int cur = noun;
            for (int step = 0; step < 4 && parts.sources.isEmpty(); step++) {
                int h = g.head(cur);
                if (h < 0) break;
                Token head = g.token(h);
                if (head.isVerb() && reportedAct(g, h, cur, noun)) break; // the one who tells of it is no party
                if (head.isVerb() || head.pos().startsWith("JJ")) {
                    for (Dependency d : g.children(h)) {
                        String r = d.relation();
                        if ((r.equals("nsubj") || r.equals("obl:agent") || r.equals("nsubj:xsubj")) && d.dependent() != noun) {
                            parts.sources.addAll(actors(g, d.dependent(), mentionAt));
                        }
                    }
                    if (Cues.ATTRIBUTION.contains(g.lemma(h))) break;
                }
                cur = h;
            }
        }
        List<Integer> places = new ArrayList<>(p.words());
        // "an arrest warrant for two men", "peace talks with Gondor": the noun the event noun modifies carries its phrases.
        if ("compound".equals(g.headRelation(noun)) && g.head(noun) >= 0 && g.token(g.head(noun)).isNoun()) {
            places.add(g.head(noun));
        }
        // "a Security Council meeting on Afghanistan", "talks over Ukraine": what a meeting is about is its topic, not
        // the other side; that is its "with" or "between" phrase.
        List<String> relations = TALKS.contains(g.lemma(noun)) || VENUES.contains(g.lemma(noun)) ? MEETING_TARGETS : NOUN_TARGETS;
        parts.targets.addAll(firstActors(g, places, relations, mentionAt, parts.sources));
        if (parts.targets.isEmpty() && landsOnPlace(p.pattern().code()) && g.head(noun) >= 0
                && HARMED.contains(g.lemma(g.head(noun))) && g.headRelation(noun) != null
                && (g.headRelation(noun).equals("obl:in") || g.headRelation(noun).equals("obl:by")
                    || g.headRelation(noun).equals("obl:during"))) {
            // "al-Rufay'i was killed in an airstrike", "two soldiers were wounded in the attack": the one harmed.
            List<Integer> verb = List.of(g.head(noun));
            parts.addPartiesAt(g, verb, List.of("nsubj:pass", "obj"), mentionAt);
        }
        if (parts.targets.isEmpty() && "nsubj".equals(g.headRelation(noun)) && g.token(g.head(noun)).isVerb()) {
            // "U.S. airstrikes killed a senior commander", "shelling hit the enclave": the verb's object is what
            // the act struck.
            List<Integer> verb = List.of(g.head(noun));
            parts.addPartiesAt(g, verb, List.of("obj"), mentionAt);
        }
        if (parts.targets.isEmpty() && undergoer >= 0) {
            for (Dependency d : g.children(undergoer)) {
                if (d.relation().startsWith("nsubj")) {
                    for (ActorMention m : actors(g, d.dependent(), mentionAt)) {
                        if (!parts.sources.contains(m)) parts.targets.add(m);
                    }
                }
            }
        }
        if (parts.sources.isEmpty() && parts.targets.size() > 1) {
            // "talks between Russia and the United States": both are parties; the first named is the source.
            ActorMention first = parts.targets.iterator().next();
            parts.targets.remove(first);
            parts.sources.add(first);
        }
        if (parts.targets.isEmpty() && landsOnPlace(p.pattern().code()) && "obl:as".equals(g.headRelation(noun))
                && g.token(g.head(noun)).isVerb()) {
            // "held 2,000 villagers as human shields", "used the hostages as bargaining chips": the verb's object is
            // what the act named by the noun is done to.
            List<Integer> verb = List.of(g.head(noun));
            parts.addPartiesAt(g, verb, List.of("obj"), mentionAt);
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty()) {
            // "imposed tariffs on Mexican goods, then delayed the tariffs": the act named again is the same act, on
            // the same party.
            parts.targets.addAll(targetsOfAntecedent(g, noun, mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty()) {
            parts.unnamed.addAll(unnamedParties(g, anchors(g, places, p), NOUN_TARGETS, mentionAt));
        }
        if (parts.targets.isEmpty() && parts.unnamed.isEmpty()) {
            String code = p.pattern().code();
            parts.things.addAll(thingsAt(g, anchors(g, places, p), NOUN_TARGETS, mentionAt, code));
            if (parts.things.isEmpty() && "nsubj".equals(g.headRelation(noun)) && g.token(g.head(noun)).isVerb()) {
                // "air strikes hit the rebel-held enclave": what the verb's object names is where the act landed.
                parts.things.addAll(thingsAt(g, List.of(g.head(noun)), List.of("obj"), mentionAt, code));
            }
        }
        return parts;
    }

    /**
     * The dictionary actors in the first of {@code relations} on {@code places} as targets, else the uncoded parties
     * there (see {@link #unnamedParties}).
     */
    private void addPartiesAt(SentenceGraph g, List<Integer> places, List<String> relations, ActorMention[] mentionAt) {
        targets.addAll(firstActors(g, places, relations, mentionAt, sources));
        if (targets.isEmpty()) unnamed.addAll(unnamedParties(g, places, relations, mentionAt));
    }

    /**
     * The uncoded party whose thing the verb acts on, failing any other: "rejected the appeal of a student",
     * "conceded to demands from the neighbourhood association", "ordered the tanker's release", and with
     * {@code blaming} (an accusation, 11x) the one a thing is laid on ("blamed the attacks on militants"). The first of the
     * verb's target places ({@link #UNNAMED_VERB_TARGETS}) whose noun holds such a party in its "of", "from" or
     * possessive phrase.
     */
    static List<ActorMention> partiesOfThings(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
                                              boolean blaming) {
        // "calls for Lai's immediate release": whose release a pattern names is the one it is about.
        List<ActorMention> released = new ArrayList<>();
        for (int place : places) {
            if (!g.token(place).isNoun() || !DONE_TO_PEOPLE.contains(g.lemma(place))) continue;
            for (Dependency c : g.children(place)) {
                if (c.relation().equals("nmod:poss") || c.relation().equals("nmod:of")) addUnnamed(g, c.dependent(), places, mentionAt, released);
            }
        }
        if (!released.isEmpty()) return released;
        // "accepted demands from the teachers' union", "refused a request from the justice minister": the thing the
        // pattern names (a demand, request, offer) is the party's own.
        List<ActorMention> owners = new ArrayList<>();
        for (int place : places) {
            if (!g.token(place).isNoun()) continue;
            for (Dependency c : g.children(place)) {
                if (OWNERS.contains(c.relation())) addUnnamed(g, c.dependent(), places, mentionAt, owners);
            }
        }
        if (!owners.isEmpty()) return owners;
        for (String rel : UNNAMED_VERB_TARGETS) {
            List<ActorMention> found = new ArrayList<>();
            for (int place : places) {
                for (Dependency d : g.children(place)) {
                    if (!d.relation().equals(rel) || places.contains(d.dependent())) continue;
                    addOwners(g, d.dependent(), places, mentionAt, blaming, found);
                }
            }
            if (!found.isEmpty()) return found;
        }
        // "called Ford's comments egregious": whose thing a small clause says something of.
        List<ActorMention> found = new ArrayList<>();
        for (int place : places) {
            if (!g.token(place).isVerb()) continue;
            for (int subject : smallClauseSubjects(g, place)) {
                if (!places.contains(subject)) addOwners(g, subject, places, mentionAt, blaming, found);
            }
        }
        return found;
    }

    /**
     * Adds the uncoded parties that own the thing {@code noun} names: its "of", "from" or possessive phrase ("the
     * appeal of a student", "Ford's comments"), a common noun of people before it ("party assets"), the people a
     * site or vehicle carries or holds ("a bus transporting soldiers") and, for an accusation, its "on" phrase
     * ("blamed the attacks on militants").
     */
    private static void addOwners(SentenceGraph g, int noun, List<Integer> places, ActorMention[] mentionAt,
                                  boolean blaming, List<ActorMention> out) {
        if (!g.token(noun).isNoun()) return;
        for (Dependency c : g.children(noun)) {
            String r = c.relation();
            // "ambushed a bus transporting a paramilitary force": those a vehicle or building carries or holds.
            if (r.equals("acl") && g.token(c.dependent()).isVerb() && SITES.contains(g.token(noun).lowerLemma())) {
                for (Dependency o : g.children(c.dependent())) {
                    if (o.relation().equals("obj")) addUnnamed(g, o.dependent(), places, mentionAt, out);
                }
            }
            // "attacked a hotel where elders and officials were meeting": those a site's "where" clause puts in it.
            if (r.equals("acl:relcl") && SITES.contains(g.token(noun).lowerLemma()) && whereClause(g, c.dependent())) {
                for (Dependency o : g.children(c.dependent())) {
                    if (!o.relation().equals("nsubj") && !o.relation().equals("nsubj:pass")) continue;
                    List<ActorMention> coded = actors(g, o.dependent(), mentionAt);
                    for (ActorMention m : coded) if (!out.contains(m)) out.add(m);
                    if (!coded.isEmpty()) continue;
                    addUnnamed(g, o.dependent(), places, mentionAt, out);
                    for (Dependency k : g.children(o.dependent())) {
                        if (k.relation().startsWith("conj")) addUnnamed(g, k.dependent(), places, mentionAt, out);
                    }
                }
            }
            // "confiscated party assets": a common noun of people or bodies before the thing owns it.
            boolean owner = r.equals("compound") && !g.token(c.dependent()).isProperNoun();
            // "blamed the attacks on militants": whom an accusation lays the thing on
            boolean blamed = blaming && r.equals("nmod:on");
            if (r.equals("nmod:of") || r.equals("nmod:from") || r.equals("nmod:poss") || owner || blamed) {
                addUnnamed(g, c.dependent(), places, mentionAt, out);
            }
        }
    }

    /**
     * The coded parties that own or run what a verb's object or passive subject is said to be, when that is a thing:
     * an "as" clause or phrase on the verb headed by (or whose subject is) a site or vehicle ({@link #SITES}) with a
     * participle's "by" phrase ("sanctioned as vessels operated by the state shipping line", "listed as a company
     * owned by the ministry"). Only where the object itself names no coded actor.
     */
    static List<ActorMention> operatorsOfThingsNamedAs(SentenceGraph g, int verb, ActorMention[] mentionAt,
                                                       Set<ActorMention> sources) {
        if (!g.token(verb).isVerb()) return List.of();
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if ((r.equals("obj") || r.equals("nsubj:pass")) && !actors(g, d.dependent(), mentionAt).isEmpty()) {
                return List.of();
            }
        }
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("advcl:as") && !d.relation().equals("obl:as")) continue;
            int as = d.dependent();
            List<Integer> participles = new ArrayList<>();
            boolean thing = SITES.contains(g.lemma(as));
            if (g.token(as).pos().equals("VBN")) {
                participles.add(as);
                for (Dependency c : g.children(as)) {
                    if (c.relation().startsWith("nsubj") && SITES.contains(g.lemma(c.dependent()))) thing = true;
                }
            }
            for (Dependency c : g.children(as)) if (c.relation().equals("acl")) participles.add(c.dependent());
            if (!thing) continue;
            for (int v : participles) {
                for (ActorMention m : firstActors(g, List.of(v), List.of("obl:by", "obl:agent"), mentionAt, sources)) {
                    if (!out.contains(m)) out.add(m);
                }
            }
        }
        return out;
    }

    /** Whether a relative clause is one of place, opened by "where": "the hotel where the envoys stayed". */
    private static boolean whereClause(SentenceGraph g, int clause) {
        for (Dependency d : g.children(clause)) {
            if (d.relation().equals("advmod") && g.token(d.dependent()).lowerWord().equals("where")) return true;
        }
        return false;
    }

    /** Relations by which a noun names whose it is: "demands from the union", "the appeal of a student". */
    static final Set<String> OWNERS = Set.of("nmod:of", "nmod:from", "nmod:by", "nmod:poss");

    /** Named-entity tags of names of people, bodies and peoples (the CRF tagger calls "Christians" MISC). */
    static final Set<String> PARTY_NAMES = Set.of("PERSON", "ORGANIZATION", "NATIONALITY", "RELIGION", "MISC");

    /** Whether a word names people or a body (see {@link PatternMatcher#PARTY}). */
    static boolean namesParty(SentenceGraph g, int token) {
        Token t = g.token(token);
        if (t.ner() != null && PARTY_NAMES.contains(t.ner())) return true;
        // NER is off by default (docs/BENCHMARKS.md): a name ("released John Smith", "three Americans") is taken as
        // people; where a place is named instead the actor coder still says so.
        if (t.isProperNoun() && t.word().length() > 2) return true;
        if (t.isNoun() && peopleNoun(t.lowerLemma())) return true;
        if (partitive(g, token)) {
            for (Dependency c : g.children(token)) if (c.relation().equals("nmod:of") && namesParty(g, c.dependent())) return true;
        }
        return false;
    }

    /** Verbs whose subject undergoes the act their object names: "faced criticism", "suffered attacks". */
    static final Set<String> UNDERGOING = Set.of("face", "suffer", "endure", "undergo", "sustain", "withstand",
            "survive", "escape", "avoid", "experience", "weather", "fear");

    /** Verbs of answering an act, whose "to" or "for" phrase is an act done to their subject ("retaliated for"). */
    static final Set<String> ANSWERING = Set.of("respond", "retaliate", "react", "reply");

    /**
     * The verb whose subject is what the event noun is done to, or -1: the noun as object of a verb of undergoing
     * ("Algeria is facing a growing threat", "survived an assassination attempt"), "under" it ("the convoy came
     * under attack", "is under attack"), or the act a verb of answering answers ("France responded to the attack
     * by ...", "Rohan retaliated for the raids": the attack was on France, not by it).
     */
    static int undergoneBy(SentenceGraph g, int noun) {
        int h = g.head(noun);
        String rel = g.headRelation(noun);
        if (rel == null) return -1;
        if (h >= 0 && rel.equals("obl:under") && g.token(h).isVerb()) return h;
        if (h >= 0 && rel.equals("obj") && UNDERGOING.contains(g.lemma(h))) return h;
        if (h >= 0 && (rel.equals("obl:to") || rel.equals("obl:for")) && ANSWERING.contains(g.lemma(h))) return h;
        if (!g.token(noun).isNoun()) return -1;
        for (Dependency d : g.children(noun)) {
            // "the city is under attack": the noun is the predicate, its subject the one attacked
            if (d.relation().equals("case") && g.lemma(d.dependent()).equals("under")) {
                for (Dependency c : g.children(noun)) if (c.relation().equals("cop")) return noun;
            }
        }
        return -1;
    }

    /** The uncoded parties an undergone act's "from" or "by" phrase names as its doers (see {@link #undergoneBy}). */
    static List<ActorMention> undergoneFrom(SentenceGraph g, int noun, ActorMention[] roleAt) {
        List<ActorMention> out = new ArrayList<>();
        if (undergoneBy(g, noun) < 0) return out;
        for (Dependency d : g.children(noun)) {
            if (!d.relation().equals("nmod:from") && !d.relation().equals("nmod:by")) continue;
            ActorMention m = uncodedParty(g, d.dependent(), roleAt);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** Verbs by which one tells of an act, not does it (with {@link Cues#ATTRIBUTION}). */
    static final Set<String> TELLING = Set.of("confirm", "describe", "reveal", "acknowledge", "recount", "recall",
            "see", "witness", "document", "record", "publish", "show");

    /** Nouns of news about an act: "shared word of the strike", "saw evidence of sexual violence". */
    static final Set<String> NEWS = Set.of("word", "news", "detail", "account", "evidence", "footage", "image",
            "video", "photo", "picture", "report", "sign");

    /**
     * Whether the event noun, reached at {@code cur} below verb {@code h}, is an act {@code h}'s subject only tells
     * of: a done act in a clause a verb of saying reports ("officials said the strike was ...", "said he was killed
     * in an airstrike", "the attack shows ..., he said"), an act reported as a thing ("reported an attack"), or one
     * behind a noun of news ("shared word of the strike"). The teller announcing his own act keeps it: a clause with
     * will/would/could ("said strikes would follow"), an object of announce or claim ("announced an offensive").
     */
    static boolean reportedAct(SentenceGraph g, int h, int cur, int noun) {
        String lemma = g.lemma(h);
        for (int t = noun; t != h && t >= 0; t = g.head(t)) {
            if (t != noun && NEWS.contains(g.lemma(t)) && g.token(t).isNoun()) return true;
        }
        if (!Cues.ATTRIBUTION.contains(lemma) && !TELLING.contains(lemma)) return false;
        String rel = g.headRelation(cur);
        if (rel == null) return false;
        if (rel.equals("obj") || rel.equals("nsubj:pass")) return cur == noun && (lemma.equals("report")
                || TELLING.contains(lemma));
        if (!(rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep") || rel.equals("csubj"))) return false;
        for (int t = noun; t != h && t >= 0; t = g.head(t)) {
            if (Cues.PLANNING.contains(g.lemma(t))) return false; // "said it is ready to accept a ceasefire"
            for (Dependency d : g.children(t)) {
                String w = g.token(d.dependent()).lowerWord();
                if (d.relation().equals("aux") && (Cues.FUTURE_AUX.contains(w) || Cues.HYPOTHETICAL_AUX.contains(w))) {
                    return false;
                }
                // "say they killed six attackers in airstrikes": the clause's pronoun is the sayer
                if (d.relation().startsWith("nsubj") && TELLERS_PRONOUNS.contains(w)) return false;
            }
        }
        return true;
    }

    static final Set<String> TELLERS_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");

    /** Nouns of acts done to people, whose possessor or "of" phrase is the one they are done to. */
    static final Set<String> DONE_TO_PEOPLE = Set.of("release", "freedom", "arrest", "detention", "extradition",
            "deportation", "expulsion", "execution", "removal", "return", "repatriation", "pardon");

    /**
     * Whether an act moves the source's own people ({@link #MEANS}): aid (07) and force posture (15) send them,
     * withdrawals (087x) pull them back, breaking relations (161) recalls them.
     */
    static boolean sendsOwnPeople(String code) {
        return code.startsWith("07") || code.startsWith("15") || code.startsWith("087") || code.equals("161");
    }

    /** People a giver or a mobilising state sends as its own means, not as those it acts on: "sent troops". */
    static final Set<String> MEANS = Set.of("troop", "troops", "soldier", "force", "unit", "brigade", "battalion",
            "peacekeeper", "army", "navy", "police", "officer", "patrol", "convoy", "doctor", "expert", "team", "staff",
            "mission", "monitor", "observer", "inspector", "adviser", "advisor", "worker", "volunteer", "personnel",
            // "recalled its ambassador" (161): the envoy is the recalling side's own
            "ambassador", "envoy", "diplomat");

    /**
     * Predicates that send out the other side's people: the envoys, staff or peacekeepers expelled are whom the act is
     * done to, never the expelling side's own {@link #MEANS} ("expelled the American ambassador", "expelled
     * diplomats from Poland").
     */
    static final Set<String> EXPELLING = Set.of("expel", "expulsion", "oust", "deport", "deportation", "kick", "eject",
            "banish");

    /**
     * Acts done only to people: arrest, detention or charge (173), deportation or expulsion (174). Those deported are
     * its target ("deported 40 others to China"), not the country they are sent to, which is where the act sends
     * them; the "to" phrase stays the target only where the deported are not named ("deported them to China").
     */
    static boolean takesPeople(String code) {
        return code.equals("173") || code.equals("174");
    }

    /**
     * The object of an act done only to people ({@link #takesPeople}) as an uncoded party, whatever its noun ("the
     * captain", "a suspected bombmaker"), with its conjuncts; not pronouns, words of time, number or money, nor the
     * pattern's own words.
     */
    static void addPerson(SentenceGraph g, int noun, List<Integer> places, ActorMention[] mentionAt,
                          List<ActorMention> out) {
        List<Integer> nouns = new ArrayList<>(List.of(noun));
        for (Dependency c : g.children(noun)) if (c.relation().startsWith("conj")) nouns.add(c.dependent());
        for (int n : nouns) {
            Token t = g.token(n);
            if (!t.isNoun()) {
                if (partitive(g, n)) addUnnamed(g, n, places, mentionAt, out);
                continue;
            }
            if (!freeNoun(g, n, places, mentionAt) || LEGAL_MATTERS.contains(t.lowerLemma())) continue;
            ActorMention m = uncodedPhrase(g, n);
            if (!out.contains(m)) out.add(m);
        }
    }

    /** What one prosecutes or charges rather than whom: "prosecuting a case". */
    static final Set<String> LEGAL_MATTERS = Set.of("case", "charge", "crime", "offence", "offense", "matter",
            "complaint", "lawsuit", "suit", "allegation", "fraud", "corruption", "murder", "killing", "attack",
            "incident", "violation", "wrongdoing", "claim");

    /** What a "state of" phrase says a country is in: "declared a state of siege" names a condition, not a state. */
    static final Set<String> STATE_CONDITIONS = Set.of("emergency", "siege", "alert", "war", "mourning", "calamity",
            "disaster", "insurrection", "exception", "readiness", "lockdown", "unrest");

    /** Whether {@code noun} is "state" in "a state of emergency" (see {@link #STATE_CONDITIONS}). */
    static boolean conditionOfState(SentenceGraph g, int noun) {
        if (!g.lemma(noun).equals("state")) return false;
        for (Dependency c : g.children(noun)) {
            if (c.relation().equals("nmod:of") && STATE_CONDITIONS.contains(g.lemma(c.dependent()))) return true;
        }
        return false;
    }

    /** Nouns for a part of a place, whose "of" phrase names the place: "in parts of Kashmir", "the north of Mali". */
    static final Set<String> PLACE_PARTS = Set.of("part", "parts", "area", "region", "much", "most", "rest", "north",
            "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "district",
            "section", "corner", "province", "state", "city", "center", "centre", "heart", "border", "interior",
            "territory", "county", "island", "islands", "peninsula", "valley", "oblast", "governorate", "prefecture");
    /** Of {@link #PLACE_PARTS}, the words that head the name of a stretch of land ("the Amur Region", "Crimea Oblast"). */
    static final Set<String> LANDS = Set.of("region", "province", "district", "territory", "county", "island",
            "islands", "peninsula", "valley", "oblast", "governorate", "prefecture");

    /** Verbs of harm whose "in"/"by" phrase names the act that did it: "was killed in an airstrike". */
    static final Set<String> HARMED = Set.of("kill", "wound", "injure", "hurt", "die", "maim", "abduct", "kidnap",
            "displace", "destroy", "damage");

    /**
     * The verb conjoined to {@code verb} that has an object while {@code verb} has none ("attacking and fighting
     * Kenyan troops"), as a one-element list, or empty: a later conjunct, or the first one where the parser hung the
     * object after {@code verb} on it ("attacking and fighting Kenyan troops" with the troops under "attacking").
     */
    static List<Integer> sharedObjectVerb(SentenceGraph g, int verb) {
        if (!g.token(verb).isVerb()) return List.of();
        for (Dependency d : g.children(verb)) if (d.relation().equals("obj") || d.relation().startsWith("ccomp")) return List.of();
        for (Dependency d : g.children(verb)) {
            if (!d.relation().startsWith("conj") || !g.token(d.dependent()).isVerb() || d.dependent() < verb) continue;
            for (Dependency o : g.children(d.dependent())) if (o.relation().equals("obj")) return List.of(d.dependent());
        }
        int h = g.head(verb);
        String rel = g.headRelation(verb);
        if (h >= 0 && h < verb && rel != null && rel.startsWith("conj") && g.token(h).isVerb()) {
            for (Dependency o : g.children(h)) {
                if (o.relation().equals("obj") && o.dependent() > verb) return List.of(h);
            }
        }
        return List.of();
    }

    /** Subjects of the verb's small clause: "found Nielsen guilty", "ordered the ministers jailed", "declared X winner". */
    static List<Integer> smallClauseSubjects(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("xcomp")) continue;
            for (Dependency c : g.children(d.dependent())) {
                // "called Ford's comments egregious", the noun parsed as a bare dep of the adjective: its subject too.
                boolean subject = c.relation().startsWith("nsubj")
                        || c.relation().equals("dep") && g.token(c.dependent()).isNoun();
                if (subject && c.dependent() < d.dependent()) out.add(c.dependent());
            }
        }
        return out;
    }

    /**
     * The pattern's words that anchor its target phrases, less the people a pattern names as what is acted on:
     * "released political activists" and "the release of prisoners" are acts on those people, so the pattern's own
     * word is the target; but not in aid (07) or force posture (15) when they are the source's own means ("sent
     * doctors", "deployed troops"), while "took in refugees" is still done to the refugees.
     */
    static List<Integer> anchors(SentenceGraph g, List<Integer> places, Predicate p) {
        boolean means = sendsOwnPeople(p.pattern().code()) && !EXPELLING.contains(g.lemma(p.token()));
        List<Integer> out = new ArrayList<>();
        for (int w : places) {
            boolean person = w != p.token() && (g.token(w).isNoun() || partitive(g, w)) && namesParty(g, w)
                    && !(means && MEANS.contains(g.lemma(w)));
            if (!person) out.add(w);
        }
        return out;
    }

    /**
     * The noun phrases in the first of {@code relations} (in order) that holds one, on any of {@code places}, as
     * uncoded parties: nouns other than the pattern's own words, pronouns, and words of time, number or money
     * ("launched an investigation into two servicemen" → "two servicemen"; "sentenced Dodik" → "Dodik").
     * Conjoined nouns are parties too.
     */
    static List<ActorMention> unnamedParties(SentenceGraph g, List<Integer> places, List<String> relations,
                                             ActorMention[] mentionAt) {
        return unnamedParties(g, places, relations, mentionAt, null);
    }

    /**
     * As {@link #unnamedParties(SentenceGraph, List, List, ActorMention[])}, for an act of {@code code}: a building or
     * gathering an act other than an attack or raid ({@link #landsOnThing}) is done at is where, not whom ("were
     * meeting at the Qahira Hotel", "spoke at a rally": {@link #SITES}, {@link #VENUES}).
     */
    static List<ActorMention> unnamedParties(SentenceGraph g, List<Integer> places, List<String> relations,
                                             ActorMention[] mentionAt, String code) {
        for (String rel : relations) {
            List<ActorMention> found = new ArrayList<>();
            for (int place : places) {
                for (Dependency d : g.children(place)) {
                    if (!d.relation().equals(rel) || places.contains(d.dependent())) continue;
                    addUnnamed(g, d.dependent(), places, mentionAt, found);
                    for (Dependency c : g.children(d.dependent())) {
                        if (c.relation().startsWith("conj")) addUnnamed(g, c.dependent(), places, mentionAt, found);
                    }
                }
            }
            if (code != null && rel.endsWith(":at") && !landsOnThing(code) && found.stream().allMatch(m -> {
                String head = g.lemma(headOf(g, m));
                return SITES.contains(head) || VENUES.contains(head);
            })) continue;
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    static void addUnnamed(SentenceGraph g, int noun, List<Integer> places, ActorMention[] mentionAt,
                           List<ActorMention> out) {
        Token t = g.token(noun);
        if (!t.isNoun() && partitive(g, noun)) {
            // "ordered the arrest of one of two men": the part is one of the people its "of" phrase names.
            for (Dependency c : g.children(noun)) {
                if (c.relation().equals("nmod:of")) addUnnamed(g, c.dependent(), places, mentionAt, out);
            }
            return;
        }
        if (!freeNoun(g, noun, places, mentionAt)) return;
        if (conditionOfState(g, noun)) return;
        int[] span = phrase(g, noun);
        // A target is a party acted upon, not a thing, a document or an act ("rejected the arrest warrant",
        // "claimed responsibility for the attack"): a name, or a noun for people or bodies.
        if (t.isProperNoun() ? !properName(g, span, noun)
                : !peopleNoun(t.lowerLemma())) return;
        if (gerundsObject(g, noun)) return;
        ActorMention m = uncodedPhrase(g, noun);
        if (!out.contains(m)) out.add(m);
    }

    /** Participles that work as adjectives before a name: "the ruling Zanu-PF", "opposing factions". */
    static final Set<String> ADJECTIVAL_PARTICIPLES = Set.of("rule", "govern", "oppose", "lead", "war", "fight",
            "neighbor", "neighbour", "remain", "emerge", "exist", "incoming", "outgo", "rival");

    /**
     * Whether a name is the object of a gerund the parser took for its modifier: "called for shuttering Dadaab" asks
     * for an act done to Dadaab, not of it, so the name is a thing acted on, never the party addressed. Only a gerund
     * that opens the phrase with no determiner, and none of {@link #ADJECTIVAL_PARTICIPLES}.
     */
    static boolean gerundsObject(SentenceGraph g, int noun) {
        if (!g.token(noun).isProperNoun()) return false;
        int first = phrase(g, noun)[0];
        for (Dependency d : g.children(noun)) if (d.relation().startsWith("det") || d.relation().equals("nmod:poss")) return false;
        for (Dependency d : g.children(noun)) {
            int a = d.dependent();
            if (d.relation().equals("amod") && a == first && g.token(a).pos().equals("VBG")
                    && !ADJECTIVAL_PARTICIPLES.contains(g.lemma(a))) return true;
        }
        return false;
    }

    /**
     * Whether {@code noun} is a noun free to stand for an uncoded party or thing: not one of the pattern's own words,
     * not inside a dictionary mention, and no word of time, number or money.
     */
    static boolean freeNoun(SentenceGraph g, int noun, List<Integer> places, ActorMention[] mentionAt) {
        Token t = g.token(noun);
        return t.isNoun() && !places.contains(noun) && mentionAt[noun] == null
                && !(t.ner() != null && NOT_PARTIES.contains(t.ner())) && !inTimex(g, noun)
                && !CALENDAR.contains(t.lowerWord());
    }

    /** The phrase headed by {@code head} as a party no dictionary codes: code ---, the phrase's own words. */
    static ActorMention uncodedPhrase(SentenceGraph g, int head) {
        int[] span = phrase(g, head);
        return new ActorMention(span[0], span[1], ActorCoder.UNKNOWN_COUNTRY, words(g, span[0], span[1]), false);
    }

    /**
     * Whether an act's target may be a thing where no party is named: investigations (09), raids, seizures and
     * destruction of property (170, 171x) and violence (18, 19, 20), whose site or matter says what was done to whom
     * ("attacked an army base", "an investigation into the crash of the airliner").
     */
    static boolean landsOnThing(String code) {
        String root = code.substring(0, 2);
        return root.equals("09") || root.equals("18") || root.equals("19") || root.equals("20")
                || code.equals("170") || code.startsWith("171");
    }

    /**
     * Installations, buildings, vehicles and stretches of land that an attack or a raid is made on: the party it hurts
     * is whoever is there ("stormed a police headquarters", "struck an arms depot", "pounded the enclave").
     */
    static final Set<String> SITES = Set.of("base", "camp", "station", "headquarters", "compound", "checkpoint",
            "post", "outpost", "barracks", "depot", "installation", "facility", "position", "stronghold", "bastion",
            "enclave", "area", "district", "region", "province", "zone", "neighborhood", "neighbourhood", "suburb",
            "town", "settlement", "camps", "target", "mosque", "church", "temple", "synagogue", "shrine", "school",
            "university", "hospital", "clinic", "market", "hotel", "restaurant", "embassy", "consulate", "prison",
            "jail", "building", "office", "home", "house", "residence", "palace", "airport", "airbase", "port",
            "harbor", "harbour", "bus", "train", "vehicle", "car", "truck", "ship", "vessel", "tanker", "boat",
            "aircraft", "plane", "jet", "helicopter", "drone", "plant", "refinery", "pipeline", "field", "oilfield",
            "mine", "bridge", "road", "highway", "railway", "tower", "warehouse", "factory", "stadium", "rally",
            "parliament", "capitol", "ministry", "court", "courthouse");

    /**
     * The noun phrases in the first of {@code relations} (in order) on any of {@code places} that say what an act of
     * {@code code} landed on when no party is named: for an investigation (09) any noun but a pronoun or a word of
     * time, number or money ("an investigation into the crash of the airliner"), for violence and raids a site
     * ({@link #SITES}: "attacked a military base in Borno", with its conjuncts). The phrase's words are the text.
     */
    static List<ActorMention> thingsAt(SentenceGraph g, List<Integer> places, List<String> relations,
                                       ActorMention[] mentionAt, String code) {
        boolean matter = code.startsWith("09");
        if (!matter) {
            // "stormed a police station" (storm nsubj=militant obj=*): a site the pattern ran through is still the
            // site, reached from the word above it.
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < places.size(); i++) {
                int w = places.get(i);
                if (i == 0 || !g.token(w).isNoun() || !SITES.contains(g.token(w).lowerLemma())) kept.add(w);
            }
            places = kept;
        }
        for (String rel : relations) {
            List<ActorMention> found = new ArrayList<>();
            for (int place : places) {
                for (Dependency d : g.children(place)) {
                    if (!d.relation().equals(rel) || places.contains(d.dependent())) continue;
                    addThing(g, d.dependent(), places, mentionAt, matter, found);
                    if (matter) continue; // "into corruption and fraud" is one matter
                    for (Dependency c : g.children(d.dependent())) {
                        if (c.relation().startsWith("conj")) addThing(g, c.dependent(), places, mentionAt, false, found);
                    }
                }
            }
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    private static void addThing(SentenceGraph g, int noun, List<Integer> places, ActorMention[] mentionAt,
                                 boolean matter, List<ActorMention> out) {
        if (!freeNoun(g, noun, places, mentionAt)) return;
        if (!matter && !SITES.contains(g.token(noun).lowerLemma())) return;
        ActorMention m = uncodedPhrase(g, noun);
        if (!out.contains(m)) out.add(m);
    }

    /** Whether a common noun's lemma names people or a body, acting ({@link #ACTING_NOUNS}) or acted upon. */
    static boolean peopleNoun(String lemma) {
        return ACTING_NOUNS.contains(lemma) || ACTED_UPON.contains(lemma);
    }

    /** People and bodies an act is done to, beyond those that act ({@link #ACTING_NOUNS}): "arrested two journalists". */
    static final Set<String> ACTED_UPON = Set.of("civilian", "refugee", "migrant", "asylum-seeker", "prisoner",
            "hostage", "detainee", "captive", "journalist", "reporter", "child", "patient", "victim", "suspect",
            "elder",
            "diplomat", "ambassador", "envoy", "delegation", "crew", "passenger", "member", "supporter", "ally",
            "neighbor", "neighbour", "country", "nation", "government", "regime", "administration", "opposition",
            "population", "community", "minority", "critic", "dissident", "opponent", "rival", "partner", "counterpart",
            "peacekeeper", "inspector", "monitor", "unit", "brigade", "battalion", "patrol", "convoy", "observer", "aid worker", "staff", "executive", "chief", "head",
            "personnel",
            "owner", "investor", "trader", "fisherman", "pilgrim", "tourist", "national", "troops", "inmate",
            "israeli", "palestinian", "settler", "muslim", "christian", "kurd", "shiite", "sunni", "jew", "hindu",
            "negotiator", "mediator", "delegate", "representative", "spokesman", "spokeswoman", "spokesperson",
            "candidate", "voter", "priest", "cleric", "bishop", "imam", "pastor", "monk", "nun", "teacher", "doctor",
            "nurse", "physician", "scientist", "athlete", "player", "artist", "writer", "author", "blogger", "editor",
            "photographer", "businessman", "businesswoman", "entrepreneur", "banker", "tycoon", "billionaire", "miner",
            "driver", "sailor", "seaman", "pilot", "guard", "policeman", "policewoman", "serviceman", "servicemen",
            "servicewoman", "veteran", "recruit", "conscript", "deserter", "defector", "jihadist", "extremist",
            "terrorist", "separatist", "guerrilla", "smuggler", "trafficker", "pirate", "kidnapper", "hijacker",
            "bomber", "criminal", "convict", "fugitive", "defendant", "plaintiff", "witness", "whistleblower", "spy",
            "informant", "immigrant", "emigrant", "exile", "foreigner", "evacuee", "survivor", "youth", "teenager",
            "girl", "boy", "king", "queen", "prince", "monarch", "emir", "sheikh", "sultan", "premier", "chancellor",
            "deputy", "aide", "adviser", "advisor", "secretary", "director", "manager", "chairman", "chairwoman", "ceo",
            "speaker", "councillor", "councilor", "mp", "mla", "parliamentarian", "congressman", "congresswoman",
            "politician", "founder", "shareholder", "consumer", "customer", "employer", "landlord", "tenant",
            "household", "parent", "mother", "father", "son", "daughter", "wife", "husband", "widow", "orphan",
            "rioter", "striker", "federation", "league", "front", "assembly", "parliament", "congress", "senate",
            "cabinet", "legislature", "military", "regiment", "squad", "garrison", "warlord", "lender", "creditor", "donor", "beneficiary", "public", "electorate", "jihadi",
            "islamist", "loyalist", "royalist", "nationalist", "communist", "maoist", "colleague", "individual",
            "associate", "staffer", "sympathizer", "follower", "nominee", "appointee", "challenger", "predecessor",
            "successor");

    /**
     * Common nouns that name a party able to act though no dictionary codes it: organisations, courts, companies,
     * groups and people ("the company sued", "a local court convicted", "gunmen stormed"). Words of analysis and of
     * things said or done ("analysts", "the report", "the decision", "the move") are not parties: a codebook coder
     * never makes them an event's actor.
     */
    static final Set<String> ACTING_NOUNS = Set.of("company", "firm", "corporation", "conglomerate", "group",
            "organization", "organisation", "agency", "association", "union", "council", "committee", "commission",
            "court", "tribunal", "party", "coalition", "alliance", "network", "bank", "university", "museum",
            "foundation", "charity", "institute", "institution", "board", "ministry", "department", "authority",
            "regulator", "watchdog", "prosecutor", "lawyer", "attorney", "judge", "man", "woman", "people", "person",
            "resident", "citizen", "worker", "employee", "student", "protester", "protestor", "demonstrator",
            "activist", "gunman", "assailant", "attacker", "militant", "fighter", "rebel", "insurgent", "soldier",
            "troop", "force", "police", "officer", "official", "militia", "army", "navy", "commander", "leader",
            "lawmaker", "legislator", "senator", "minister", "president", "governor", "mayor", "farmer", "villager",
            "family", "relative", "manufacturer", "producer", "maker", "supplier", "exporter", "importer", "contractor", "carrier", "airline", "operator", "startup",
            "newspaper", "broadcaster", "outlet", "club", "team", "church", "mosque", "tribe", "clan", "movement",
            "faction", "gang", "cartel", "syndicate", "consortium", "giant", "bloc", "state", "city", "village",
            "office", "embassy", "presidency", "delegation", "parliament", "legislature", "senate", "cabinet", "leadership",
            "government", "administration", "regime", "country", "nation", "spokesman", "spokeswoman", "spokesperson");

    /**
     * The subjects of a coded verb that name no dictionary actor but a party that can act, as uncoded sources (code
     * {@link ActorCoder#UNKNOWN_COUNTRY}, or {@code ---ROLE} where a role word of the dictionaries stands in the
     * phrase, "a court" → {@code ---JUD}; the phrase's words as text): "The Civic Liberties League sued the Interior
     * Ministry", "a regional court convicted ...". With {@code joint} (an act both sides do) and a coded subject
     * already found, the uncoded conjuncts of that subject are added: "Gondor and the Shire Trading Company signed a
     * pact" is each side's act toward the other. The subject is the verb's own, its agent's, or failing those the one
     * it shares with the verb it is conjoined to, chained to or is the means of ("responded by shelling": advcl:by).
     */
    static List<ActorMention> uncodedSources(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                             ActorMention[] roleAt, Set<ActorMention> coded, boolean joint) {
        if (!coded.isEmpty() && !joint) return List.of();
        List<Integer> subjects = new ArrayList<>();
        boolean misparsedParticiple = participleWithSubject(g, p.token()); // its subject is acted upon
        boolean undergone = passiveChained(g, p.token());
        for (Dependency d : g.children(p.token())) {
            String r = d.relation();
            if (r.equals("nsubj") && misparsedParticiple || r.equals("nsubj:xsubj") && undergone) continue;
            if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("obl:agent")) subjects.add(d.dependent());
        }
        if (subjects.isEmpty()) {
            int h = g.head(p.token());
            String rel = g.headRelation(p.token());
            if (h >= 0 && rel != null && (rel.startsWith("conj") || (rel.equals("xcomp") && !objectControlled(g, p.token())
                    && !undergone) || byMeans(g, p.token()))) {
                for (Dependency d : g.children(h)) if (d.relation().equals("nsubj")) subjects.add(d.dependent());
            }
        }
        List<ActorMention> out = new ArrayList<>();
        for (int subject : subjects) {
            List<Integer> heads = new ArrayList<>();
            heads.add(subject);
            int speaker = speakerOfPronoun(g, p.token(), subject);
            if (speaker >= 0) heads.set(0, speaker); // "the strikers said they will not end the strike"
            for (Dependency c : g.children(subject)) if (c.relation().startsWith("conj")) heads.add(c.dependent());
            for (int head : heads) {
                if (!actors(g, head, mentionAt).isEmpty()) continue;
                ActorMention m = uncodedParty(g, head, roleAt);
                if (m != null && !out.contains(m)) out.add(m);
            }
        }
        return out;
    }

    /**
     * Those of the uncoded {@code parties} that can act (see {@link #uncodedParty}), with their role where a role
     * word heads them: the target an uncoded source may take, since two unknown parties and a thing say nothing.
     */
    static Set<ActorMention> actingParties(SentenceGraph g, Set<ActorMention> parties, ActorMention[] roleAt) {
        Set<ActorMention> out = new LinkedHashSet<>();
        for (ActorMention m : parties) {
            ActorMention acting = uncodedParty(g, headOf(g, m), roleAt);
            if (acting != null) out.add(acting);
            else if (ACTED_UPON.contains(g.lemma(headOf(g, m)))) out.add(m); // "the rebels freed prisoners"
        }
        return out;
    }

    /**
     * Words that, anywhere in a phrase, make it no party: people who comment on events rather than act in them
     * ("security analyst Kabiru Adamu welcomed the move") and forces of nature ("Tropical Cyclone Jude slammed into").
     */
    static final Set<String> NOT_ACTING = Set.of("analyst", "expert", "observer", "commentator", "researcher",
            "economist", "pollster", "scholar", "cyclone", "hurricane", "typhoon", "storm", "earthquake", "flood",
            "virus", "pandemic", "wildfire", "tornado");

    /** The phrase headed by {@code head} as an uncoded party, or null when it names none that can act. */
    static ActorMention uncodedParty(SentenceGraph g, int head, ActorMention[] roleAt) {
        Token t = g.token(head);
        if (!t.isNoun() || t.ner() != null && NOT_PARTIES.contains(t.ner()) || inTimex(g, head)
                || CALENDAR.contains(t.lowerWord())) return null;
        int[] span = phrase(g, head);
        ActorMention role = null;
        for (int i = span[0]; i < span[1] && roleAt != null; i++) {
            if (roleAt[i] != null && roleAt[i].covers(head)) role = roleAt[i]; // the head's own role: "a court"
        }
        if (role == null && !t.isProperNoun() && !ACTING_NOUNS.contains(t.lowerLemma())) return null;
        if (t.isProperNoun() && !properName(g, span, head)) return null;
        for (int i = span[0]; i < span[1]; i++) if (NOT_ACTING.contains(g.lemma(i))) return null;
        String code = role != null ? role.code() : ActorCoder.UNKNOWN_COUNTRY;
        return new ActorMention(span[0], span[1], code, words(g, span[0], span[1]), false);
    }

    /**
     * Whether a proper-noun head names a party: not a single letter or a one-letter-and-dot initial. The head's
     * phrase with no dictionary actor in it is the name as written ("the Civic Liberties League"). A document's name
     * ("the Copenhagen Charter", {@link ActorCoder#DOCUMENT_NAMES}) names none.
     */
    static boolean properName(SentenceGraph g, int[] span, int head) {
        String w = g.token(head).word();
        if (ActorCoder.DOCUMENT_NAMES.contains(g.token(head).lowerWord())) return false;
        return w.length() > 2 || w.length() == 2 && Character.isUpperCase(w.charAt(1));
    }

    /**
     * A verb that says by what means the verb above it was done: "responded by shelling the port" (advcl with the
     * mark "by"). Its actor is the subject of the verb above.
     */
    static boolean byMeans(SentenceGraph g, int verb) {
        String rel = g.headRelation(verb);
        return rel != null && rel.startsWith("advcl") && g.token(verb).isVerb() && g.hasChild(verb, "mark", Set.of("by"));
    }

    /** The token of a span whose governor lies outside it. */
    static int headOf(SentenceGraph g, ActorMention m) {
        for (int i = m.begin(); i < m.end(); i++) if (!m.covers(g.head(i))) return i;
        return m.begin();
    }

    static boolean inTimex(SentenceGraph g, int token) {
        for (var timex : g.sentence.timexes()) if (token >= timex.beginToken() && token < timex.endToken()) return true;
        return false;
    }

    /**
     * The span [begin, end) of the noun phrase headed by {@code head}: its determiners, modifiers and prepositional
     * phrases, as far as they run unbroken on either side of it; not its clauses, conjuncts or appositions. A phrase
     * that runs on past {@link #MAX_PHRASE_TAIL} words after its head keeps only the words up to the head.
     */
    static int[] phrase(SentenceGraph g, int head) {
        Set<Integer> in = new HashSet<>();
        in.add(head);
        addPhraseWords(g, head, in, true);
        int begin = head;
        while (begin > 0 && in.contains(begin - 1)) begin--;
        int end = head + 1;
        while (end < g.size() && in.contains(end)) end++;
        if (end - head - 1 > MAX_PHRASE_TAIL) end = head + 1;
        while (end - 1 > head && isPunct(g.token(end - 1))) end--;
        while (begin < head && isPunct(g.token(begin))) begin++;
        return new int[] {begin, end};
    }

    private static void addPhraseWords(SentenceGraph g, int token, Set<Integer> in, boolean top) {
        for (Dependency d : g.children(token)) {
            int dep = d.dependent();
            String r = d.relation();
            if (g.head(dep) != token || in.contains(dep)) continue; // the tree, not the enhanced graph's extra arcs
            if (OUTSIDE_PHRASE.contains(r) || r.startsWith("conj") || r.startsWith("acl")) continue;
            if (top && (r.equals("case") || r.equals("mark") || r.equals("punct"))) continue; // "on protesters"
            in.add(dep);
            addPhraseWords(g, dep, in, false);
        }
    }

    private static boolean isPunct(Token t) {
        return !Character.isLetterOrDigit(t.word().charAt(0)) && !t.word().equals("$");
    }

    /** The sentence's text from token {@code begin} to token {@code end} (exclusive), as written. */
    static String words(SentenceGraph g, int begin, int end) {
        var s = g.sentence;
        return s.text().substring(g.token(begin).begin() - s.begin(), g.token(end - 1).end() - s.begin());
    }

    /** The phrases of an effect's object that say whom it lands on ("casualties on", "a blow to"). */
    static final Set<String> EFFECT_LANDS_ON = Set.of("nmod:on", "nmod:upon", "nmod:to", "nmod:against");

    /**
     * The parties a participle clause of the act names as its object, for an act that lands where it is done
     * ({@link #landsOnPlace}): "carried out raids in Mali, seeking to overthrow the government", "set off a bomb near
     * a convoy, killing two officers". The clause hangs from the pattern's words, their object or the noun of their
     * phrases (advcl, acl, dep),
     * is a participle of effect or aim (a "to" clause says why, not to whom: "attacked the school to avenge the
     * killing of their relatives"), and its object (through a chain of xcomp: "seeking to overthrow"; or the subject of
     * its small clause: "leaving five people dead") is a coded actor or, failing one, a noun for people
     * ({@link #peopleNoun}); not the source's own means in aid or force posture ("deployed troops, sending 200
     * soldiers"); failing those, whom the object lands on ("inflicting heavy casualties on government forces").
     */
    static List<ActorMention> effectClauseParties(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                                  Set<ActorMention> sources, String code) {
        List<Integer> objects = new ArrayList<>();
        // The clause may hang from the pattern's words, their object or the noun of one of their phrases, where the
        // parser often puts a participle ("detonated a bomb near a convoy, killing two officers").
        List<Integer> holders = new ArrayList<>(p.words());
        // An event noun that is a verb's object shares the verb's clauses ("conducts bombings in Somalia, aiming to ...").
        if (g.token(p.token()).isNoun() && "obj".equals(g.headRelation(p.token()))) holders.add(g.head(p.token()));
        for (int w : List.copyOf(holders)) {
            for (Dependency d : g.children(w)) {
                String r = d.relation();
                if (r.equals("obj") || r.startsWith("obl:") && !r.equals("obl:tmod") && !r.equals("obl:npmod")
                        && !r.equals("obl:agent")) {
                    holders.add(d.dependent());
                    // "detonated devices near a convoy": the object's own phrases too.
                    for (Dependency n : g.children(d.dependent())) {
                        if (n.relation().startsWith("nmod:") && !n.relation().equals("nmod:poss")
                                && !n.relation().equals("nmod:tmod")) holders.add(n.dependent());
                    }
                }
            }
        }
        for (int holder : holders) {
            for (Dependency d : g.children(holder)) {
                String r = d.relation();
                if (!(r.startsWith("advcl") || r.equals("acl") || r.equals("dep"))) continue;
                int clause = d.dependent();
                // A participle of effect or aim, not a preposition in a participle's form ("following the raid").
                if (!g.token(clause).pos().equals("VBG") || PREPOSITIONAL_PARTICIPLES.contains(g.lemma(clause))) continue;
                List<Integer> verbs = new ArrayList<>(List.of(clause));
                for (int i = 0; i < verbs.size() && i < 6; i++) {
                    for (Dependency c : g.children(verbs.get(i))) {
                        if (c.relation().equals("obj")) objects.add(c.dependent());
                        if (c.relation().equals("xcomp") && g.token(c.dependent()).isVerb()) verbs.add(c.dependent());
                        // "leaving five people dead": the subject of the small clause the participle makes.
                        if (c.relation().equals("xcomp") && !g.token(c.dependent()).isVerb()) {
                            for (Dependency k : g.children(c.dependent())) {
                                if (k.relation().equals("nsubj")) objects.add(k.dependent());
                            }
                        }
                    }
                }
            }
        }
        boolean means = sendsOwnPeople(code);
        objects.removeIf(o -> means && MEANS.contains(g.lemma(o)));
        // "inflicting heavy casualties on government forces", "dealing a blow to the rebels": the harm's object is a
        // thing, and whom it lands on is its "on", "upon", "to" or "against" phrase.
        List<Integer> struck = new ArrayList<>();
        for (int o : objects) {
            for (Dependency n : g.children(o)) {
                if (EFFECT_LANDS_ON.contains(n.relation())) struck.add(n.dependent());
            }
        }
        List<ActorMention> out = new ArrayList<>();
        for (List<Integer> nouns : List.of(objects, struck)) {
            for (int o : nouns) {
                for (ActorMention m : actors(g, o, mentionAt)) {
                    if (!sources.contains(m) && !out.contains(m)) out.add(m);
                }
            }
            if (!out.isEmpty()) return out;
        }
        for (int o : objects) addUnnamed(g, o, p.words(), mentionAt, out);
        if (!out.isEmpty()) return out;
        for (int o : struck) addUnnamed(g, o, p.words(), mentionAt, out);
        return out;
    }

    /**
     * Whether a verb has a subject its head does not share: "Gondor proposed talks, but Rohan refused", not "Gondor
     * met and agreed", where the enhanced parse gives both verbs the same subject.
     */
    static boolean subjectOfItsOwn(SentenceGraph g, int verb) {
        int h = g.head(verb);
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("nsubj")) continue;
            boolean shared = false;
            if (h >= 0) {
                for (Dependency c : g.children(h)) {
                    if (c.relation().startsWith("nsubj") && c.dependent() == d.dependent()) shared = true;
                }
            }
            if (!shared) return true;
        }
        return false;
    }

    /**
     * Whom a refusal is aimed at, failing any other party: the object of the refused act when that act is no event of
     * its own ({@code acts} holds the sentence's predicates): "the school refused to admit his son" → the son, coded
     * or not ({@code uncoded}). "Refused to attack Ukraine" keeps the attack's own event, negated, for Ukraine.
     */
    static void refusedActsObject(SentenceGraph g, Predicate p, ActorMention[] mentionAt, Set<Integer> acts,
                                  boolean uncoded, Participants parts) {
        if (!parts.targets.isEmpty() || !p.pattern().code().startsWith("12") || !g.token(p.token()).isVerb()
                || !Cues.NEGATING.contains(g.lemma(p.token()))) return;
        // The refuser itself, met as the subject of the refused act's small clause, is no one refused.
        if (!parts.unnamed.stream().allMatch(m -> isSubjectOf(g, headOf(g, m), p.token()))) return;
        List<Integer> refused = new ArrayList<>();
        for (Dependency d : g.children(p.token())) {
            if (d.relation().equals("xcomp") && g.token(d.dependent()).isVerb() && !acts.contains(d.dependent())) {
                refused.add(d.dependent());
            }
        }
        parts.targets.addAll(firstActors(g, refused, List.of("obj", "iobj"), mentionAt, parts.sources));
        List<ActorMention> objects = parts.targets.isEmpty() && uncoded
                ? unnamedParties(g, refused, List.of("obj", "iobj"), mentionAt, p.pattern().code()) : List.of();
        if (!objects.isEmpty() || !parts.targets.isEmpty()) parts.unnamed.clear();
        parts.unnamed.addAll(objects);
        if (!parts.targets.isEmpty() || !parts.unnamed.isEmpty()) parts.things.clear();
    }

    private static boolean isSubjectOf(SentenceGraph g, int noun, int verb) {
        for (Dependency d : g.children(verb)) {
            if (d.relation().startsWith("nsubj") && d.dependent() == noun) return true;
        }
        return false;
    }

    /** Verbs of replying yes or no to what another put forward. */
    static final Set<String> REPLYING = Set.of("refuse", "reject", "decline", "accept", "agree", "object");

    /** Acts done in words that may answer another's: comments and denials (01), disapproval (11), rejection (12). */
    static boolean answersInWords(String code) {
        return code.startsWith("01") || code.startsWith("11") || code.startsWith("12");
    }

    /**
     * The coded parties whose act or words a clause of answering on the verb answers, failing any other target:
     * "rejected the accusations while responding to the statement by the Rohan envoy" → the envoy; "denied it,
     * reacting to Gondor's claims" → Gondor. The answered thing's owner: its own modifiers, its "by", "of" or "from"
     * phrase, or a "by" phrase the parser hung on the verb of answering.
     */
    static List<ActorMention> answered(SentenceGraph g, int verb, ActorMention[] mentionAt, Set<ActorMention> sources) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            int clause = d.dependent();
            if (!(d.relation().startsWith("advcl") || d.relation().equals("dep")) || !g.token(clause).isVerb()
                    || !ANSWERING.contains(g.lemma(clause)) || g.hasRelation(clause, "nsubj")) continue;
            List<Integer> owners = new ArrayList<>();
            for (Dependency c : g.children(clause)) {
                if (c.relation().equals("obl:to")) {
                    owners.add(c.dependent());
                    for (Dependency n : g.children(c.dependent())) {
                        if (OWNERS.contains(n.relation())) owners.add(n.dependent());
                    }
                }
            }
            for (Dependency c : g.children(clause)) {
                if (c.relation().equals("obl:by") && !owners.isEmpty()) owners.add(c.dependent());
            }
            for (int o : owners) {
                for (ActorMention m : actors(g, o, mentionAt)) if (!sources.contains(m) && !out.contains(m)) out.add(m);
            }
        }
        return out;
    }

    /** Participles that work as prepositions: "following the raid", "including the capital", "according to". */
    static final Set<String> PREPOSITIONAL_PARTICIPLES = Set.of("follow", "include", "accord", "regard", "concern",
            "involve", "exclude", "pend");

    /**
     * The first actors met breadth-first inside the object (or a prepositional phrase) of the predicate, through
     * the nouns' own modifiers, at most three steps down: "a resumption of formal ties with Mordor and Rohan".
     */
    static List<ActorMention> actorInObject(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
                                            Set<ActorMention> exclude) {
        List<ActorMention> found = actorInObject(g, places, mentionAt, exclude, false);
        // Failing any other party, the place the object is in: "criticized the closure of guest houses in Bree"
        // criticises Bree. Only inside the object: the verb's own "in Bree" stays the event's location.
        return found.isEmpty() ? actorInObject(g, places, mentionAt, exclude, true) : found;
    }

    static List<ActorMention> actorInObject(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
                                            Set<ActorMention> exclude, boolean locative) {
        List<Integer> frontier = new ArrayList<>();
        for (int place : places) {
            for (Dependency d : g.children(place)) {
                String r = d.relation();
                // Not the passive's agent: "was criticized by envoys at a Security Council meeting" holds the
                // source's own phrase. Nor what one talks about with someone named ("spoke with the senator about
                // his trip to Taiwan"): the topic, where the "with" phrase names the other side.
                if (r.equals("obj") || r.startsWith("obl:") && !LOCATIVE.contains(r) && !r.equals("obl:tmod")
                        && !r.equals("obl:agent") && !r.equals("obl:by")
                        && !(r.equals("obl:about") && g.hasRelation(place, "obl:with"))) {
                    frontier.add(d.dependent());
                }
                // "fired shells near a vessel from South Korea": failing any other party, the one the thing the
                // act came near belongs to ("in" and "at" say where it happened and stay places).
                if (locative && r.equals("obl:near")) frontier.add(d.dependent());
            }
        }
        Set<Integer> seen = new HashSet<>(frontier);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int n : frontier) {
                List<Dependency> children = new ArrayList<>();
                for (Dependency d : g.children(n)) {
                    // "the roads leading into Mordor", "memos sent by Bree": the participle's phrases modify the
                    // noun as its own prepositional phrases do; so does its object ("the parade supporting Gondor").
                    if (d.relation().equals("acl")) {
                        for (Dependency a : g.children(d.dependent())) {
                            if (a.relation().startsWith("obl:") && !a.relation().equals("obl:tmod")) children.add(
                                    new Dependency(n, "nmod:" + a.relation().substring(4), a.dependent()));
                            if (a.relation().equals("obj")) children.add(new Dependency(n, "nmod:obj", a.dependent()));
                        }
                    } else {
                        children.add(d);
                    }
                }
                for (Dependency d : children) {
                    String r = d.relation();
                    if (!r.startsWith("nmod:") || LOCATIVE.contains(r) && !locative || r.equals("nmod:poss")) continue;
                    int dep = d.dependent();
                    // "held a summit in Uganda", "spoke at a Security Council meeting": where a gathering is held, and
                    // the body whose gathering it is, are its venue, never whom the act is done to.
                    if (LOCATIVE.contains(r) && (VENUES.contains(g.lemma(n)) || VENUES.contains(g.lemma(dep)))) continue;
                    if (!seen.add(dep)) continue;
                    List<ActorMention> found = new ArrayList<>();
                    for (ActorMention m : actors(g, dep, mentionAt)) if (!exclude.contains(m)) found.add(m);
                    if (!found.isEmpty()) return found;
                    next.add(dep);
                }
            }
            frontier = next;
        }
        return List.of();
    }

    /**
     * The place right after the object the pattern names, failing any other target: "will bargain for asylum in
     * Gondor" asks Gondor for asylum there, though the parser hangs "in Gondor" from the verb; as with "the closure
     * of guest houses in Bree", the place belongs to the thing named. A verb's "in" phrase elsewhere ("met in
     * Geneva", "bargained in Gondor for asylum") stays the location.
     */
    static List<ActorMention> placeOfNamedObject(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                                 Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        for (int noun : p.path()) {
            String rel = g.headRelation(noun);
            if (g.head(noun) != p.token() || rel == null || !g.token(noun).isNoun()
                    || !(rel.equals("obj") || rel.startsWith("obl:") && !LOCATIVE.contains(rel))) continue;
            for (Dependency d : g.children(p.token())) {
                if (!d.relation().equals("obl:in") && !d.relation().equals("obl:at")) continue;
                if (!isCaseAt(g, d.dependent(), noun + 1)) continue;
                for (ActorMention m : actors(g, d.dependent(), mentionAt)) if (!exclude.contains(m)) found.add(m);
            }
        }
        return found;
    }

    /** Whether the preposition of {@code noun}'s phrase is the word at {@code index}. */
    static boolean isCaseAt(SentenceGraph g, int noun, int index) {
        for (Dependency c : g.children(noun)) if (c.relation().equals("case") && c.dependent() == index) return true;
        return false;
    }

    /**
     * The subject of a clause that is the verb's object, failing any other target: "Gollum allowed that Mordor isn't
     * a pleasant place" concedes something of Mordor. Verbs of saying never get here bare (see reportsAClause).
     */
    static List<ActorMention> actorInClauseObject(SentenceGraph g, List<Integer> places,
                                                  ActorMention[] mentionAt, Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        for (int place : places) addClauseSubjects(g, place, false, mentionAt, exclude, found);
        return found;
    }

    /**
     * The party inside a clause the verb takes about its own subject, failing any other target: "Sam has begun to
     * question whether he has a future with the Morgul Orcs" questions his ties with the Orcs. Only a clause whose
     * subject is a personal pronoun (the actor speaking of itself); the party is looked for in the clause verb's
     * object and phrases as for the verb's own (see actorInObject).
     */
    static List<ActorMention> partyOfOwnClause(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
                                               Set<ActorMention> exclude) {
        List<Integer> clauses = new ArrayList<>();
        for (int place : places) {
            for (Dependency d : g.children(place)) {
                if (!d.relation().equals("ccomp") || !g.token(d.dependent()).isVerb()) continue;
                for (Dependency s : g.children(d.dependent())) {
                    if (s.relation().equals("nsubj") && g.token(s.dependent()).pos().equals("PRP")
                            && CLAUSE_SUBJECT_PRONOUNS.contains(g.token(s.dependent()).lowerWord())) {
                        clauses.add(d.dependent());
                    }
                }
            }
        }
        return clauses.isEmpty() ? List.of() : actorInObject(g, clauses, mentionAt, exclude);
    }

    /** Actors of the first relation, in order of preference, that yields any. */
    static List<ActorMention> firstActors(SentenceGraph g, List<Integer> places, List<String> relations,
                                          ActorMention[] mentionAt, Set<ActorMention> exclude) {
        for (String rel : relations) {
            List<ActorMention> found = new ArrayList<>();
            for (int place : places) {
                for (Dependency d : g.children(place)) {
                    if (!d.relation().equals(rel)) continue;
                    for (ActorMention m : actors(g, d.dependent(), mentionAt)) {
                        if (!exclude.contains(m) && !found.contains(m)) found.add(m);
                    }
                }
            }
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /**
     * The actors a token stands for: the mention covering it, else mentions among its modifiers
     * ("the government of Ukraine", "Ukraine's forces"), plus its conjuncts ("Russia and the U.S.").
     */
    static List<ActorMention> actors(SentenceGraph g, int token, ActorMention[] mentionAt) {
        List<ActorMention> out = new ArrayList<>();
        collectActors(g, token, mentionAt, out, 0);
        out.removeIf(m -> dateline(g, m));
        return out;
    }

    /** Nouns that name some of a group, whose "of" phrase says who they are: "dozens of Serbian students". */
    static final Set<String> PARTITIVES = Set.of("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
            "group", "number", "member", "some", "many", "one", "several", "majority", "handful", "band", "crowd", "score",
            "scores");

    static boolean partitive(SentenceGraph g, int token) {
        return g.token(token).pos().equals("CD") || PARTITIVES.contains(g.lemma(token))
                || PARTITIVES.contains(g.token(token).lowerWord());
    }

    /** Words that end a story's dateline: "BAMAKO -", "Harare, Zimbabwe -", "Bogota, March 8 (IANS)". */
    static final Set<String> DATELINE_ENDS = Set.of("-", "--", "—", "–", ":", "(");

    /**
     * Whether a mention lies in the sentence's dateline, where the story was filed, and is no party: capitalised
     * words, commas, numbers and dates at the very start, ended by a dash, colon or an agency in brackets before any
     * other word ("BAMAKO -", "Harare, Zimbabwe -", "Tehran, March 15, IRNA -", "Bogota, March 8 (IANS)").
     */
    static boolean dateline(SentenceGraph g, ActorMention m) {
        return (m.place() || datelineCity(g, m)) && m.end() <= datelineEnd(g);
    }

    /**
     * A city in capitals before a comma ("ALGIERS, Algeria - Police have ..."): the parser may hang the party after
     * the dash on it as an apposition, and the actor coder then gives the city that party's code.
     */
    static boolean datelineCity(SentenceGraph g, ActorMention m) {
        String text = m.text();
        if (m.end() >= g.size() || !g.token(m.end()).word().equals(",") || text.length() < 3) return false;
        return text.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ' || c == '-' || c == '.')
                && text.chars().filter(Character::isLetter).count() >= 3;
    }

    /** The index just past the sentence's dateline (its closing mark included), or 0 when it has none. */
    static int datelineEnd(SentenceGraph g) {
        for (int i = 0; i < Math.min(g.size(), 9); i++) {
            Token t = g.token(i);
            String w = t.word();
            if (i > 0 && DATELINE_ENDS.contains(w)) return i + 1;
            boolean name = Character.isUpperCase(w.charAt(0)) && (t.isProperNoun() || t.pos().equals("CD"));
            if (!name && !w.equals(",") && !t.pos().equals("CD")) return 0;
        }
        return 0;
    }

    static void collectActors(SentenceGraph g, int token, ActorMention[] mentionAt, List<ActorMention> out, int depth) {
        if (depth > 3) return;
        ActorMention m = mentionAt[token];
        if (m != null && dateline(g, m)) m = null; // "Harare, Zimbabwe - Zimbabwe's opposition leader ..."
        if (m != null && !out.contains(m)) out.add(m);
        for (Dependency d : g.children(token)) {
            String r = d.relation();
            boolean modifier = r.equals("nmod:poss") || r.equals("compound") || r.equals("amod");
            if (modifier || (m == null && (r.equals("appos") || r.equals("nmod:of") || r.equals("nmod:from")
                    || r.equals("flat")))) {
                // "Russian and U.S. officials": the head is coded once, but each conjoined modifier is a party.
                ActorMention mod = mentionAt[d.dependent()];
                if (mod != null && !out.contains(mod)) out.add(mod);
                // "Indian foreign ministry spokesperson Randhir Jaiswal": a name whose title word no dictionary codes
                // is of the body that modifies the title.
                if (mod == null && m == null && r.equals("compound") && g.token(token).isProperNoun()) {
                    for (Dependency c : g.children(d.dependent())) {
                        String cr = c.relation();
                        ActorMention inner = mentionAt[c.dependent()];
                        if (inner != null && !out.contains(inner)
                                && (cr.equals("compound") || cr.equals("amod") || cr.equals("nmod:poss"))) {
                            out.add(inner);
                        }
                    }
                }
                if (modifier) {
                    for (Dependency c : g.children(d.dependent())) {
                        ActorMention conj = c.relation().startsWith("conj") ? mentionAt[c.dependent()] : null;
                        if (conj != null && !out.contains(conj)) out.add(conj);
                    }
                }
            }
        }
        for (Dependency d : g.children(token)) {
            if (d.relation().startsWith("conj")) collectActors(g, d.dependent(), mentionAt, out, depth + 1);
            // "freed pastor Evan Mawarire, a critic of President Mugabe": a name no dictionary codes is a party of
            // its own, not the actor its apposition mentions.
            boolean uncodedName = mentionAt[token] == null && g.token(token).isProperNoun();
            if (m == null && mentionAt[d.dependent()] == null && g.head(d.dependent()) == token
                    && (d.relation().equals("appos") && !uncodedName || d.relation().equals("nmod:of") && partitive(g, token))) {
                // "Harare - [opposition leader Nelson Chamisa]", "dozens of [Serbian students]": the phrase's actor.
                collectActors(g, d.dependent(), mentionAt, out, depth + 1);
            }
            if (m != null && mentionAt[d.dependent()] == m && d.relation().startsWith("nmod:")) {
                // "the ambassadors of Arnor, Osgiliath and Gondor": the role word went with every country listed
                // (ActorCoder), so the countries conjoined to the one inside this mention are parties too.
                for (Dependency c : g.children(d.dependent())) {
                    ActorMention conj = c.relation().startsWith("conj") ? mentionAt[c.dependent()] : null;
                    if (conj != null && !out.contains(conj)) out.add(conj);
                }
            }
        }
    }}
