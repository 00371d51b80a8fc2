package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.dictionary.Place;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.VerbPattern.Path;
import org.dyad.core.dictionary.VerbPattern.Step;
import org.dyad.core.model.Actor;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;
import org.dyad.core.model.Modality;
import org.dyad.core.model.Timex;
import org.dyad.core.model.Token;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.ontology.PloverMapping;
import org.dyad.core.ontology.PloverType;

/**
 * Reads events off one parsed sentence. See docs/CODER.md for the dependency patterns with examples.
 *
 * <p>Predicates are verbs and event nouns found in the verb dictionary. Outermost predicates are coded first, and
 * the words a matched pattern runs through are consumed, so "threatened to impose sanctions" is one threat
 * (1312), not a threat and a sanction. For each predicate: subject or agent → source, object or oblique →
 * target (one event per source–target pair), modality from negation, auxiliaries, conditionals and governing
 * verbs, and the date from the temporal expression that governs it.
 */
public final class EventCoder {
    /** Where to look for a verb's target, best first. */
    private static final List<String> VERB_TARGETS = List.of("obj", "iobj", "nsubj:pass", "obl:on", "obl:against",
            "obl:with", "obl:to", "obl:toward", "obl:towards", "obl:into", "obl:over", "obl:from", "obl:for",
            "obl:at", "obl:between", "obl:with_respect_to", "nmod:on", "nmod:against", "nmod:with", "nmod:to",
            "nmod:for", "nmod:of");
    /** Where to look for an event noun's target. */
    private static final List<String> NOUN_TARGETS = List.of("nmod:on", "nmod:against", "nmod:with", "nmod:to",
            "nmod:toward", "nmod:towards", "nmod:into", "nmod:between", "nmod:of", "nmod:for", "nmod:over");
    private static final List<String> NOUN_SOURCES = List.of("nmod:poss", "nmod:by", "nmod:agent", "amod", "compound");
    private static final Set<String> LOCATIVE = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at", "obl:near");

    private final VerbDictionary verbs;
    private final CameoCatalog cameo;
    private final PloverMapping plover;
    private final Gazetteer places;
    private final boolean statements;

    /** A coder in Dyad's own convention: a verb of saying that reports a clause is attribution only. */
    public EventCoder(VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover, Gazetteer places) {
        this(verbs, cameo, plover, places, false);
    }

    /**
     * @param statements also code a verb of saying that reports a clause as a statement of its own when a noun
     *                   phrase follows it ("..., an official said on Saturday": the official → nobody, 023 in the
     *                   PETRARCH dictionaries), as PETRARCH does; see {@link #isStatement}
     */
    public EventCoder(VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover, Gazetteer places,
                      boolean statements) {
        this.verbs = verbs;
        this.cameo = cameo;
        this.plover = plover;
        this.places = places;
        this.statements = statements;
    }

    /**
     * True when some token of the sentence is a verb or event noun with a pattern whose words all occur in the
     * sentence: a cheap pre-parse test that never rejects a sentence the parse could code ("give" is only an
     * event with "aid" or the like somewhere in the sentence).
     */
    public boolean hasEventWord(List<Token> tokens) {
        Set<String> words = null;
        for (Token t : tokens) {
            List<VerbPattern> patterns = patterns(t);
            if (patterns.isEmpty()) continue;
            if (words == null) {
                words = new HashSet<>();
                for (Token w : tokens) {
                    words.add(w.lowerLemma());
                    words.add(w.lowerWord());
                }
            }
            for (VerbPattern p : patterns) if (possible(p, words)) return true;
        }
        return false;
    }

    /**
     * The patterns a token may take, in the order to try them: those that name its word form ("left") before those
     * of its lemma ("leave"); none for a token that is neither verb nor noun.
     */
    private List<VerbPattern> patterns(Token t) {
        if (t.isVerb()) return verbs.verbPatterns(t.lowerLemma(), t.lowerWord());
        if (t.isNoun()) return verbs.nounPatterns(t.lowerLemma(), t.lowerWord());
        return List.of();
    }

    /**
     * The patterns, then those of them with words as written matched by lemma too: PETRARCH matches a pattern's
     * words as written (under ABANDON [345], "* EFFORT [987]" is not "abandoned efforts"), but when the verb codes
     * nothing by itself and no pattern matches as written, a singular also names its plural ("rejected
     * claims" is REJECT's "* CLAIM [016]", where the [---] block has no code of its own). The CAMEO dictionary was
     * written for TABARI, which matched "CLAIM" in "claims".
     */
    private static List<VerbPattern> withPluralsLast(List<VerbPattern> patterns) {
        for (VerbPattern pattern : patterns) if (pattern.conditions().isEmpty()) return patterns;
        List<VerbPattern> out = null;
        for (VerbPattern pattern : patterns) {
            VerbPattern byLemma = pattern.byLemma();
            if (byLemma == null) continue;
            if (out == null) out = new ArrayList<>(patterns);
            out.add(byLemma);
        }
        return out == null ? patterns : out;
    }

    private static boolean possible(VerbPattern pattern, Set<String> words) {
        for (Path path : pattern.conditions()) {
            for (Step step : path.steps()) {
                if (step.lemmas().isEmpty()) continue;
                boolean any = false;
                for (String l : step.lemmas()) {
                    if (words.contains(l)) {
                        any = true;
                        break;
                    }
                }
                if (!any) return false;
            }
        }
        return true;
    }

    /** A predicate with the pattern it matched and the tokens that pattern ran through. */
    private record Predicate(int token, VerbPattern pattern, List<Integer> path, boolean statement) {}

    public List<Event> code(String docId, LocalDate documentDate, AnnotatedSentence sentence,
                            List<ActorMention> mentions) {
        if (!sentence.isParsed() || mentions.isEmpty()) return List.of();
        SentenceGraph g = new SentenceGraph(sentence);
        ActorMention[] mentionAt = new ActorMention[g.size()];
        for (ActorMention m : mentions) for (int i = m.begin(); i < m.end() && i < mentionAt.length; i++) mentionAt[i] = m;

        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            if (mentionAt[i] != null) continue; // "Pentagon", "Assault Brigade": part of a name, not an act
            String lemma = t.lowerLemma();
            String word = t.lowerWord();
            if (t.isVerb() ? verbs.isVerb(lemma, word) : t.isNoun() && verbs.isNoun(lemma, word)) candidates.add(i);
        }
        candidates.sort(Comparator.comparingInt(g::depth));

        Set<Integer> consumed = new HashSet<>();
        List<Predicate> predicates = new ArrayList<>();
        for (int p : candidates) {
            if (consumed.contains(p)) continue;
            Token t = g.token(p);
            List<VerbPattern> patterns = withPluralsLast(patterns(t));
            for (VerbPattern pattern : patterns) {
                boolean statement = false;
                if (pattern.conditions().isEmpty() && reportsAClause(g, p)) {
                    if (!statements || !isStatement(g, p)) continue;
                    statement = true;
                }
                List<Integer> path = match(g, p, pattern);
                if (path != null) {
                    predicates.add(new Predicate(p, pattern, path, statement));
                    consumed.add(p);
                    consumed.addAll(path);
                    consumed.addAll(givenUpComplements(g, p));
                    break;
                }
            }
        }
        Set<Integer> predicateTokens = new HashSet<>();
        for (Predicate p : predicates) predicateTokens.add(p.token());

        List<Event> events = new ArrayList<>();
        for (Predicate p : predicates) {
            Participants parts = p.statement() ? statementParticipants(g, p, mentionAt)
                    : g.token(p.token()).isVerb() ? verbParticipants(g, p, mentionAt)
                    : nounParticipants(g, p, mentionAt);
            if (g.token(p.token()).isVerb()) parts = sourceThePatternPlaces(g, p, mentionAt, parts);
            if (parts.sources.isEmpty()) continue;
            Modality modality = modality(g, p);
            EventDate date = date(g, p, predicateTokens, documentDate, modality);
            if (modality == Modality.ASSERTED && date.basis() == org.dyad.core.model.DateBasis.TEXT
                    && date.date().isAfter(documentDate) && !pastTense(g, p.token())) {
                modality = Modality.PLANNED; // "talks on Jan. 10" in a story of Dec 28 have not happened yet
            }
            String code = modality == Modality.PLANNED && p.pattern().plannedCode() != null
                    ? p.pattern().plannedCode() : p.pattern().code();
            CameoCode cameoCode = cameo.get(code);
            Location location = location(g, p, mentionAt);
            List<ActorMention> sources = inTextOrder(parts.sources);
            List<ActorMention> targets = inTextOrder(parts.targets);
            // A paired code: the target does the reverse act back ("X arrived in Y": X visits, Y hosts).
            CameoCode reverse = p.pattern().reverseCode() != null ? cameo.get(p.pattern().reverseCode()) : null;
            if (targets.isEmpty() && sources.size() > 1 && (reciprocal(cameoCode) || jointSubject(p.pattern()))) {
                // "Russia and NATO will meet": each party meets the other, as CAMEO codes joint acts.
                targets = sources;
                if (reverse != null && reverse.code().equals(cameoCode.code())) reverse = null; // already both ways
            }
            // A mention may name several actors ("The Shire" coded FRO/BIL/SAM): one event for each.
            for (Actor s : actorsOf(sources)) {
                boolean any = false;
                for (Actor t : actorsOf(targets)) {
                    if (t.code().equals(s.code())) continue; // an actor acting on itself is no dyad
                    events.add(event(docId, sentence, s, t, cameoCode, date, modality, location));
                    if (reverse != null) {
                        events.add(event(docId, sentence, t, s, reverse, date, modality, location));
                    }
                    any = true;
                }
                if (!any && targets.isEmpty()) {
                    events.add(event(docId, sentence, s, null, cameoCode, date, modality, location));
                }
            }
        }
        return onceEach(events);
    }

    /**
     * One event per act a sentence reports: two predicates may code the same act ("U.S. officials said they would
     * consult with allies before the meetings": the verb and the noun), and the same dyad, code, date and modality
     * twice would count one act as two.
     */
    private static List<Event> onceEach(List<Event> events) {
        Set<List<Object>> seen = new HashSet<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<Object> key = Arrays.asList(e.source().code(), e.target() == null ? null : e.target().code(),
                    e.cameo().code(), e.date(), e.modality());
            if (seen.add(key)) out.add(e);
        }
        return out;
    }

    /**
     * A verb of saying that reports a clause ("X said Y": Y is its complement, or it hangs off Y as an aside, "Y, an
     * official said") is attribution, not an act of its own; only a pattern that asks for more than the bare verb
     * ("said it was unsatisfactory") makes it an event. PETRARCH dictionaries name "SAID [023]" as a word, which the
     * coder now finds by its form, so without this every quoted sentence would gain a statement.
     */
    private static boolean reportsAClause(SentenceGraph g, int predicate) {
        if (!g.token(predicate).isVerb() || !Cues.ATTRIBUTION.contains(g.lemma(predicate))) return false;
        for (Dependency d : g.children(predicate)) {
            if (d.relation().startsWith("ccomp") || d.relation().startsWith("parataxis")) return true;
        }
        String rel = g.headRelation(predicate);
        if (rel != null && g.head(predicate) >= 0 && (rel.startsWith("parataxis") || rel.equals("dep"))) return true;
        return g.head(predicate) >= 0 && !saysSomethingOfItsOwn(g, predicate);
    }

    /**
     * PETRARCH codes a verb when a noun phrase follows it, and a noun phrase that names no actor is the target
     * {@code ---}: so "..., a senior official said on Saturday" is a statement (the official → ---), while "..., a
     * senior official said today" is not ("today" is a bare time word, no phrase). In dependencies: a verb of
     * saying with a prepositional oblique after it (one before it was hung there by the parser, not said).
     */
    private static boolean isStatement(SentenceGraph g, int verb) {
        return !phrasesAfter(g, verb).isEmpty();
    }

    private static List<Integer> phrasesAfter(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if (d.dependent() > verb && r.startsWith("obl:") && !r.equals("obl:tmod") && !r.equals("obl:npmod")
                    && !r.equals("obl:agent")) out.add(d.dependent());
        }
        return out;
    }

    /** A statement's speaker, and as target only an actor in the phrase after it ("said to Gondor"), if any. */
    private static Participants statementParticipants(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        Participants parts = new Participants();
        for (Dependency d : g.children(p.token())) {
            if (d.relation().equals("nsubj")) parts.sources.addAll(actors(g, d.dependent(), mentionAt));
        }
        for (int phrase : phrasesAfter(g, p.token())) parts.targets.addAll(actors(g, phrase, mentionAt));
        parts.targets.removeAll(parts.sources);
        return parts;
    }

    /**
     * "..., five years after crowds burned down its embassy, a senior official said on Saturday": a verb of saying
     * with nothing said in its own phrase (no object, complement or aside) reports the sentence around it, wherever
     * the parser hung it (here as a relative clause on "ties").
     */
    private static boolean saysSomethingOfItsOwn(SentenceGraph g, int verb) {
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if (r.equals("obj") || r.equals("iobj") || r.startsWith("ccomp") || r.startsWith("xcomp")
                    || r.startsWith("parataxis") || r.equals("csubj")) return true;
        }
        return false;
    }

    /**
     * A pattern that asks for a compound subject ({@code nsubj=*>conj=*}, PETRARCH's "% HAVE *"): the act is one the
     * parties do to each other ("Gondor and Osgiliath have delayed their meeting").
     */
    private static boolean jointSubject(VerbPattern pattern) {
        for (Path path : pattern.conditions()) {
            List<Step> steps = path.steps();
            if (steps.size() == 2 && steps.get(0).relation().equals("nsubj") && steps.get(0).lemmas().isEmpty()
                    && steps.get(1).relation().equals("conj") && steps.get(1).lemmas().isEmpty()) return true;
        }
        return false;
    }

    /** Acts that joint subjects do to each other: meeting, negotiating, agreeing, cooperating. */
    private static boolean reciprocal(CameoCode code) {
        String root = code.root();
        return root.equals("03") || root.equals("04") || root.equals("05") || root.equals("06");
    }

    private static List<Actor> actorsOf(List<ActorMention> mentions) {
        List<Actor> out = new ArrayList<>();
        for (ActorMention m : mentions) out.addAll(m.actors());
        return out;
    }

    private static List<ActorMention> inTextOrder(Set<ActorMention> mentions) {
        List<ActorMention> list = new ArrayList<>(mentions);
        list.sort(Comparator.comparingInt(ActorMention::begin));
        return list;
    }

    private Event event(String docId, AnnotatedSentence s, Actor source, Actor target, CameoCode code,
                        EventDate date, Modality modality, Location location) {
        return new Event(docId, s.index(), s.text(), s.begin(), s.end(), source, target, code,
                ploverType(code), date.date(), date.basis(), date.precision(), modality, location);
    }

    /** PLOVER for a CAMEO code; none for a code outside CAMEO 1.1b3 that a user's catalogue added ("174K"). */
    private PloverType ploverType(CameoCode code) {
        try {
            return plover.forCameo(code.code());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- pattern matching -------------------------------------------------------------------------------

    /** The tokens the pattern's paths run through, or null when a condition fails. */
    private static List<Integer> match(SentenceGraph g, int predicate, VerbPattern pattern) {
        List<Integer> tokens = new ArrayList<>();
        for (Path path : pattern.conditions()) {
            List<Integer> found = follow(g, predicate, path.steps(), 0);
            if (found == null) found = throughNamedObject(g, predicate, pattern, path);
            if (found == null) found = onGoverningVerb(g, predicate, path);
            if (found == null) return null;
            tokens.addAll(found);
        }
        return tokens;
    }

    /**
     * An auxiliary, negation or adverb the pattern puts before the verb may sit on the verb whose "to" complement
     * the predicate is: "won't try to clash" negates "try", and PETRARCH's "&amp;NEGATVAUXVRB * OVER EFFORTS" reads
     * it as said of "clash".
     */
    private static List<Integer> onGoverningVerb(SentenceGraph g, int predicate, Path path) {
        String rel = path.steps().get(0).relation();
        if (!rel.equals("aux") && !rel.equals("advmod")) return null;
        List<Integer> found = adverbOfAdverb(g, predicate, path);
        if (found != null) return found;
        int governor = g.head(predicate);
        if (governor < 0 || !"xcomp".equals(g.headRelation(predicate)) || !g.token(governor).isVerb()) return null;
        found = follow(g, governor, path.steps(), 0);
        return found != null ? found : adverbOfAdverb(g, governor, path);
    }

    /** "unexpectedly now won't": a pattern's adverb may hang from the adverb next to it, as the parser chains them. */
    private static List<Integer> adverbOfAdverb(SentenceGraph g, int verb, Path path) {
        if (path.steps().size() != 1 || !path.steps().get(0).relation().equals("advmod")) return null;
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("advmod")) continue;
            List<Integer> found = follow(g, d.dependent(), path.steps(), 0);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * A prepositional phrase that a pattern puts after the object it names may hang from that object as well as from
     * the verb, as the parser pleases: "* ASSURANCES_ON &amp;TIETYPES FROM" ({@code obl:from=*}) finds "welcomed
     * assurances on cultural issues from Bree" where the parse makes "from Bree" the object's. Only for patterns
     * that name their object, so "called them a punishment for ..." is no call for anything.
     */
    private static List<Integer> throughNamedObject(SentenceGraph g, int predicate, VerbPattern pattern, Path path) {
        Step first = path.steps().get(0);
        if (!first.relation().startsWith("obl:") || !g.token(predicate).isVerb()) return null;
        for (Path other : pattern.conditions()) {
            Step object = other.steps().get(0);
            if (!object.relation().equals("obj") || object.lemmas().isEmpty()) continue;
            // On the object itself, or on the participle that modifies it ("assurances ... sent from Bree").
            for (boolean participle : new boolean[] {false, true}) {
                List<Step> steps = new ArrayList<>();
                steps.add(object);
                if (participle) steps.add(new Step("acl", Set.of()));
                steps.add(new Step((participle ? "obl" : "nmod") + first.relation().substring(3), first.lemmas(),
                        first.asWritten()));
                steps.addAll(path.steps().subList(1, path.steps().size()));
                List<Integer> found = follow(g, predicate, steps, 0);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static List<Integer> follow(SentenceGraph g, int from, List<Step> steps, int k) {
        if (k == steps.size()) return new ArrayList<>();
        Step step = steps.get(k);
        if (step.wordOffset() != 0) return followWordOrder(g, from, steps, k);
        if (step.upToGovernor()) return followGovernor(g, from, steps, k);
        if (k == 0 && objectControlled(g, from, steps)) return null;
        for (Dependency d : g.children(from)) {
            if (!step.matchesRelation(d.relation()) && !clauseObject(g, from, step, d)) continue;
            int to = d.dependent();
            if (!step.matches(g.lemma(to), g.token(to).lowerWord())) {
                // The last word of a pattern may name a noun phrase by its modifier: "fired artillery" matches
                // "fired two artillery shells", "renewed diplomatic" "renewed diplomatic ties", as word-order
                // patterns do; so may a word that only word-order steps follow ("really pleasant place").
                int modifier = !step.lemmas().isEmpty() && onlyWordOrderAfter(steps, k)
                        ? compoundMatching(g, to, step) : -1;
                if (modifier < 0) continue;
                List<Integer> found = follow(g, modifier, steps, k + 1);
                if (found == null) continue;
                found.add(0, modifier);
                found.add(0, to);
                return found;
            }
            List<Integer> rest = follow(g, to, steps, k + 1);
            if (rest != null) {
                rest.add(0, to);
                return rest;
            }
        }
        return null;
    }

    /**
     * A path through any "to" complement to the words after it (PETRARCH's "VOW * WAR" on "vowed to wage war") does
     * not run through a verb that has an object: in "pressured the U.S. to grant sanctions relief" the complement is
     * what the object is to do, not the verb's own act.
     */
    private static boolean objectControlled(SentenceGraph g, int verb, List<Step> steps) {
        Step first = steps.get(0);
        if (steps.size() < 2 || !first.relation().equals("xcomp") || !first.lemmas().isEmpty()) return false;
        for (Dependency d : g.children(verb)) if (d.relation().equals("obj") || d.relation().equals("iobj")) return true;
        return false;
    }

    private static boolean onlyWordOrderAfter(List<Step> steps, int k) {
        for (int j = k + 1; j < steps.size(); j++) if (steps.get(j).wordOffset() == 0) return false;
        return true;
    }

    /**
     * A verb's object step may take a copular clause that is its complement, by the clause's predicate noun:
     * "allowed that Mordor isn't the neatest place" says "the neatest place" where PETRARCH's word-order
     * pattern "* THE_NEATEST_PLACE" looks for it.
     */
    private static boolean clauseObject(SentenceGraph g, int from, Step step, Dependency d) {
        return step.relation().equals("obj") && d.relation().equals("ccomp") && g.token(from).isVerb()
                && copularClause(g, d.dependent());
    }

    /** A clausal complement headed by its predicate noun: "(that) Mordor isn't a pleasant place". */
    private static boolean copularClause(SentenceGraph g, int token) {
        return "ccomp".equals(g.headRelation(token)) && g.token(token).isNoun()
                && g.hasChild(token, "cop", Set.of("be"));
    }

    /** A word-order step: the word next to {@code from} in the sentence, whatever the parse makes of it. */
    private static List<Integer> followWordOrder(SentenceGraph g, int from, List<Step> steps, int k) {
        Step step = steps.get(k);
        int to = from + step.wordOffset();
        if (to < 0 || to >= g.size()) return null;
        if (!step.matches(g.lemma(to), g.token(to).lowerWord())) return null;
        List<Integer> rest = follow(g, to, steps, k + 1);
        if (rest != null) rest.add(0, to);
        return rest;
    }

    /** A governor step: the verb whose complement clause {@code from} heads ("indicated" in "indicated it deplored"). */
    private static List<Integer> followGovernor(SentenceGraph g, int from, List<Step> steps, int k) {
        Step step = steps.get(k);
        int to = g.head(from);
        String rel = g.headRelation(from);
        if (to < 0 || rel == null || !(rel.equals("ccomp") || rel.equals("xcomp")) || !g.token(to).isVerb()) return null;
        if (!step.matches(g.lemma(to), g.token(to).lowerWord())) return null;
        List<Integer> rest = follow(g, to, steps, k + 1);
        if (rest != null) rest.add(0, to);
        return rest;
    }

    private static int compoundMatching(SentenceGraph g, int noun, Step step) {
        if (!g.token(noun).isNoun()) return -1;
        for (Dependency c : g.children(noun)) {
            if (!c.relation().equals("compound") && !c.relation().equals("amod")) continue;
            int m = c.dependent();
            if (step.matches(g.lemma(m), g.token(m).lowerWord())) return m;
        }
        return -1;
    }

    // ---- participants -------------------------------------------------------------------------------------

    private static final class Participants {
        final Set<ActorMention> sources = new LinkedHashSet<>();
        final Set<ActorMention> targets = new LinkedHashSet<>();
    }

    /**
     * A second subject that is the tail of a name begun inside another subject: "Gollum centre of a row between
     * Radagast the Brown called for Gondor" has "centre" as subject and the parser hangs "Brown" on "called" as a
     * second one, while "Radagast the Brown" is one name, in the row the centre is of. A clause has one subject,
     * and the name stays where it begins.
     */
    private static boolean nameSplitFromSubject(SentenceGraph g, int verb, int subject, ActorMention[] mentionAt) {
        ActorMention m = mentionAt[subject];
        if (m == null || m.begin() >= subject) return false;
        for (int t = m.begin(), steps = 0; t >= 0 && steps < g.size(); t = g.head(t), steps++) {
            if (g.head(t) == verb) return t != subject && "nsubj".equals(g.headRelation(t));
        }
        return false;
    }

    private static Participants verbParticipants(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        Participants reported = governorActsOnSubject(g, p, mentionAt);
        if (reported != null) return reported;
        Participants parts = new Participants();
        for (Dependency d : g.children(p.token())) {
            String r = d.relation();
            if (r.equals("nsubj") && nameSplitFromSubject(g, p.token(), d.dependent(), mentionAt)) continue;
            if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("obl:agent") || r.equals("obl:by")
                    || r.equals("csubj")) {
                parts.sources.addAll(actors(g, d.dependent(), mentionAt));
            }
        }
        if (parts.sources.isEmpty()) {
            // A conjoined or chained verb without its own subject shares its head's: "met and agreed".
            int h = g.head(p.token());
            String rel = g.headRelation(p.token());
            if (h >= 0 && (rel.startsWith("conj") || rel.equals("xcomp"))) {
                for (Dependency d : g.children(h)) {
                    if (d.relation().equals("nsubj")) parts.sources.addAll(actors(g, d.dependent(), mentionAt));
                }
            }
        }
        if (parts.sources.isEmpty()) parts.sources.addAll(pronounSubjectsReferent(g, p.token(), mentionAt));
        List<Integer> places = new ArrayList<>();
        places.add(p.token());
        places.addAll(p.path());
        parts.targets.addAll(targetThePatternPlaces(g, p, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) parts.targets.addAll(firstActors(g, places, VERB_TARGETS, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) {
            // "welcomed a resumption of ties with Osgiliath": the party sits inside the object's noun phrase.
            parts.targets.addAll(actorInObject(g, places, mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(placeOfNamedObject(g, p, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) parts.targets.addAll(subjectOfContentClause(g, p.path(), mentionAt, parts.sources));
        if (parts.targets.isEmpty()) {
            parts.targets.addAll(firstActors(g, givenUpComplements(g, p.token()), VERB_TARGETS, mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty()) parts.targets.addAll(counterpartInConflict(g, p.token(), mentionAt, parts.sources));
        if (parts.targets.isEmpty()) parts.targets.addAll(hostOfVisit(g, p, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) parts.targets.addAll(actorInClauseObject(g, places, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) parts.targets.addAll(partyOfOwnClause(g, places, mentionAt, parts.sources));
        if (parts.targets.isEmpty()) {
            // "signed an accord to supply Gondor with wheat": the purpose clause names whom the act is for.
            List<Integer> purposes = new ArrayList<>();
            for (Dependency d : g.children(p.token())) {
                if (d.relation().equals("advcl:to") && g.token(d.dependent()).isVerb()) purposes.add(d.dependent());
            }
            parts.targets.addAll(firstActors(g, purposes, List.of("obj"), mentionAt, parts.sources));
        }
        if (parts.targets.isEmpty() && p.pattern().code().startsWith("13")) {
            // "threatened sanctions if Russia attacks Ukraine": the party the condition names is the one threatened.
            for (int place : places) {
                for (Dependency d : g.children(place)) {
                    if (!d.relation().startsWith("advcl")) continue;
                    for (Dependency sub : g.children(d.dependent())) {
                        if (sub.relation().startsWith("nsubj")) parts.targets.addAll(actors(g, sub.dependent(), mentionAt));
                    }
                }
            }
            parts.targets.removeAll(parts.sources);
        }
        return parts;
    }

    /**
     * A pattern that names the governing verb's subject as source and the clause's subject as target
     * ({@link Step#GOVERNOR_SOURCE}, PETRARCH's "NOTED + *"): "Gondor noted that Mordor regretted the refusal" is
     * Gondor acting on Mordor. Null for any other pattern.
     */
    private static Participants governorActsOnSubject(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
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
    private static List<Integer> givenUpComplements(SentenceGraph g, int verb) {
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
    private static final Set<String> CLAUSE_SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she");

    /**
     * The actor a pronoun subject stands for when the verb heads a clause of another verb whose own subject is an
     * actor: "Russia said it would attack Ukraine", "Ethiopia indicated it deplored Libya" (the speaker speaks of
     * itself). Only it/they/he/she as subject of a complement clause (ccomp, xcomp) that follows its governor, so
     * "They killed five, police said" (the clause before the verb of saying) is not read; and not when the governor
     * has an object the pronoun could as well stand for ("told national governments that they shouldn't").
     */
    private static List<ActorMention> pronounSubjectsReferent(SentenceGraph g, int verb, ActorMention[] mentionAt) {
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

    /** Whether a pronoun could refer to a noun by number: "they" a plural, "it" a singular, "he"/"she" an actor. */
    private static boolean mayStandFor(SentenceGraph g, int pronoun, int noun, ActorMention[] mentionAt) {
        String p = g.token(pronoun).lowerWord();
        String pos = g.token(noun).pos();
        boolean plural = pos.equals("NNS") || pos.equals("NNPS");
        if (p.equals("they")) return plural || !actors(g, noun, mentionAt).isEmpty();
        if (p.equals("it")) return g.token(noun).isNoun() && !plural;
        return !actors(g, noun, mentionAt).isEmpty();
    }

    /**
     * The party a hope, fear or demand is about: the subject of the content clause of the pattern's object noun
     * ("expressed hopes that Osgiliath could be drawn into the peace process" is about Osgiliath). Only a noun the
     * pattern named, so a verb of saying's own clause ("said that ...") is not read here.
     */
    private static List<ActorMention> subjectOfContentClause(SentenceGraph g, List<Integer> path, ActorMention[] mentionAt,
                                                             Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        // Any subject, passive too: "that Osgiliath could be drawn into the peace process".
        for (int noun : path) if (g.token(noun).isNoun()) addClauseSubjects(g, noun, true, mentionAt, exclude, found);
        return found;
    }

    /**
     * Adds the actors that are subjects of {@code head}'s {@code ccomp} clauses (with {@code passiveToo}, passive
     * subjects as well), each once and none of {@code exclude}.
     */
    private static void addClauseSubjects(SentenceGraph g, int head, boolean passiveToo, ActorMention[] mentionAt,
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
    private static List<ActorMention> counterpartInConflict(SentenceGraph g, int predicate, ActorMention[] mentionAt,
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
    private static List<ActorMention> targetThePatternPlaces(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                                             Set<ActorMention> exclude) {
        List<ActorMention> found = new ArrayList<>();
        for (Path path : p.pattern().conditions()) {
            Step last = path.steps().get(path.steps().size() - 1);
            String r = last.relation();
            if (!last.lemmas().isEmpty() || !(r.startsWith("obl:") || r.startsWith("nmod:"))
                    || LOCATIVE.contains(r) || r.equals("obl:tmod") || r.equals("nmod:poss")) continue;
            List<Integer> tokens = follow(g, p.token(), path.steps(), 0);
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
    private static Participants sourceThePatternPlaces(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                                       Participants usual) {
        Participants parts = new Participants();
        for (Path path : p.pattern().conditions()) {
            if (!path.source()) continue;
            List<Integer> tokens = follow(g, p.token(), path.steps(), 0);
            if (tokens == null) tokens = throughNamedObject(g, p.token(), p.pattern(), path);
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
    private static List<ActorMention> hostOfVisit(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
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

    private static Participants nounParticipants(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        Participants parts = new Participants();
        int noun = p.token();
        List<ActorMention> modifiers = new ArrayList<>();
        for (Dependency d : g.children(noun)) {
            if (NOUN_SOURCES.contains(d.relation())) modifiers.addAll(actors(g, d.dependent(), mentionAt));
        }
        if (!modifiers.isEmpty()) {
            parts.sources.add(modifiers.get(0));
            // "U.S.-Russia talks": the first named party acts, the second is the counterpart.
            for (int i = 1; i < modifiers.size(); i++) parts.targets.add(modifiers.get(i));
        } else {
            // "Russia has denied plans for an assault": the actor is the subject of the verb the noun hangs from.
            int cur = noun;
            for (int step = 0; step < 4 && parts.sources.isEmpty(); step++) {
                int h = g.head(cur);
                if (h < 0) break;
                Token head = g.token(h);
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
        List<Integer> places = new ArrayList<>();
        places.add(noun);
        places.addAll(p.path());
        parts.targets.addAll(firstActors(g, places, NOUN_TARGETS, mentionAt, parts.sources));
        if (parts.sources.isEmpty() && parts.targets.size() > 1) {
            // "talks between Russia and the United States": both are parties; the first named is the source.
            ActorMention first = parts.targets.iterator().next();
            parts.targets.remove(first);
            parts.sources.add(first);
        }
        return parts;
    }

    /**
     * The first actors met breadth-first inside the object (or a prepositional phrase) of the predicate, through
     * the nouns' own modifiers, at most three steps down: "a resumption of formal ties with Mordor and Rohan".
     */
    private static List<ActorMention> actorInObject(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
                                                    Set<ActorMention> exclude) {
        List<ActorMention> found = actorInObject(g, places, mentionAt, exclude, false);
        // Failing any other party, the place the object is in: "criticized the closure of guest houses in Bree"
        // criticises Bree. Only inside the object: the verb's own "in Bree" stays the event's location.
        return found.isEmpty() ? actorInObject(g, places, mentionAt, exclude, true) : found;
    }

    private static List<ActorMention> actorInObject(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
                                                    Set<ActorMention> exclude, boolean locative) {
        List<Integer> frontier = new ArrayList<>();
        for (int place : places) {
            for (Dependency d : g.children(place)) {
                String r = d.relation();
                if (r.equals("obj") || r.startsWith("obl:") && !LOCATIVE.contains(r) && !r.equals("obl:tmod")) {
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
    private static List<ActorMention> placeOfNamedObject(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
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
    private static boolean isCaseAt(SentenceGraph g, int noun, int index) {
        for (Dependency c : g.children(noun)) if (c.relation().equals("case") && c.dependent() == index) return true;
        return false;
    }

    /**
     * The subject of a clause that is the verb's object, failing any other target: "Gollum allowed that Mordor isn't
     * a pleasant place" concedes something of Mordor. Verbs of saying never get here bare (see reportsAClause).
     */
    private static List<ActorMention> actorInClauseObject(SentenceGraph g, List<Integer> places,
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
    private static List<ActorMention> partyOfOwnClause(SentenceGraph g, List<Integer> places, ActorMention[] mentionAt,
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
    private static List<ActorMention> firstActors(SentenceGraph g, List<Integer> places, List<String> relations,
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
    private static List<ActorMention> actors(SentenceGraph g, int token, ActorMention[] mentionAt) {
        List<ActorMention> out = new ArrayList<>();
        collectActors(g, token, mentionAt, out, 0);
        return out;
    }

    private static void collectActors(SentenceGraph g, int token, ActorMention[] mentionAt, List<ActorMention> out, int depth) {
        if (depth > 3) return;
        ActorMention m = mentionAt[token];
        if (m != null && !out.contains(m)) out.add(m);
        for (Dependency d : g.children(token)) {
            String r = d.relation();
            boolean modifier = r.equals("nmod:poss") || r.equals("compound") || r.equals("amod");
            if (modifier || (m == null && (r.equals("appos") || r.equals("nmod:of") || r.equals("nmod:from")
                    || r.equals("flat")))) {
                // "Russian and U.S. officials": the head is coded once, but each conjoined modifier is a party.
                ActorMention mod = mentionAt[d.dependent()];
                if (mod != null && !out.contains(mod)) out.add(mod);
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
            if (m != null && mentionAt[d.dependent()] == m && d.relation().startsWith("nmod:")) {
                // "the ambassadors of Arnor, Osgiliath and Gondor": the role word went with every country listed
                // (ActorCoder), so the countries conjoined to the one inside this mention are parties too.
                for (Dependency c : g.children(d.dependent())) {
                    ActorMention conj = c.relation().startsWith("conj") ? mentionAt[c.dependent()] : null;
                    if (conj != null && !out.contains(conj)) out.add(conj);
                }
            }
        }
    }

    /**
     * Where the event happens: a place named in an "in/at/near" phrase of the predicate ("talks in Geneva"),
     * looked up in the gazetteer from the phrase's first word ("Gaza City"), else a country named there.
     */
    private Location location(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        List<Integer> places = new ArrayList<>();
        places.add(p.token());
        places.addAll(p.path());
        for (int place : places) {
            for (Dependency d : g.children(place)) {
                if (!LOCATIVE.contains(d.relation())) continue;
                int head = d.dependent();
                int first = head;
                for (Dependency c : g.children(head)) {
                    String r = c.relation();
                    if ((r.equals("compound") || r.equals("flat")) && c.dependent() < first) first = c.dependent();
                }
                var match = this.places.at(g.sentence.tokens(), first);
                if (match.isPresent() && match.get().end() > head) return match.get().place().toLocation();
                ActorMention m = mentionAt[head];
                if (m != null && m.place()) {
                    return this.places.find(m.text()).map(Place::toLocation)
                            .orElse(new Location(m.text(), m.code().substring(0, 3), null, null));
                }
            }
        }
        return null;
    }

    // ---- modality -----------------------------------------------------------------------------------------

    /**
     * Negated beats hypothetical beats planned beats asserted. The predicate, the words of its pattern and its
     * governors up to the nearest verb of saying are read: "Russia has denied plans for an assault" is negated
     * through "denied"; "will hold talks" is planned; "if Russia attacks" is hypothetical.
     */
    private static Modality modality(SentenceGraph g, Predicate p) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean planned = false;
        List<Integer> own = new ArrayList<>();
        own.add(p.token());
        own.addAll(p.path());
        for (int t : own) {
            // "allowed that Mordor isn't a pleasant place": the clause's negation is what is allowed, not the act.
            if (t != p.token() && copularClause(g, t)) continue;
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                String lemma = g.lemma(d.dependent());
                String word = g.token(d.dependent()).lowerWord();
                if ((r.equals("advmod") || r.equals("det") || r.equals("neg") || r.equals("cc:preconj"))
                        && (Cues.NEGATORS.contains(lemma) || Cues.NEGATORS.contains(word))) negated = true;
                if (r.startsWith("aux")) {
                    if (Cues.FUTURE_AUX.contains(word) || Cues.FUTURE_AUX.contains(lemma)) planned = true;
                    if (Cues.HYPOTHETICAL_AUX.contains(word)) hypothetical = true;
                }
                if (r.equals("mark") && Cues.CONDITION_MARKS.contains(lemma)) hypothetical = true;
                if (r.equals("amod") && Cues.PLANNED_ADJ.contains(word)) planned = true;
            }
        }
        // Governors, up to the nearest verb of saying: "plans to", "denied", "threatened to", "could ... if".
        int cur = p.token();
        for (int step = 0; step < 5; step++) {
            int h = g.head(cur);
            if (h < 0) break;
            String lemma = g.lemma(h);
            String relToHead = g.headRelation(cur);
            if (Cues.ATTRIBUTION.contains(lemma)) break;
            if (Cues.NEGATING.contains(lemma)) negated = true;
            if (Cues.HYPOTHETICAL_ANCESTORS.contains(lemma)) hypothetical = true;
            if (Cues.PLANNING.contains(lemma) || Cues.PLANNED_ADJ.contains(g.token(h).lowerWord())) planned = true;
            if (relToHead.startsWith("advcl") && g.hasChild(cur, "mark", Cues.CONDITION_MARKS)) hypothetical = true;
            for (Dependency d : g.children(h)) {
                String r = d.relation();
                String word = g.token(d.dependent()).lowerWord();
                if (r.startsWith("aux")) {
                    if (Cues.FUTURE_AUX.contains(word)) planned = true;
                    if (Cues.HYPOTHETICAL_AUX.contains(word)) hypothetical = true;
                }
                if (r.equals("advmod") && Cues.NEGATORS.contains(word)) negated = true;
                if (r.equals("mark") && Cues.CONDITION_MARKS.contains(word)) hypothetical = true;
            }
            // Stop at a clause boundary that is not a complement: a relative clause says nothing of its head.
            if (relToHead.startsWith("acl") || relToHead.startsWith("parataxis")) break;
            cur = h;
        }
        if (negated) return Modality.NEGATED;
        // A question asserts nothing: "Does Trump see China as a threat?"
        if (g.sentence.text().stripTrailing().endsWith("?")) hypothetical = true;
        if (hypothetical) return Modality.HYPOTHETICAL;
        if (planned) return Modality.PLANNED;
        return Modality.ASSERTED;
    }

    private static boolean pastTense(SentenceGraph g, int token) {
        String pos = g.token(token).pos();
        if (pos.equals("VBD")) return true;
        for (Dependency d : g.children(token)) {
            if (d.relation().startsWith("aux")) {
                String w = g.token(d.dependent()).lowerWord();
                if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("did") || w.equals("was")
                        || w.equals("were")) return true;
            }
        }
        return false;
    }

    // ---- dates ------------------------------------------------------------------------------------------

    /**
     * The date of the temporal expression that governs the predicate: walking up from the expression, the first
     * predicate reached must be this one (or a word of its pattern, or a non-predicate governor of it such as
     * "scheduled" in "talks are scheduled for Jan. 10").
     */
    private static EventDate date(SentenceGraph g, Predicate p, Set<Integer> predicates, LocalDate documentDate,
                                  Modality modality) {
        Set<Integer> anchors = new HashSet<>();
        anchors.add(p.token());
        anchors.addAll(p.path());
        int cur = p.token();
        for (int step = 0; step < 4; step++) {
            int h = g.head(cur);
            if (h < 0 || predicates.contains(h) || Cues.ATTRIBUTION.contains(g.lemma(h))) break;
            anchors.add(h);
            cur = h;
        }
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
                    EventDate d = EventDate.resolve(timex, documentDate, modality);
                    if (d != null && step < bestSteps) {
                        best = d;
                        bestSteps = step;
                    }
                    break;
                }
                if (predicates.contains(h) || Cues.ATTRIBUTION.contains(g.lemma(h))) break;
                walk = h;
            }
        }
        return best != null ? best : EventDate.ofDocument(documentDate);
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
}
