package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.dictionary.ActorEntry.Kind;
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
 * verbs, and the date from the temporal expression that governs it. {@link PatternMatcher} decides whether a
 * pattern holds and {@link Participants} who acts on whom; this class chooses the predicates and makes the events.
 */
public final class EventCoder {

    private final VerbDictionary verbs;
    private final CameoCatalog cameo;
    private final PloverMapping plover;
    private final Gazetteer places;
    private final boolean statements;
    private final EventTypeModel arbiter;
    private final boolean codebookParties;

    /** A coder in Dyad's own convention: a verb of saying that reports a clause is attribution only. */
    public EventCoder(VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover, Gazetteer places) {
        this(verbs, cameo, plover, places, false, true);
    }

    /**
     * @param statements also code a verb of saying as a statement of its own: with a dictionary line for it, when a
     *                   noun phrase follows it ("..., an official said on Saturday": the official → nobody, 023 in
     *                   the PETRARCH dictionaries), as PETRARCH does (see {@link #isStatement}); with none, as
     *                   CAMEO's generic 010 "make statement" (the built-in dictionary lists no verb of saying)
     */
    public EventCoder(VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover, Gazetteer places,
                      boolean statements) {
        this(verbs, cameo, plover, places, statements, !statements); // mutual acts as in the convention it names
    }

    /**
     * @param codebookParties take uncoded targets ({@link Participants#unnamed}) and code a mutual act
     *                        ({@link Participants#mutual}) also as the counterpart's act back (Dyad's convention;
     *                        see {@link org.dyad.core.Conventions#codebookParties})
     */
    public EventCoder(VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover, Gazetteer places,
                      boolean statements, boolean codebookParties) {
        this(verbs, cameo, plover, places, statements, codebookParties, null);
    }

    /**
     * @param arbiter the event-type model asked for a sentence whose main verb no pattern codes, or null to code by
     *                the lexicon only
     */
    public EventCoder(VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover, Gazetteer places,
                      boolean statements, boolean codebookParties, EventTypeModel arbiter) {
        this.arbiter = arbiter;
        this.codebookParties = codebookParties;
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
        if (arbiter != null) {
            // The arbiter can code any main verb: a sentence with a verb other than a light one may yield an event.
            for (Token t : tokens) if (t.pos().startsWith("VB") && !EventTypeModel.isLight(t.lowerLemma())) return true;
        }
        Set<String> words = null;
        for (Token t : tokens) {
            if (saysAStatement(t)) return true;
            List<VerbPattern> patterns = patterns(t);
            if (patterns.isEmpty()) continue;
            if (words == null) {
                words = new HashSet<>();
                for (Token w : tokens) {
                    words.add(w.lowerLemma());
                    words.add(w.lowerWord());
                }
                if (mayNamePeople(tokens)) words.add(PatternMatcher.PARTY);
            }
            for (VerbPattern p : patterns) if (possible(p, words)) return true;
        }
        return false;
    }

    /**
     * Whether a sentence may name people for a pattern's {@code @party} step, judged on its tags before any parse
     * (each parse costs, docs/BENCHMARKS.md): a noun for people or bodies, a plural name ("Americans"), or a name
     * right after a verb ("released John Smith"). "Released its annual report" names none.
     */
    static boolean mayNamePeople(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("NNPS")) return true;
            if (t.isNoun() && Participants.peopleNoun(t.lowerLemma())) return true;
            if (t.isProperNoun() && i > 0 && tokens.get(i - 1).pos().startsWith("VB")) return true;
        }
        return false;
    }

    /**
     * The patterns a token may take, in the order to try them: those that name its word form ("left") before those
     * of its lemma ("leave"); none for a token that is neither verb nor noun.
     */
    private List<VerbPattern> patterns(Token t) {
        if (t.isVerb()) return verbs.verbPatterns(t.lowerLemma(), t.lowerWord());
        if (t.pos().startsWith("JJ")) return predicativeOnly(verbs.verbPatterns(t.lowerLemma(), t.lowerWord()));
        if (t.isNoun()) return verbs.nounPatterns(t.lowerLemma(), t.lowerWord());
        return List.of();
    }

    /**
     * An adjective is a predicate only through a pattern that names its copula or the verb it complements ("said it
     * is skeptical": {@code cop=be}; "remains skeptical": {@code governor=remain}), so "free elections" or "is free"
     * never read as the verb "free".
     */
    private static List<VerbPattern> predicativeOnly(List<VerbPattern> patterns) {
        List<VerbPattern> out = new ArrayList<>();
        for (VerbPattern pattern : patterns) {
            for (Path path : pattern.conditions()) {
                Step first = path.steps().get(0);
                if (first.relation().equals("cop") || first.upToGovernor()) {
                    out.add(pattern);
                    break;
                }
            }
        }
        return out;
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

    public List<Event> code(String docId, LocalDate documentDate, AnnotatedSentence sentence,
                            List<ActorMention> mentions) {
        return code(docId, documentDate, sentence, mentions, List.of());
    }

    /**
     * @param roles role words that found no country ("a court": {@code ---JUD}), which {@code mentions} leaves out:
     *              with codebook parties, they give an uncoded source its role (see {@link Participants#uncodedSources})
     */
    public List<Event> code(String docId, LocalDate documentDate, AnnotatedSentence sentence,
                            List<ActorMention> mentions, List<ActorMention> roles) {
        if (!sentence.isParsed() || mentions.isEmpty() && !codebookParties) return List.of();
        SentenceGraph g = new SentenceGraph(sentence);
        ActorMention[] mentionAt = new ActorMention[g.size()];
        for (ActorMention m : mentions) for (int i = m.begin(); i < m.end() && i < mentionAt.length; i++) mentionAt[i] = m;
        ActorMention[] roleAt = new ActorMention[g.size()];
        for (ActorMention m : roles) for (int i = m.begin(); i < m.end() && i < roleAt.length; i++) roleAt[i] = m;

        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            if (mentionAt[i] != null) continue; // "Pentagon", "Assault Brigade": part of a name, not an act
            String lemma = t.lowerLemma();
            String word = t.lowerWord();
            if (t.isVerb() ? verbs.isVerb(lemma, word) || saysAStatement(t) : t.isNoun() ? verbs.isNoun(lemma, word)
                    : !patterns(t).isEmpty()) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingInt(g::depth));

        Set<Integer> consumed = new HashSet<>();
        List<Predicate> predicates = new ArrayList<>();
        Map<Predicate, Predicate> askedBy = new HashMap<>();
        for (int p : candidates) {
            if (consumed.contains(p)) continue;
            Token t = g.token(p);
            List<VerbPattern> patterns = withPluralsLast(patterns(t));
            boolean matched = false;
            for (VerbPattern pattern : patterns) {
                boolean statement = false;
                if (pattern.conditions().isEmpty() && reportsAClause(g, p)) {
                    if (!statements || !isStatement(g, p)) continue;
                    statement = true;
                }
                List<Integer> path = PatternMatcher.match(g, p, pattern);
                if (path != null) {
                    VerbPattern chosen = pattern;
                    Predicate inner = null;
                    if (!statement && !pattern.noEvent() && Senses.asks(pattern.code())) {
                        // What an appeal, demand or threat asks for did not happen: it names the act, not an event.
                        Set<Integer> asked = Senses.askedFor(g, p, path);
                        asked.removeAll(consumed);
                        inner = firstAsked(g, candidates, asked, consumed);
                        chosen = askingFor(pattern, inner == null ? null : inner.pattern());
                        consumed.addAll(asked);
                    }
                    Predicate predicate = new Predicate(p, chosen, path, statement);
                    predicates.add(predicate);
                    if (inner != null) askedBy.put(predicate, inner);
                    consumed.add(p);
                    consumed.addAll(path);
                    consumed.addAll(Participants.givenUpComplements(g, p));
                    matched = true;
                    break;
                }
            }
            if (!matched && saysAStatement(t)) {
                // --statements: a verb of saying no dictionary line covers ("said Rohan must ..." is one) is CAMEO's
                // generic statement, 010.
                VerbPattern statement = new VerbPattern(t.lowerLemma(), false, List.of(), "010", null, SAYING);
                List<Integer> none = List.of();
                predicates.add(new Predicate(p, statement, none, reportsAClause(g, p)));
                consumed.add(p);
            }
        }
        if (predicates.isEmpty() && arbiter != null) {
            Predicate guessed = arbitrate(g, mentionAt);
            if (guessed != null) predicates.add(guessed);
        }
        Set<Integer> predicateTokens = new HashSet<>();
        for (Predicate p : predicates) predicateTokens.add(p.token());
        predicates.removeIf(p -> p.pattern().noEvent()); // matched and consumed, but no act ("poses a threat")
        // "The Taliban welcomed the withdrawal of U.S. forces": the act reported is the welcome; the withdrawal is what
        // it is about, mentioned, not reported as done in this sentence: background to the story (Conventions), like
        // an undated past act. Not where the verb is the harm the act did ("airstrikes killed 50 militants", "killed
        // in airstrikes") or owns it ("claimed responsibility for the attack": the attack happened).
        Set<Integer> mentioned = new HashSet<>();
        if (codebookParties) {
            Set<Integer> verbActs = new HashSet<>();
            for (Predicate p : predicates) {
                if (g.token(p.token()).isVerb() && !p.statement() && !p.pattern().code().equals("015")
                        && !Participants.HARMED.contains(g.lemma(p.token()))) verbActs.add(p.token());
            }
            for (Predicate p : predicates) {
                if (!g.token(p.token()).isNoun()) continue;
                if (verbActs.contains(mentionedBy(g, p.token())) || !p.statement() && !reportedAsDone(g, p.token())) {
                    mentioned.add(p.token());
                }
                // "a ceasefire deal", "the ceasefire proposal": the act is what a deal or plan is about, not done.
                if ("compound".equals(g.headRelation(p.token())) && g.head(p.token()) >= 0
                        && PROPOSALS.contains(g.lemma(g.head(p.token())))) mentioned.add(p.token());
            }
        }

        List<Event> events = new ArrayList<>();
        for (Predicate p : predicates) {
            Accusation accusation = codebookParties && !p.statement() ? accusation(g, p, mentionAt, roleAt) : null;
            if (accusation != null) {
                // "'Israel attacks the Muslims in Jerusalem,' Erdogan said", "Akhundzada alleged the American side has
                // so far violated the agreement": the act the sentence reports is the speaker's accusation of the
                // doer, not the hostile act the accusation tells of.
                Predicate saying = new Predicate(accusation.saying(), new VerbPattern(g.lemma(accusation.saying()),
                        false, List.of(), ACCUSING, null, ACCUSED_ACT), List.of(), false);
                EventDate date = EventDate.of(g, saying, predicateTokens, documentDate, Modality.ASSERTED);
                Location location = location(g, saying, mentionAt);
                for (Actor s : actorsOf(accusation.speakers())) {
                    for (Actor t : actorsOf(accusation.accused())) {
                        if (t.code().equals(s.code())) continue;
                        events.add(event(docId, sentence, s, t, cameo.get(ACCUSING), date, Modality.ASSERTED,
                                location));
                    }
                }
                continue;
            }
            Participants parts = participants(g, p, mentionAt);
            boolean verbalClash = false;
            if (codebookParties && !p.statement() && g.token(p.token()).isNoun()) {
                // "the clash between Gondor's king and Rohan's king", "talks between Kyiv and Moscow": the parties of
                // the act a noun names are those its own "between" phrase names, not the subject of the clause the
                // noun hangs in, each of them acting on the other. A clash of persons is words, not force.
                List<ActorMention> between = Participants.partiesBetween(g, p.token(), mentionAt);
                if (between.size() > 1) {
                    // A "between" act is joint: each party does it to the other, as CAMEO codes joint acts.
                    parts.sources.clear();
                    parts.sources.addAll(between);
                    parts.targets.clear();
                    parts.targets.addAll(between);
                    verbalClash = between.stream().allMatch(m -> m.kind() == Kind.PERSON);
                }
            }
            if (codebookParties && !p.statement() && describedThing(g, p.token())) continue;
            if (codebookParties && !p.statement() && victimsAsSubject(g, p.token())) {
                // "resulting in all crew and CIA members killed", "three soldiers wounded in Gao": a harm verb with a
                // subject and no object is a passive without its auxiliary; the subject is who was harmed, never the
                // attacker. Whoever did it must be named elsewhere.
                parts.targets.clear();
                parts.targets.addAll(parts.sources);
                parts.sources.clear();
                continue;
            }
            if (codebookParties && !p.statement()) {
                Participants.refusedActsObject(g, p, mentionAt, predicateTokens, true, parts);
            }
            if (demandInClause(g, p) && parts.targets.isEmpty() && parts.unnamed.isEmpty()) continue;
            if (g.token(p.token()).isNoun() && !p.statement()) parts.sources.removeAll(judges(g, p.token(), predicates, mentionAt));
            boolean uncodedSource = false;
            if (codebookParties && !p.statement() && g.token(p.token()).isVerb()) {
                // A party no dictionary codes acts too: "the Civic Liberties League sued the ministry".
                boolean joint = Participants.mutual(p.pattern().code()) || jointSubject(p.pattern())
                        || reciprocal(cameo.get(p.pattern().code()));
                uncodedSource = parts.sources.isEmpty();
                parts.sources.addAll(Participants.uncodedSources(g, p, mentionAt, roleAt, parts.sources, joint));
            }
            if (parts.sources.isEmpty() && !parts.targets.isEmpty() && codebookParties && !p.statement()
                    && g.token(p.token()).isNoun()) {
                // "Malian troops came under attack from gunmen": the attacker its "from" phrase names, coded or not.
                parts.sources.addAll(Participants.undergoneFrom(g, p.token(), roleAt));
                uncodedSource = !parts.sources.isEmpty();
            }
            if (parts.sources.isEmpty() && codebookParties && p.pattern().code().startsWith("17")
                    && agentlessPassive(g, p.token())) {
                // "a reporter was arrested in Niger": an arrest, detention or expulsion with no agent named is the
                // act of the state where it is done.
                parts.sources.addAll(placeParties(g, p, mentionAt, Set.of()));
            }
            if (parts.sources.isEmpty()) continue;
            Predicate asked = askedBy.get(p);
            if (asked != null && !hasOtherParty(parts)) {
                // "threatened that the CIA would sever ties with Israel": whom the asked-for act is aimed at is
                // whom the threat is aimed at.
                Participants inner = participants(g, asked, mentionAt);
                parts.targets.clear();
                parts.targets.addAll(inner.targets);
                if (!hasOtherParty(parts)) {
                    parts.targets.clear();
                    parts.targets.addAll(inner.sources);
                }
                parts.targets.removeAll(parts.sources);
                if (!hasOtherParty(parts)) parts.targets.clear();
            }
            // "cease military aid", "a suspension of talks": the act is stopping the act the predicate names.
            int stopper = Senses.stopper(g, p.token());
            String stopped = stopper >= 0 ? Senses.stoppedCode(p.pattern().code(), g.lemma(stopper)) : null;
            if (stopped == null) stopper = -1;
            Modality modality = modality(g, p, stopper);
            EventDate date = EventDate.of(g, p, predicateTokens, documentDate, modality);
            if (mentioned.contains(p.token())) {
                date = new EventDate(date.date(), org.dyad.core.model.DateBasis.BACKGROUND, date.precision());
            }
            if (modality == Modality.ASSERTED && date.basis() == org.dyad.core.model.DateBasis.TEXT
                    && date.date().isAfter(documentDate) && !pastTense(g, p.token())) {
                modality = Modality.PLANNED; // "talks on Jan. 10" in a story of Dec 28 have not happened yet
            }
            String code = modality == Modality.PLANNED && p.pattern().plannedCode() != null
                    ? p.pattern().plannedCode() : p.pattern().code();
            if (stopped != null) {
                String plannedStop = Senses.stoppedPlannedCode(stopped);
                code = modality == Modality.PLANNED && plannedStop != null ? plannedStop : stopped;
            }
            // "will not lift the embargo", "refused to release the crew": refusing to yield is an act (12x) in the
            // codebooks' reading; PETRARCH's records keep the negated act's own code.
            boolean failedToAgree = Senses.failedToAgree(g, p.token(), p.pattern().code());
            boolean failedTogether = false;
            if (codebookParties && modality == Modality.NEGATED && stopped == null
                    && (Senses.refusal(g, p.token()) || failedToAgree)) {
                String refused = Senses.refused(p.pattern().code());
                if (refused != null) {
                    code = refused;
                    modality = Modality.ASSERTED;
                    failedTogether = failedToAgree;
                }
            }
            if (codebookParties && stopped == null && modality != Modality.NEGATED && modality != Modality.ASSERTED
                    && announcedByItsDoer(g, p.token(), modality == Modality.HYPOTHETICAL)) {
                // "Beijing hinted it could retaliate with tariffs": a coercive act its own doer says it could do is
                // a threat made now (13x), not a hypothetical sanction.
                String threat = Senses.threatened(code);
                if (threat != null) {
                    code = threat;
                    modality = Modality.ASSERTED;
                }
            }
            if (codebookParties && code.equals("130") && p.pattern().conditions().isEmpty()
                    && g.lemma(p.token()).equals("warn") && !warningIsAThreat(g, p.token())) {
                // "warned that expanding cooperation between Russia and North Korea is dangerous", "warned against
                // hospital care": a warning of what others do or what may happen is a pessimistic comment (012); a
                // threat warns a party or says what the warner itself would do.
                code = "012";
            }
            if (verbalClash && (code.startsWith("18") || code.startsWith("19"))) code = VERBAL_CLASH;
            CameoCode cameoCode = cameo.get(code);
            Location location = location(g, p, mentionAt);
            List<ActorMention> sources = inTextOrder(parts.sources);
            if (codebookParties && !cameoCode.root().equals("14")) {
                // "More than 2.8 million Chinese tourists visited Vietnam": ordinary people counted by the thousand are
                // a statistic, not a party acting; a crowd's protest (14) is its own act.
                sources.removeIf(m -> countedPeople(g, m));
                if (sources.isEmpty()) continue;
            }
            List<ActorMention> targets = inTextOrder(parts.targets);
            if (codebookParties && cameoCode.root().equals("04")
                    && (sources.stream().anyMatch(EventCoder::newsMedium)
                        || targets.stream().anyMatch(EventCoder::newsMedium))) {
                // "VOA spoke with the senator", "the minister met reporters of Reuters": an interview is the news
                // being gathered, not consultation between parties.
                continue;
            }
            if (codebookParties && (cameoCode.code().equals("042") || cameoCode.code().equals("043"))) {
                // "the train was travelling from Quetta to Peshawar": a journey from one of a country's places to
                // another is travel inside it, no visit to the country.
                Set<String> origins = new HashSet<>();
                for (Dependency d : g.children(p.token())) {
                    if (!d.relation().equals("obl:from")) continue;
                    for (ActorMention m : Participants.actors(g, d.dependent(), mentionAt)) origins.add(m.code());
                }
                if (!origins.isEmpty()) {
                    targets = new ArrayList<>(targets);
                    targets.removeIf(t -> t.code().length() == 3 && origins.contains(t.code()));
                    if (targets.isEmpty()) continue;
                }
            }
            if (codebookParties && (cameoCode.root().equals("04") || Participants.mutual(cameoCode.code()))) {
                // "the pact the United States negotiated with the insurgents in Qatar's capital, Doha": the capital
                // is where the talks were held, not whose insurgents they are.
                sources.replaceAll(m -> venueLeft(g, m, mentionAt));
                targets.replaceAll(m -> venueLeft(g, m, mentionAt));
            }
            if (codebookParties) {
                // "Sheinbaum sent troops to Mexico's northern border": the source's own country named as where the
                // act goes is a place, not whom the act is done to.
                targets.removeIf(t -> ownCountryAsPlace(g, t, sources));
                // "sent soldiers into Somalia to combat the militant group": force is readied against the foe its
                // purpose clause names, not the place it is sent to.
                targets = foeBeforePlace(g, p, cameoCode.code(), targets, mentionAt, parts.sources);
            }
            // The model's guess stands only for a plain dyad: an asserted or planned act with both parties named.
            if (EventTypeModel.madeBy(p.pattern()) && (targets.isEmpty()
                    || modality == Modality.NEGATED || modality == Modality.HYPOTHETICAL)) continue;
            // A paired code: the target does the reverse act back ("X arrived in Y": X visits, Y hosts).
            CameoCode reverse = p.pattern().reverseCode() != null ? cameo.get(p.pattern().reverseCode()) : null;
            if (failedTogether && sources.size() > 1) {
                // "Britain and the EU failed to reach a deal on the border": each side rejected the other's terms;
                // what the deal was about is no party.
                targets = sources;
            } else if (targets.isEmpty() && (sources.size() > 1 || codebookParties && actorsOf(sources).size() > 1)
                    && (reciprocal(cameoCode) || jointSubject(p.pattern()))
                    || codebookParties && sources.size() == 1 && sources.get(0).actors().size() > 1
                    && (Participants.mutual(cameoCode.code()) || cameoCode.code().equals("030"))) {
                // "the two presidents are cooperating in Syria": two heads named together meet, agree or cooperate
                // with each other, whatever else the sentence names.
                // "Russia and NATO will meet": each party meets the other, as CAMEO codes joint acts.
                targets = sources;
                if (reverse != null && reverse.code().equals(cameoCode.code())) reverse = null; // already both ways
            }
            if (targets.isEmpty() && codebookParties) {
                // A party no dictionary codes; facing an uncoded source, only one that can act ("a court in Lyon
                // convicted Siemens"), not a thing ("rejected Resolution 4005", "an investigation of the killing").
                // Whom one arrests is a person whatever the noun ("authorities detained the captain").
                targets = inTextOrder(uncodedSource && !Participants.takesPeople(p.pattern().code())
                        ? Participants.actingParties(g, parts.unnamed, roleAt) : parts.unnamed);
            }
            if (codebookParties && (Participants.sendsOwnPeople(cameoCode.code()) || cameoCode.code().equals("0356")
                    || cameoCode.code().startsWith("033"))
                    && !Participants.EXPELLING.contains(g.lemma(p.token()))) {
                // "deployed troops in Somalia", "offered to send troops": the troops sent are the sender's means, not
                // whom the act is done to.
                // Not so for an expulsion: "expelled the American ambassador" acts on the other side's envoy.
                targets = new ArrayList<>(targets);
                targets.removeIf(t -> {
                    int head = Participants.headOf(g, t);
                    String rel = g.headRelation(head);
                    return Participants.MEANS.contains(g.lemma(head)) && ("obj".equals(rel) || "nsubj:pass".equals(rel));
                });
            }
            if (targets.isEmpty() && codebookParties && Participants.landsOnPlace(cameoCode.code())) {
                // "provided aid in Yemen", "declared a ceasefire in Somalia", "carried out strikes in Syria": a
                // material act with no named party lands on the country where it is done, as CAMEO codes it.
                // "conducts bombings in Somalia, seeking to topple the government", "imposed martial law on six
                // townships, putting two million people under army rule": a party the act's own effect or purpose
                // clause names is whom it is done to, before the place it is done in.
                targets = Participants.effectClauseParties(g, p, mentionAt, parts.sources, cameoCode.code());
                if (targets.isEmpty()) targets = placeParties(g, p, mentionAt, parts.sources);
            }
            if (targets.isEmpty() && codebookParties && cameoCode.code().startsWith("172")) {
                // "declared a state of siege in the town", "a curfew in parts of Kashmir": restrictions land on the
                // people of the place they are imposed in, named though no dictionary codes it.
                targets = restrictedPlace(g, p, mentionAt);
            }
            if (targets.isEmpty() && codebookParties && Participants.landsOnThing(cameoCode.code())) {
                // "stormed a police headquarters", "an investigation into the crash": what the act landed on, when
                // it names no party and no place that stands for one. The event stands without it too: the thing
                // only says what the act was done to.
                targets = inTextOrder(parts.things);
            }
            // "Indonesia may not lack the resources to fund schools", "Ankara may be wary": an act that did not happen
            // and has no one it would be done to tells an analyst nothing about any dyad (docs/CODER.md, Modality).
            // Comments (01) are one-sided by nature: "hoped the talks would resume" is said, whatever it hopes.
            if (codebookParties && targets.isEmpty() && !cameoCode.root().equals("01")
                    && (modality == Modality.HYPOTHETICAL || modality == Modality.NEGATED)) continue;
            // "X met with Y": a meeting, negotiation, signed accord or cooperation is Y's act toward X too.
            if (reverse == null && codebookParties && Participants.mutual(cameoCode.code())) reverse = cameoCode;
            // "Venezuela banned opposition leader X" (X coded VEN): a person is a party apart from the country.
            Set<String> people = new HashSet<>();
            for (ActorMention m : targets) if (m.kind() == Kind.PERSON) people.add(m.text());
            for (ActorMention m : sources) if (m.kind() == Kind.PERSON) people.add(m.text());
            // A mention may name several actors ("The Shire" coded FRO/BIL/SAM): one event for each.
            for (ActorMention sourceMention : sources) for (Actor s : sourceMention.actors()) {
                boolean any = false;
                for (Actor t : actorsOf(targets)) {
                    // An actor acting on itself is no dyad; two parties no dictionary codes are told apart by their words.
                    // Two people or bodies that share a code are still two ("the opposition leader threatened
                    // President X", both ZWEELI; "the U.N. envoy briefed the Security Council"): only a country
                    // named twice or words in common make them one.
                    boolean unknown = t.code().startsWith(ActorCoder.UNKNOWN_COUNTRY);
                    if (t.code().equals(s.code()) && (unknown ? t.text().equals(s.text())
                            : !codebookParties || sharesWord(t.text(), s.text())
                              || t.code().length() <= 3 && !people.contains(s.text()) && !people.contains(t.text()))) {
                        continue;
                    }
                    events.add(event(docId, sentence, s, t, cameoCode, date, modality, location));
                    if (reverse != null && !t.code().equals(ActorCoder.UNKNOWN_COUNTRY)) { // no host to code
                        events.add(event(docId, sentence, t, s, reverse, date, modality, location));
                    }
                    any = true;
                }
                // No target but the source itself ("the U.N. chief expressed concern to the U.N. Security Council"):
                // the act happened, with no other party.
                // "following talks with Ramgoolam, both leaders reaffirmed ...": one of two heads named together whose
                // only target is itself acts toward the other.
                if (!any && codebookParties && sourceMention.actors().size() > 1) {
                    for (Actor other : sourceMention.actors()) {
                        if (other.code().equals(s.code())) continue;
                        if (events.stream().noneMatch(e -> e.source().code().equals(s.code()) && e.target() != null
                                && e.target().code().equals(other.code())
                                && e.cameo().code().equals(cameoCode.code()))) {
                            events.add(event(docId, sentence, s, other, cameoCode, date, modality, location));
                        }
                        any = true; // the reverse of a meeting may have coded it already
                    }
                }
                if (!any) {
                    events.add(event(docId, sentence, s, null, cameoCode, date, modality, location));
                }
            }
            if (codebookParties && cameoCode.code().equals("150") && sources.size() > 1 && drills(g, p)) {
                // "U.S. and Jordanian forces staged a war game": parties that hold drills together cooperate
                // militarily (062), whatever the drills are aimed at.
                CameoCode joint = cameo.get("062");
                List<Actor> sides = actorsOf(sources);
                for (Actor a : sides) {
                    for (Actor b : sides) {
                        if (a == b || a.code().substring(0, Math.min(3, a.code().length()))
                                .equals(b.code().substring(0, Math.min(3, b.code().length())))) continue;
                        events.add(event(docId, sentence, a, b, joint, date, modality, location));
                    }
                }
            }
        }
        return onceEach(events);
    }

    /** CAMEO's "accuse, not specified below", the code of a speaker's accusation read off the act it tells of. */
    private static final String ACCUSING = "112";
    private static final String ACCUSED_ACT = "an accusation (a hostile act a speaker alleges)";

    /**
     * CAMEO roots of the hostile acts a speaker may accuse another party of: reject/defy, threaten, cut, coerce, force.
     */
    private static final Set<String> ACCUSABLE = Set.of("12", "13", "16", "17", "18", "19", "20");

    /** Verbs of aspect over a hostile act: "continues to shell" is as often reportage as accusation. */
    private static final Set<String> ASPECTUAL = Set.of("continue", "keep", "start", "begin", "resume", "persist");

    /**
     * A speaker's accusation: the verb of saying, who says it and whom it accuses.
     */
    record Accusation(int saying, List<ActorMention> speakers, List<ActorMention> accused) {}

    /**
     * The accusation a hostile act (12, 13, 16-20) stands for when a speaker tells of it as another party's conduct
     * rather than reporting it as done: the verb of saying alleges ("alleged", "claimed", Cues#ALLEGING), or the clause
     * characterises (an adverb of {@link Cues#CHARACTERISING}: "is flagrantly defying", "has repeatedly tried to
     * sabotage", "has violated the agreement repeatedly"; the act in the simple present: "Israel attacks the
     * Muslims"). Plain reportage ("officials said militants attacked a hotel") is no accusation. The accused is the
     * act's doer, its subject or
     * passive agent, never a passive subject ("alleged he was tortured" accuses no one named); the speaker is the
     * subject of the verb of saying; both must be parties, not of one side (one code the start of the other), and
     * the doer no pronoun nor a pronoun's ("its fighters": a speaker speaking of its own side). Null when the act is
     * no accusation; a negated, predicted or planned act is none.
     */
    static Accusation accusation(SentenceGraph g, Predicate p, ActorMention[] mentionAt, ActorMention[] roleAt) {
        String code = p.pattern().code();
        if (code.length() < 2 || !ACCUSABLE.contains(code.substring(0, 2)) || !g.token(p.token()).isVerb()) return null;
        List<Integer> chain = new ArrayList<>();
        int top = p.token();
        chain.add(top);
        for (int step = 0; step < 3; step++) {
            int h = g.head(top);
            String rel = g.headRelation(top);
            if (h < 0 || rel == null || !g.token(h).isVerb() || !(rel.equals("xcomp") || rel.startsWith("conj"))) break;
            top = h;
            chain.add(top);
        }
        int saying = sayingOver(g, top);
        if (saying < 0) return null;
        boolean accusing = Cues.ALLEGING.contains(g.lemma(saying));
        for (int v : chain) {
            for (Dependency d : g.children(v)) {
                String r = d.relation();
                int w = d.dependent();
                String word = g.token(w).lowerWord();
                // "said Iran could attack", "said it will strike": a prediction or a plan is no conduct
                if (r.startsWith("aux") && (Cues.HYPOTHETICAL_AUX.contains(word) || Cues.FUTURE_AUX.contains(word))) {
                    return null;
                }
                if (r.equals("mark") && Cues.CONDITION_MARKS.contains(word)) return null;
                if ((r.equals("advmod") || r.equals("neg")) && Cues.NEGATORS.contains(word)) return null;
                if (r.equals("advmod") && Cues.CHARACTERISING.contains(word)) accusing = true;
            }
        }
        // "Israel attacks the Muslims": the simple present tells what a party does, not one act done.
        if (simplePresent(g, p.token()) && !ASPECTUAL.contains(g.lemma(p.token()))) accusing = true;
        if (!accusing) return null;
        int doer = doer(g, chain, saying);
        int speaker = -1;
        for (Dependency d : g.children(saying)) if (d.relation().equals("nsubj")) speaker = d.dependent();
        if (doer < 0 || speaker < 0 || g.token(doer).pos().startsWith("PRP")) return null;
        // "the BLA claimed its fighters killed 30 soldiers": the speaker's own men, a claim of its own act.
        for (Dependency d : g.children(doer)) {
            if (d.relation().equals("nmod:poss") && g.token(d.dependent()).pos().startsWith("PRP")) return null;
        }
        List<ActorMention> accused = partiesAt(g, doer, mentionAt, roleAt);
        List<ActorMention> speakers = partiesAt(g, speaker, mentionAt, roleAt);
        if (accused.isEmpty() || speakers.isEmpty()) return null;
        boolean coded = false;
        for (ActorMention m : accused) {
            if (!m.code().equals(ActorCoder.UNKNOWN_COUNTRY)) coded = true;
            // "Pakistani officials said Pakistan ...": a speaker's own country or body (one code the other's start)
            // is its own side; a country's rebels or opposition are not ("AFGREB" accusing "AFGGOV").
            for (ActorMention s : speakers) {
                if (s.equals(m) || s.code().startsWith(m.code()) || m.code().startsWith(s.code())) return null;
            }
        }
        for (ActorMention s : speakers) if (!s.code().equals(ActorCoder.UNKNOWN_COUNTRY)) coded = true;
        return coded ? new Accusation(saying, speakers, accused) : null;
    }

    /**
     * The verb of saying that reports the clause {@code clause} heads: its governor through a complement or aside
     * ("said Iran is defying"), or an aside on it ("'... violated the agreement,' Akhundzada alleged"); -1 if none.
     */
    private static int sayingOver(SentenceGraph g, int clause) {
        int h = g.head(clause);
        String rel = g.headRelation(clause);
        if (h >= 0 && rel != null && (rel.startsWith("ccomp") || rel.equals("dep") || rel.startsWith("parataxis"))
                && saying(g, h)) return h;
        for (Dependency d : g.children(clause)) {
            if (d.relation().startsWith("parataxis") && saying(g, d.dependent())
                    && g.hasRelation(d.dependent(), "nsubj")) return d.dependent();
        }
        if (h >= 0) return -1;
        // "'Israel attacks the Muslims in Jerusalem, whose ..., in a savage manner,' Erdogan said", with "said" hung
        // inside the relative clause: a verb of saying after the sentence's head with nothing said of its own
        // reports the sentence around it (as in reportsAClause).
        for (int v = clause + 1; v < g.size(); v++) {
            if (saying(g, v) && g.hasRelation(v, "nsubj") && !saysSomethingOfItsOwn(g, v)) return v;
        }
        return -1;
    }

    private static boolean saying(SentenceGraph g, int verb) {
        String lemma = g.lemma(verb);
        return g.token(verb).isVerb() && (Cues.ATTRIBUTION.contains(lemma) || Cues.ALLEGING.contains(lemma));
    }


    /** A verb in the simple present with no auxiliary: "attacks", "violate". */
    private static boolean simplePresent(SentenceGraph g, int verb) {
        String pos = g.token(verb).pos();
        if (!pos.equals("VBZ") && !pos.equals("VBP")) return false;
        for (Dependency d : g.children(verb)) {
            if (d.relation().startsWith("aux") || d.relation().equals("cop")) return false;
        }
        return true;
    }

    /**
     * Who does the act a clause tells of: the subject of a verb of the chain or its passive agent; where the parser
     * made the doer the object of the verb of saying ("said Iran is defying": Iran the object, "defying" a bare
     * dependent), that object. Never a passive subject. -1 when none.
     */
    private static int doer(SentenceGraph g, List<Integer> chain, int saying) {
        boolean passive = false;
        for (int v : chain) {
            for (Dependency d : g.children(v)) {
                String r = d.relation();
                if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("obl:agent")) return d.dependent();
                if (r.equals("nsubj:pass")) passive = true;
            }
        }
        int top = chain.get(chain.size() - 1);
        if (passive || g.head(top) != saying) return -1;
        for (Dependency d : g.children(saying)) {
            if (d.relation().equals("obj") && d.dependent() < top) return d.dependent();
        }
        return -1;
    }

    /** The parties a noun names: its actors, else the uncoded party that can act ("attackers": ---UAF by its role). */
    private static List<ActorMention> partiesAt(SentenceGraph g, int noun, ActorMention[] mentionAt,
            ActorMention[] roleAt) {
        List<ActorMention> found = Participants.actors(g, noun, mentionAt);
        if (!found.isEmpty()) return found;
        ActorMention uncoded = Participants.uncodedParty(g, noun, roleAt);
        return uncoded == null ? List.of() : List.of(uncoded);
    }

    /** Words for military drills, which parties hold together: not patrols or tests, each side's own show of force. */
    private static final Set<String> DRILLS = Set.of("exercise", "drill", "maneuver", "manoeuvre", "war-game",
            "wargame", "game");

    /** Whether the predicate or one of its pattern's words names drills ({@link #DRILLS}). */
    private static boolean drills(SentenceGraph g, Predicate p) {
        for (int w : p.words()) if (DRILLS.contains(g.lemma(w))) return true;
        for (Dependency d : g.children(p.token())) {
            if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && DRILLS.contains(g.lemma(d.dependent()))) return true;
        }
        return false;
    }

    /**
     * A verb of saying whose dictionary line reads a demand off its clause's modal ("said Rohan must withdraw"): it
     * names no verb of demanding, so it is an event only where the clause names a party other than the speaker
     * ("Gondor said it must defend itself" demands nothing).
     */
    private static boolean demandInClause(SentenceGraph g, Predicate p) {
        return !p.statement() && g.token(p.token()).isVerb() && Cues.ATTRIBUTION.contains(g.lemma(p.token()))
                && p.pattern().code().startsWith("10");
    }

    private Participants participants(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        Participants parts = p.statement() ? Participants.ofStatement(g, p, mentionAt)
                : g.token(p.token()).isNoun() ? Participants.ofNoun(g, p, mentionAt)
                : Participants.ofVerb(g, p, mentionAt, codebookParties); // verbs and predicative adjectives
        if (!g.token(p.token()).isNoun()) parts = Participants.sourceThePatternPlaces(g, p, mentionAt, parts);
        if (demandInClause(g, p)) {
            // "Gondor said Rohan must withdraw": the demand is of the party the clause says must act, and of no other.
            parts.targets.clear();
            parts.unnamed.clear();
            List<ActorMention> found = new ArrayList<>();
            for (Dependency d : g.children(p.token())) {
                if (!d.relation().equals("ccomp") || !p.path().contains(d.dependent())) continue;
                for (Dependency c : g.children(d.dependent())) {
                    if (!c.relation().startsWith("nsubj")) continue;
                    for (ActorMention m : Participants.actors(g, c.dependent(), mentionAt)) {
                        if (!parts.sources.contains(m)) parts.targets.add(m);
                    }
                    if (parts.targets.isEmpty()) Participants.addUnnamed(g, c.dependent(), p.words(), mentionAt, found);
                }
            }
            if (parts.targets.isEmpty()) parts.unnamed.addAll(found);
        }
        if (p.pattern().origin().equals(SAYING) && parts.targets.isEmpty()) {
            // "told Uganda that ...": whom a statement is made to.
            for (Dependency d : g.children(p.token())) {
                if (d.relation().equals("obj") || d.relation().equals("iobj")) {
                    parts.targets.addAll(Participants.actors(g, d.dependent(), mentionAt));
                }
            }
            parts.targets.removeAll(parts.sources);
        }
        return parts;
    }

    /**
     * Whether some target names a party other than the sources: another country or group, not the source's own
     * ("the Greek minister threatened that Greece would ..." names Greece, not the party threatened).
     */
    private static boolean hasOtherParty(Participants parts) {
        Set<String> sources = new HashSet<>();
        for (ActorMention m : parts.sources) for (Actor a : m.actors()) sources.add(party(a));
        for (ActorMention m : parts.targets) for (Actor a : m.actors()) if (!sources.contains(party(a))) return true;
        return false;
    }

    private static String party(Actor a) {
        return a.code().length() >= 3 ? a.code().substring(0, 3) : a.code();
    }

    /**
     * The outermost predicate among the words an appeal, demand or threat asks for, as its pattern: "urged Russia to
     * accept a ceasefire" asks for the ceasefire. Null when none of the words is a predicate.
     */
    private Predicate firstAsked(SentenceGraph g, List<Integer> candidates, Set<Integer> asked, Set<Integer> consumed) {
        for (int c : candidates) {
            if (!asked.contains(c) || consumed.contains(c)) continue;
            for (VerbPattern pattern : withPluralsLast(patterns(g.token(c)))) {
                if (pattern.noEvent()) break;
                List<Integer> path = PatternMatcher.match(g, c, pattern);
                if (path != null) return new Predicate(c, pattern, path, false);
            }
        }
        return null;
    }

    /**
     * An asking pattern with no narrower code of its own ("urge" with any complement, 020) takes the code of what
     * it asks for: appeal for de-escalation (0256), demand talks (106), threaten sanctions (1312).
     */
    private VerbPattern askingFor(VerbPattern asking, VerbPattern asked) {
        if (asked == null || !Senses.unspecified(asking.code())) return asking;
        String code = Senses.askedCode(asking.code(), asked.code(), asked.plannedCode());
        if (code == null || cameo.find(code).isEmpty()) return asking;
        return new VerbPattern(asking.lemma(), asking.noun(), asking.conditions(), code, null,
                asking.origin() + " asking for " + asked.origin(), asking.reverseCode(), asking.forms());
    }

    /**
     * The arbiter's reading of a sentence no pattern coded: its main verb with the generic code of the act the model
     * names, when the model is confident; null otherwise. Source and target are then read as for any verb.
     */
    private Predicate arbitrate(SentenceGraph g, ActorMention[] mentionAt) {
        EventTypeModel.Decision d = decide(g, mentionAt);
        if (d == null || !d.confident()) return null;
        int verb = EventTypeModel.mainVerb(g, mentionAt);
        VerbPattern guess = new VerbPattern(g.lemma(verb), false, List.of(), d.cameo(), null,
                String.format(java.util.Locale.ROOT, EventTypeModel.ORIGIN + " (%.2f: %s)", d.probability(),
                        String.join(", ", d.evidence())));
        return new Predicate(verb, guess, List.of(), false);
    }

    /**
     * What the event-type model makes of a parsed sentence, in words, for {@code dyad explain}: the main verb, the
     * act it names, how sure it is and the words that weighed most; null without a model or a main verb. The model
     * codes only when no lexicon pattern did and it is confident.
     */
    public String arbiterReading(AnnotatedSentence sentence, List<ActorMention> mentions) {
        if (arbiter == null || !sentence.isParsed()) return null;
        SentenceGraph g = new SentenceGraph(sentence);
        ActorMention[] mentionAt = new ActorMention[g.size()];
        for (ActorMention m : mentions) for (int i = m.begin(); i < m.end() && i < mentionAt.length; i++) mentionAt[i] = m;
        EventTypeModel.Decision d = decide(g, mentionAt);
        if (d == null) return "no main verb to read";
        return String.format(java.util.Locale.ROOT, "main verb '%s' reads as %s (%s) with %.2f (threshold %.2f%s), from %s",
                g.token(EventTypeModel.mainVerb(g, mentionAt)).word(), d.cameo(), cameo.get(d.cameo()).name(),
                d.probability(), arbiter.threshold(), d.confident() ? "" : ": not coded",
                String.join(", ", d.evidence()));
    }

    /** What the arbiter makes of a sentence; null without a model or a main verb. */
    EventTypeModel.Decision decide(SentenceGraph g, ActorMention[] mentionAt) {
        if (arbiter == null) return null;
        int verb = EventTypeModel.mainVerb(g, mentionAt);
        if (verb < 0) return null;
        return arbiter.decide(EventTypeModel.features(g, verb), code -> {
            PloverType t = ploverType(cameo.get(code));
            return t == null ? null : t.type().toUpperCase(java.util.Locale.ROOT);
        });
    }

    /** Nouns for what is proposed or agreed: an act that modifies one ("a ceasefire deal") is its content. */
    private static final Set<String> PROPOSALS = Set.of("deal", "proposal", "plan", "agreement", "accord", "draft",
            "bill", "resolution", "framework", "offer", "initiative", "pact", "treaty", "roadmap", "blueprint", "idea");

    /**
     * Whether a bare "warn" threatens: it warns a party ("warned Iran", "warned Iran not to attack") or says what the
     * warner itself could do, the clause's subject a pronoun for it or its own word ("Ankara is warning it could turn
     * to China").
     */
    static boolean warningIsAThreat(SentenceGraph g, int warn) {
        for (Dependency d : g.children(warn)) {
            String r = d.relation();
            if (r.equals("obj") || r.equals("iobj")) return true;
        }
        for (Dependency d : g.children(warn)) {
            String r = d.relation();
            if ((r.equals("ccomp") || r.equals("xcomp")) && sayerActs(g, warn, d.dependent())) return true;
        }
        return false;
    }

    /**
     * Verbs whose object is an act done: "launched an attack", "held talks", "imposed a curfew", "signed a deal"
     * (with the verbs of stopping, planning and denying in {@link Cues}). Any other verb's object is an act it is
     * about ("rejected the arrest warrant", "addressed the deportations").
     */
    static final Set<String> PERFORMING = Set.of("increase", "boost", "scale", "ramp", "strengthen", "bolster",
            "express", "commence", "implement", "prolong", "counter", "wrap",
            "finish", "exempt", "carry", "conduct", "launch", "stage", "hold", "wage", "mount", "begin", "start",
            "resume", "continue", "intensify", "escalate", "step", "order", "issue", "impose", "sign", "reach",
            "make", "pay", "give", "deliver", "provide", "send", "take", "do", "perform", "execute", "unleash",
            "initiate", "undertake", "complete", "conclude", "host", "organize", "organise", "lead", "join",
            "attend", "renew", "extend", "expand", "approve", "authorize", "authorise", "announce", "declare",
            "grant", "receive", "accept", "suffer", "face", "file", "lodge", "bring", "level", "commit",
            "perpetrate", "have", "call", "convene", "request", "demand", "threaten", "keep", "maintain", "lift",
            "ease", "tighten", "broaden", "double", "raise", "slap", "enforce", "reimpose", "introduce", "adopt",
            "pass", "enact", "finalize", "finalise", "repel", "repulse", "thwart", "foil", "survive", "endure",
            "witness", "see", "report", "confirm", "claim");

    /**
     * Verbs an event noun may be the subject of while its act is only mentioned: what it led to or resembles ("the
     * arrest has prompted questions", "the attack raises questions", "Kenya's ultimatum is because of ...").
     */
    static final Set<String> CONSEQUENCE = Set.of("prompt", "raise", "trigger", "spark", "draw", "cause", "fuel",
            "provoke", "echo", "resemble", "mark", "highlight", "show", "underscore", "reflect", "be", "become",
            "seem", "appear", "mean", "complicate", "overshadow", "dominate", "remain", "stem", "signal",
            "demonstrate", "illustrate", "expose", "reveal", "test", "strain", "hurt", "affect", "shape");

    /**
     * Whether an event noun reports its act as done in this sentence rather than naming it: the subject of a verb
     * that tells what it did or that it happened ("an airstrike killed 12", "talks began", "protests erupted"; not
     * "the arrest has prompted questions"), the object or passive subject of a verb that does it ("launched an
     * attack", "talks were held"), the harm's cause ("killed in an airstrike", "came under attack"), or the head
     * of a verbless sentence (a headline). Elsewhere it is only mentioned: "following the Oval Office clash",
     * "photos of the occupation", "rejected the arrest warrant", "the agenda for his meeting".
     */
    static boolean reportedAsDone(SentenceGraph g, int noun) {
        return reportedAsDone(g, noun, 0);
    }

    private static boolean reportedAsDone(SentenceGraph g, int noun, int depth) {
        int n = firstConjunct(g, noun);
        int head = g.head(n);
        String rel = g.headRelation(n);
        if (head < 0 || rel == null || rel.equals("root")) return true;
        // "the newly imposed tariffs", "imposed 25% tariffs" parsed as a modifier: done, wherever the noun hangs.
        for (Dependency d : g.children(n)) {
            if (d.relation().equals("amod") && g.token(d.dependent()).pos().equals("VBN")
                    && PERFORMING.contains(g.lemma(d.dependent()))) return true;
        }
        String lemma = g.lemma(head);
        Token h = g.token(head);
        if (rel.equals("nsubj")) {
            // "There was an attack", "the talks were constructive": a copula's subject names the act it describes.
            if (g.hasChild(head, "expl", Set.of("there"))) return true;
            return h.isVerb() && !CONSEQUENCE.contains(lemma);
        }
        if (rel.equals("nsubj:pass") || rel.equals("obj")) {
            // Also what is stopped, planned or denied ("ceased aid", "set talks for Jan. 14", "denied plans for an
            // assault"): its modality says so. And what an act follows ("followed months of threats").
            return h.isVerb() && (PERFORMING.contains(lemma) || Cues.STOPPING.contains(lemma)
                    || Cues.PLANNING.contains(lemma) || Cues.NEGATING.contains(lemma) || lemma.equals("follow"));
        }
        if (rel.startsWith("obl:") && h.isVerb()) {
            // The harm's cause: "killed in an airstrike", "died after torture", "came under attack".
            if (Participants.HARMED.contains(lemma) && (rel.equals("obl:in") || rel.equals("obl:by")
                    || rel.equals("obl:from") || rel.equals("obl:due_to"))) return true;
            // An occasion or a sequence: "said during a visit", "after the raid", "following protests".
            if (rel.equals("obl:under") || rel.equals("obl:after") || rel.equals("obl:following")
                    || rel.equals("obl:during") || rel.equals("obl:as")) return true;
            // "provided $2 million in assistance", "took part in drills", "arrived for talks", "retaliated with
            // tariffs", "arrested on charges of"
            return rel.equals("obl:in") && (PERFORMING.contains(lemma) || TAKING_PART.contains(lemma))
                    || rel.equals("obl:for") && ARRIVING.contains(lemma)
                    || rel.equals("obl:with") && RESPONDING.contains(lemma)
                    || rel.equals("obl:on") && g.lemma(n).equals("charge");
        }
        // "ready for a ceasefire", "responsible for the killings"
        if (h.pos().startsWith("JJ")) return READY.contains(lemma);
        // "plans for an assault", "preparations for talks": as the plan.
        if ((rel.equals("nmod:for") || rel.equals("nmod:of")) && PLANS.contains(lemma) && depth < 3) {
            return reportedAsDone(g, head, depth + 1);
        }
        // "claimed responsibility for the attack", "took credit for the bombing": the claim (015) is what the sentence
        // reports; the attack is its topic, already reported or not (the codebooks code the claim).
        if (rel.equals("nmod:for") && (lemma.equals("responsibility") || lemma.equals("credit"))) return false;
        // "eight hours of talks", "$2 million in assistance", "a peacekeeping mission": as the phrase it is part of.
        boolean measure = h.pos().equals("$") || h.pos().equals("CD") || MEASURES.contains(lemma);
        if ((rel.startsWith("nmod") && !rel.equals("nmod:poss") && measure || rel.equals("compound")
                || rel.equals("appos")) && (h.isNoun() || measure) && depth < 3) {
            return reportedAsDone(g, head, depth + 1);
        }
        return rel.equals("dep") || rel.equals("parataxis");
    }

    /** Nouns of planning: "plans for an assault" is reported as planned wherever the plan is. */
    private static final Set<String> PLANS = Set.of("plan", "preparation", "intention", "readiness", "decision", "bid",
            "effort", "attempt");

    /** Words that measure or carry an act, whose phrase it is reported in: "eight hours of talks", "a round of drills". */
    private static final Set<String> MEASURES = Set.of("hour", "day", "week", "month", "year", "round", "series",
            "wave", "string", "spate", "number", "dozen", "hundred", "thousand", "million", "billion", "lot", "part",
            "mission", "operation", "campaign", "package", "batch", "shipment", "tranche", "worth", "total");
    /** Verbs whose "with" phrase is the act they answer with: "retaliated with tariffs", "hit Iran with sanctions". */
    private static final Set<String> RESPONDING = Set.of("retaliate", "respond", "react", "hit", "strike", "punish",
            "answer", "counter", "threaten", "target", "attack", "slap", "meet", "follow", "reply");

    /** Verbs an act is the occasion of, in a "for" phrase: "arrived for talks", "joined Waltz for the talks". */
    private static final Set<String> ARRIVING = Set.of("join", "attend", "arrive", "travel", "come", "go", "gather",
            "meet", "fly", "head", "return", "convene", "sit");
    /** Verbs of taking part, in an "in" phrase: "took part in joint drills", "participate in peacekeeping". */
    private static final Set<String> TAKING_PART = Set.of("participate", "engage", "involve", "take", "join", "partake");
    /** Adjectives whose phrase names an act as ready or done: "ready for a ceasefire", "responsible for the killings". */
    private static final Set<String> READY = Set.of("ready", "responsible", "prepared", "willing", "poised", "set",
            "eager", "keen", "guilty");

    /** Phrases that say what an act is about or aimed at, not where or when it is done ("at talks", "after the raid"). */
    private static final Set<String> ABOUT = Set.of("obl:over", "obl:for", "obl:about", "obl:on", "obl:against",
            "obl:to", "obl:with", "obl:of", "obl:into", "obl:from", "obl:regarding", "obl:concerning");

    /**
     * The verb an event noun is an argument of ("welcomed [the withdrawal of forces]", "[protests by students] led
     * to arrests", "accused Kenya over [its ultimatum]"), through its conjuncts and up to two "of"/"over" phrases
     * ("condemned the scale of the attacks"); -1 when it is no verb's argument.
     */
    /** What a clash of persons is: words, a dispute (CAMEO's criticism), not force. */
    static final String VERBAL_CLASH = "111";

    /** Whether a mention names a news outlet or a journalist: a code with the media role (USAMED, ---MED). */
    static boolean newsMedium(ActorMention m) {
        return m.code().length() >= 6 && m.code().startsWith("MED", 3);
    }

    /**
     * Whether a verb is the description inside a free relative ("sent what officials described as dangerous
     * aliens", "what critics call a sham"): the clause names the thing described; its describers do nothing to
     * anyone. The relative "what" is the verb's object and comes before it.
     */
    static boolean describedThing(SentenceGraph g, int verb) {
        if (!g.token(verb).isVerb()) return false;
        for (Dependency d : g.children(verb)) {
            int o = d.dependent();
            if (d.relation().equals("obj") && o < verb && g.token(o).pos().equals("WP")
                    && (g.token(o).lowerWord().equals("what") || g.token(o).lowerWord().equals("whatever"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code verb} is a harm verb ({@link Participants#HARMED}, which takes its victim as object) used as a
     * passive without its auxiliary, as in headlines and "resulting in ... killed": a past form with a subject, no
     * object, no clause and no auxiliary.
     */
    static boolean victimsAsSubject(SentenceGraph g, int verb) {
        Token t = g.token(verb);
        if (!Participants.HARMED.contains(g.lemma(verb))) return false;
        if (!(t.pos().equals("VBD") || t.pos().equals("VBN"))) return false;
        boolean subject = false;
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if (r.equals("nsubj")) subject = true;
            if (r.equals("obj") || r.equals("iobj") || r.startsWith("ccomp") || r.startsWith("xcomp")
                    || r.startsWith("aux") || r.equals("cop")) return false;
            // "shot and killed a soldier": conjoined verbs share the object the parser hangs on one of them.
            if (r.startsWith("conj") && g.token(d.dependent()).isVerb()) return false;
        }
        for (Dependency d : g.parents(verb)) if (d.relation().startsWith("conj")) return false;
        // "the men the militia killed": the object is the relative clause's head.
        return subject && !"acl:relcl".equals(g.headRelation(verb));
    }

    static int mentionedBy(SentenceGraph g, int noun) {
        int n = noun;
        for (int step = 0; step < 3 && g.head(n) >= 0 && g.headRelation(n) != null; step++) {
            String rel = g.headRelation(n);
            if (rel.startsWith("conj") || rel.startsWith("nmod:") && !rel.equals("nmod:poss") && g.token(g.head(n)).isNoun()) {
                n = g.head(n);
            } else {
                break;
            }
        }
        String rel = g.headRelation(n);
        int verb = g.head(n);
        if (verb < 0 || rel == null || !g.token(verb).isVerb()) return -1;
        return rel.equals("obj") || rel.startsWith("nsubj") || ABOUT.contains(rel) ? verb : -1;
    }

    /** The first of the conjuncts {@code token} is one of, up to three links back ("the shelling and the attack"). */
    private static int firstConjunct(SentenceGraph g, int token) {
        int n = token;
        for (int step = 0; step < 3 && g.head(n) >= 0 && g.headRelation(n) != null
                && g.headRelation(n).startsWith("conj"); step++) n = g.head(n);
        return n;
    }

    /**
     * Who comments on or criticises an act named by an event noun, and so did not do it: "The United Nations
     * condemned the attack" is the UN's criticism of someone's attack, not an attack by the UN. The noun is the
     * object (or, in the passive, the subject) of a verb coded as a public statement (CAMEO 01, but not 015, claiming
     * responsibility, which owns the act) or as disapproval (11); the verb's subject or agent is returned. A party
     * the noun names itself ("condemned the Russian attack") is untouched.
     */
    private static List<ActorMention> judges(SentenceGraph g, int noun, List<Predicate> predicates, ActorMention[] mentionAt) {
        // "condemned the shelling and the attack": the second noun is the first one's conjunct.
        int n = firstConjunct(g, noun);
        String rel = g.headRelation(n);
        int verb = g.head(n);
        if (verb < 0 || !("obj".equals(rel) || "nsubj:pass".equals(rel))) return List.of();
        for (Predicate q : predicates) {
            if (q.token() != verb) continue;
            String code = q.pattern().code();
            if (code == null || !(code.startsWith("11") || code.startsWith("01") && !code.equals("015"))) return List.of();
            List<ActorMention> out = new ArrayList<>();
            for (Dependency d : g.children(verb)) {
                String r = d.relation();
                if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("obl:agent")) {
                    out.addAll(Participants.actors(g, d.dependent(), mentionAt));
                }
            }
            return out;
        }
        return List.of();
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
            // Uncoded targets ("---") are told apart by their words: "Navalny and his allies" are two.
            List<Object> key = Arrays.asList(e.source().code().startsWith(ActorCoder.UNKNOWN_COUNTRY)
                    ? e.source().code() + e.source().text() : e.source().code(), e.target() == null ? null
                    : e.target().code().equals(ActorCoder.UNKNOWN_COUNTRY) ? e.target().text() : e.target().code(),
                    e.cameo().code(), e.date(), e.modality());
            if (seen.add(key)) out.add(e);
        }
        // "the BLA has ramped up attacks on security forces": the act with its victim named and the same act read
        // without one (another predicate, or a clause the target was not found in) are one act; the one that names
        // the counterpart stays.
        Set<List<String>> withTarget = new HashSet<>();
        for (Event e : out) if (e.target() != null) withTarget.add(sameAct(e));
        out.removeIf(e -> e.target() == null && withTarget.contains(sameAct(e)));
        return out;
    }

    /** What makes two events of one sentence one act but for the target: the source and the CAMEO code. */
    private static List<String> sameAct(Event e) {
        String source = e.source().code().startsWith(ActorCoder.UNKNOWN_COUNTRY)
                ? e.source().code() + e.source().text() : e.source().code();
        // The whole code, not the root: "considering sanctions" (014) and "warned" (012) are two acts.
        return List.of(source, e.cameo().code());
    }

    /**
     * With {@code statements}, a verb of saying that no dictionary line matches ("said", "told", "announced") is a
     * statement of its own, CAMEO's generic 010, besides the attribution of what it reports.
     */
    private static final String SAYING = "--statements (a verb of saying)";

    /**
     * Whether {@code t} may be a generic statement: a verb of saying, with {@code statements}, that no dictionary line
     * covers; a line that only reads the modal of the clause ("said Rohan must ...": {@code ccomp=*>aux=must}) covers
     * those sentences alone, so the verb stays a statement wherever it does not match.
     */
    private boolean saysAStatement(Token t) {
        if (!statements || !t.isVerb() || !Cues.ATTRIBUTION.contains(t.lowerLemma())) return false;
        return patterns(t).stream().allMatch(EventCoder::readsTheClauseModal);
    }

    private static boolean readsTheClauseModal(VerbPattern pattern) {
        if (pattern.conditions().isEmpty()) return false;
        for (Path path : pattern.conditions()) {
            List<Step> steps = path.steps();
            if (!steps.get(steps.size() - 1).relation().equals("aux")) return false;
        }
        return true;
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
        return !Participants.phrasesAfter(g, verb).isEmpty();
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

    /**
     * Whether {@code verb} is a decision already taken ("Japan has decided to lift sanctions", "the court decided to
     * free him"): an authority's decision is the act itself, as news reports it, not an intent. A decision to come
     * ("will decide", "decides") stays a plan.
     */
    static boolean decisionTaken(SentenceGraph g, int verb) {
        if (!g.lemma(verb).equals("decide")) return false;
        String pos = g.token(verb).pos();
        return pos.equals("VBD") || pos.equals("VBN") && g.hasChild(verb, "aux", Set.of("have"));
    }

    /** Verbs by which a party lets it be known what it could do. */
    private static final Set<String> ANNOUNCING = Set.of("say", "hint", "signal", "suggest", "indicate", "warn",
            "announce", "state", "declare", "insist", "tell", "vow", "caution");

    /**
     * Whether the predicate is what its own doer says it could do, or would do on a condition: a clause with
     * could/might/may, or would with "if"/"unless", under a verb of saying or hinting, whose subject is a pronoun
     * standing for the one who says it ("China hinted it could retaliate", "Ankara said it would attack if ...").
     */
    static boolean announcedByItsDoer(SentenceGraph g, int predicate, boolean hypothetical) {
        int verb = predicate;
        // "retaliate with tariffs": the clause an event noun sits in
        for (int step = 0; step < 3 && verb >= 0 && !g.token(verb).isVerb(); step++) verb = g.head(verb);
        if (verb < 0 || !g.token(verb).isVerb()) return false;
        boolean condition = false;
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("advcl:if") || d.relation().equals("advcl:unless")) condition = true;
        }
        if (!hypothetical && !condition) return false; // "said it would impose sanctions next week" is planned
        int governor = g.head(verb);
        if (governor < 0 || !"ccomp".equals(g.headRelation(verb)) || !ANNOUNCING.contains(g.lemma(governor))) return false;
        boolean may = false;
        int pronoun = -1;
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("aux") && MAY.contains(g.token(d.dependent()).lowerWord())) may = true;
            if (d.relation().equals("nsubj")) pronoun = d.dependent();
        }
        return may && pronoun >= 0 && g.token(pronoun).pos().startsWith("PRP") && hasSubject(g, governor);
    }

    private static final Set<String> MAY = Set.of("could", "might", "may", "would");

    private static boolean hasSubject(SentenceGraph g, int verb) {
        for (Dependency d : g.children(verb)) if (d.relation().equals("nsubj")) return true;
        return false;
    }

    /** A verb in the passive with no "by" agent: "was arrested in Niger". */
    static boolean agentlessPassive(SentenceGraph g, int verb) {
        if (!g.token(verb).isVerb()) return false;
        boolean passive = false;
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("obl:agent")) return false;
            if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) passive = true;
        }
        return passive;
    }

    /**
     * Whether two actor texts share a word of two letters or more, case and abbreviation dots aside ("U.S." and
     * "U.S. officials" share "us"; "the", "of" and "and" do not count).
     */
    static boolean sharesWord(String a, String b) {
        if (a == null || b == null) return true;
        Set<String> words = words(a);
        for (String w : words(b)) if (words.contains(w)) return true;
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).replace(".", "").split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !w.equals("the") && !w.equals("of") && !w.equals("and")) out.add(w);
        }
        return out;
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

    /** The pattern's words, then their objects: where the phrase saying where an act is done may hang. */
    private static List<Integer> wordsAndObjects(SentenceGraph g, Predicate p) {
        List<Integer> out = new ArrayList<>(p.words());
        for (int w : p.words()) {
            for (Dependency d : g.children(w)) if (d.relation().equals("obj")) out.add(d.dependent());
        }
        return out;
    }

    /** Roles of armed groups that talk abroad: where they are met is a venue, not their country. */
    private static final Set<String> GROUPS_MET_ABROAD = Set.of("REB", "INS");

    /**
     * The mention without the country of its "in" phrase, when the actor coder built it as a rebel or insurgent role
     * in a capital ("the insurgents in Qatar's capital, Doha", "rebels in Muscat"): in a meeting or talks, the capital
     * is the venue, and the group keeps its role with no country ({@code ---REB}). Any other mention as it is.
     */
    private static ActorMention venueLeft(SentenceGraph g, ActorMention m, ActorMention[] mentionAt) {
        String code = m.code();
        if (code.length() != 6 || !GROUPS_MET_ABROAD.contains(code.substring(3))) return m;
        for (int i = m.begin() + 1; i < m.end(); i++) {
            if (!g.token(i).lowerWord().equals("in") || !"case".equals(g.headRelation(i))) continue;
            int where = g.head(i);
            ActorMention at = mentionAt[where];
            boolean capital = g.lemma(where).equals("capital")
                    || at != null && at.place() && at.code().endsWith("GOV");
            if (!capital) return m;
            return new ActorMention(m.begin(), i, ActorCoder.UNKNOWN_COUNTRY + code.substring(3),
                    Participants.words(g, m.begin(), i), false);
        }
        return m;
    }

    /** Relations whose phrase says where an act goes. */
    private static final Set<String> WHITHER = Set.of("obl:to", "obl:into", "obl:toward", "obl:towards", "obl:across",
            "obl:along");

    /**
     * Whether {@code target} is a country alone (no role) that is some source's own country, named as where the act
     * goes: the possessor of a noun for a part of a place ("sent troops to Mexico's northern border",
     * {@link Participants#PLACE_PARTS}) or itself the head of the verb's "to" or "into" phrase. An act done in one's
     * own country ("declared a ceasefire in Colombia") or a thing's way there ("allowed access to Darfur") keeps it,
     * as CAMEO codes it (see placeParties).
     */
    /**
     * For force posture (15x) whose targets are all countries or capitals named as where the force goes
     * ({@link #WHITHER}), the coded parties the verb's purpose clause names as its object ("deployed troops to Mali
     * to fight the jihadist group"); else the targets as they are.
     */
    private static List<ActorMention> foeBeforePlace(SentenceGraph g, Predicate p, String code,
                                                     List<ActorMention> targets, ActorMention[] mentionAt,
                                                     Set<ActorMention> sources) {
        if (!code.startsWith("15") || targets.isEmpty() || !g.token(p.token()).isVerb()) return targets;
        for (ActorMention t : targets) {
            String rel = g.headRelation(Participants.headOf(g, t));
            if (!t.place() || rel == null || !WHITHER.contains(rel) || g.head(Participants.headOf(g, t)) != p.token()) {
                return targets;
            }
        }
        List<ActorMention> foes = Participants.firstActors(g, Participants.purposeClauses(g, p.token(), false),
                List.of("obj"), mentionAt, sources);
        return foes.isEmpty() ? targets : new ArrayList<>(foes);
    }

    private static boolean ownCountryAsPlace(SentenceGraph g, ActorMention target, List<ActorMention> sources) {
        String country = target.code();
        if (country.length() != 3 || country.startsWith(ActorCoder.UNKNOWN_COUNTRY)) return false;
        if (sources.stream().noneMatch(s -> s.code().startsWith(country))) return false;
        int head = Participants.headOf(g, target);
        String rel = g.headRelation(head);
        if (rel == null) return false;
        if (WHITHER.contains(rel)) return true;
        int owner = g.head(head);
        return rel.equals("nmod:poss") && owner >= 0 && Participants.PLACE_PARTS.contains(g.lemma(owner))
                && WHITHER.contains(g.headRelation(owner));
    }

    /**
     * The countries of the places where the act is done ("in Yemen", "in eastern Afghanistan and Iraq", "a camp in
     * Kabul"), as parties coded by country alone: the phrase that says where, on the pattern's words or on their
     * object, named by a country or capital mention or by a place of the gazetteer. Places inside a source's own
     * phrase ("workers in Brazil") are not where the act lands.
     */
    private List<ActorMention> placeParties(SentenceGraph g, Predicate p, ActorMention[] mentionAt,
                                            Set<ActorMention> sources) {
        List<Integer> holders = wordsAndObjects(g, p);
        List<ActorMention> out = new ArrayList<>();
        for (int holder : holders) {
            for (Dependency d : g.children(holder)) {
                if (!Participants.LOCATIVE.contains(d.relation())) continue;
                List<Integer> heads = new ArrayList<>(List.of(d.dependent()));
                // "in parts of Kashmir", "in the north of Mali": a part of a place is in that place.
                if (Participants.PLACE_PARTS.contains(g.lemma(d.dependent())) && mentionAt[d.dependent()] == null) {
                    for (Dependency c : g.children(d.dependent())) if (c.relation().equals("nmod:of")) heads.add(c.dependent());
                }
                for (Dependency c : g.children(d.dependent())) if (c.relation().startsWith("conj")) heads.add(c.dependent());
                for (int head : heads) {
                    ActorMention where = placeParty(g, head, mentionAt);
                    if (where == null || out.contains(where)
                            || sources.stream().anyMatch(s -> s.covers(where.begin()))) continue;
                    out.add(where);
                }
            }
            if (!out.isEmpty()) return out;
        }
        return out;
    }

    /**
     * The first "in" or "at" phrase of the pattern's words or of their object that names a place (a name, or a noun
     * for a place or part of one: "the town", "parts of Kashmir"), as an uncoded party with the phrase's words.
     */
    private List<ActorMention> restrictedPlace(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        List<Integer> holders = wordsAndObjects(g, p);
        for (int holder : holders) {
            for (Dependency d : g.children(holder)) {
                if (!Participants.LOCATIVE.contains(d.relation())) continue;
                int head = d.dependent();
                var t = g.token(head);
                String lemma = t.lowerLemma();
                if (!t.isNoun() || Participants.inTimex(g, head) || Participants.CALENDAR.contains(t.lowerWord())
                        || t.ner() != null && Participants.NOT_PARTIES.contains(t.ner())) continue;
                if (!(t.isProperNoun() || Participants.PLACE_PARTS.contains(lemma) || Participants.SITES.contains(lemma)
                        || lemma.equals("capital") || lemma.equals("country"))) continue;
                return List.of(Participants.uncodedPhrase(g, head));
            }
        }
        return List.of();
    }

    /** The country a place phrase headed by {@code head} names, as a party, or null when it names none. */
    private ActorMention placeParty(SentenceGraph g, int head, ActorMention[] mentionAt) {
        ActorMention m = mentionAt[head];
        // "sent 200 troops in Syria": the actor coder took "troops in Syria" as one mention, yet "Syria" is the place.
        if (m != null && (m.place() || Participants.headOf(g, m) == head)) {
            return m.place() && m.code().length() >= 3
                    ? new ActorMention(m.begin(), m.end(), m.code().substring(0, 3), m.text(), true) : null;
        }
        var match = gazetteerPlace(g, head);
        if (match.isEmpty() || match.get().place().country() == null) {
            // The actor coder gave the mention the country of this place ("troops in Syria" SYRMIL): the place is it.
            if (m == null || !g.token(head).isProperNoun() || m.code().length() < 3
                    || m.code().startsWith(ActorCoder.UNKNOWN_COUNTRY)) return null;
            int[] span = Participants.phrase(g, head);
            return new ActorMention(span[0], span[1], m.code().substring(0, 3), Participants.words(g, span[0], span[1]), true);
        }
        var at = match.get();
        return new ActorMention(at.begin(), at.end(), at.place().country(), Participants.words(g, at.begin(), at.end()), true);
    }

    /**
     * The gazetteer place a phrase headed by {@code head} names, looked up from the phrase's first word ("Gaza
     * City", "Portland, Maine") and reaching at least to the head.
     */
    private Optional<Gazetteer.PlaceMatch> gazetteerPlace(SentenceGraph g, int head) {
        int first = head;
        for (Dependency c : g.children(head)) {
            String r = c.relation();
            if ((r.equals("compound") || r.equals("flat")) && c.dependent() < first) first = c.dependent();
        }
        return places.at(g.sentence.tokens(), first).filter(m -> m.end() > head);
    }

    /**
     * Where the event happens: a place named in an "in/at/near" phrase of the predicate ("talks in Geneva"),
     * looked up in the gazetteer from the phrase's first word ("Gaza City"), else a country named there.
     */
    private Location location(SentenceGraph g, Predicate p, ActorMention[] mentionAt) {
        for (int place : p.words()) {
            for (Dependency d : g.children(place)) {
                if (!Participants.LOCATIVE.contains(d.relation())) continue;
                int head = d.dependent();
                var match = gazetteerPlace(g, head);
                if (match.isPresent()) return match.get().place().toLocation();
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
    private static Modality modality(SentenceGraph g, Predicate p, int stopper) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean planned = false;
        boolean would = false; // "said it would free the prisoners" is reported intent; "would free if ..." is not
        boolean reported = false;
        // An appeal or threat is made by saying it: "warned it could turn to Russia" is a threat, whatever the
        // auxiliaries of the clause that says what is threatened.
        boolean asking = Senses.asks(p.pattern().code());
        // So is a comment: "hoped that the talks would resume" is an optimistic comment made, whatever may follow.
        boolean commenting = p.pattern().code().startsWith("01");
        for (int t : p.words()) {
            // "allowed that Mordor isn't a pleasant place": the clause's negation is what is allowed, not the act.
            if (t != p.token() && PatternMatcher.copularClause(g, t)) continue;
            if (t != p.token() && (asking || commenting) && g.token(t).isVerb()) continue;
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                String lemma = g.lemma(d.dependent());
                String word = g.token(d.dependent()).lowerWord();
                if ((r.equals("advmod") || r.equals("det") || r.equals("neg") || r.equals("cc:preconj"))
                        && (Cues.NEGATORS.contains(lemma) || Cues.NEGATORS.contains(word))) negated = true;
                if (r.startsWith("aux")) {
                    if (Cues.FUTURE_AUX.contains(word) || Cues.FUTURE_AUX.contains(lemma)) planned = true;
                    if (word.equals("would")) would = true;
                    else if (Cues.HYPOTHETICAL_AUX.contains(word)) hypothetical = true;
                }
                if (r.equals("mark") && Cues.CONDITION_MARKS.contains(lemma)) hypothetical = true;
                if (r.equals("amod") && Cues.PLANNED_ADJ.contains(word)) planned = true;
                if (r.equals("advmod") && Cues.HEDGES.contains(word)) hypothetical = true; // "probably the attack"
                // "was almost gunned down", "nearly reached a deal": the act came close and did not happen.
                if (t == p.token() && r.equals("advmod") && Cues.NEAR_MISS.contains(word)) negated = true;
                // "instead of calling for sanctions", "rather than attack them": the act passed over is not done
                if (r.equals("cc") && (word.equals("instead")
                        || word.equals("rather") && g.hasChild(d.dependent(), "fixed", Set.of("than")))) negated = true;
            }
        }
        // Governors, up to the nearest verb of saying: "plans to", "denied", "threatened to", "could ... if".
        int cur = p.token();
        for (int step = 0; step < 5; step++) {
            // "According to analysts, Japan wants ...": what commentators read into events is their reading, not an act.
            if (byCommentators(g, cur, "obl:according_to") || opinionAside(g, cur)) hypothetical = true;
            // "Some analysts are questioning the decision": what commentators do is judge; their judgement is no act.
            if (cur == p.token() && onlyCommentators(g, cur)) hypothetical = true;
            int h = g.head(cur);
            if (h < 0) break;
            String lemma = g.lemma(h);
            String relToHead = g.headRelation(cur);
            boolean clause = relToHead.startsWith("ccomp");
            // '"We can do more," read a statement, after Erdogan spoke with Macron': the inverted verb of saying
            // that the parser hangs on the quote (dep) introduces the quote; the quote's "can" is not its mood.
            if (relToHead.equals("dep") && cur != p.token() && quoteAttribution(g, cur)) break;
            // "analysts point out that India backs ...", "..., analysts said": whatever the verb, what commentators
            // say is a reading; "my understanding is, Putin was ...", "the fear is that ...": so is what an opinion
            // holds.
            if ((clause || Cues.ATTRIBUTION.contains(lemma)) && byCommentators(g, h, "nsubj")
                    || clause && opinionSubject(g, h)) hypothetical = true;
            if (Cues.ATTRIBUTION.contains(lemma)) {
                reported = clause && sayerActs(g, h, cur);
                break;
            }

            // "Ankara is warning it could ...", parsed with the threat as the clause's subject: not governed by it.
            if (asking && cur == p.token() && relToHead.startsWith("csubj")) break;
            // The stopping word is the act itself: "halted aid" is an asserted stop, not a negated aid.
            if (Cues.NEGATING.contains(lemma) && h != stopper) negated = true;
            if (Cues.HYPOTHETICAL_ANCESTORS.contains(lemma)) hypothetical = true;
            // "expects North Korea to launch a missile": expecting another party's act predicts it; one's own is a plan.
            if (lemma.equals("expect") && clauseOfAnother(g, h, cur)) hypothetical = true;
            if (Cues.PLANNING.contains(lemma) && !decisionTaken(g, h)
                    || Cues.PLANNED_ADJ.contains(g.token(h).lowerWord())) planned = true;
            if (relToHead.startsWith("advcl") && g.hasChild(cur, "mark", Cues.CONDITION_MARKS)) hypothetical = true;
            for (Dependency d : g.children(h)) {
                String r = d.relation();
                String word = g.token(d.dependent()).lowerWord();
                if (r.startsWith("aux")) {
                    if (Cues.FUTURE_AUX.contains(word)) planned = true;
                    if (word.equals("would")) would = true;
                    else if (Cues.HYPOTHETICAL_AUX.contains(word)) hypothetical = true;
                }
                if (r.equals("advmod") && Cues.NEGATORS.contains(word)) negated = true;
                if (r.equals("advmod") && Cues.HEDGES.contains(word)) hypothetical = true; // "will likely try to"
                if (r.equals("mark") && Cues.CONDITION_MARKS.contains(word)) hypothetical = true;
                // "making it possible for companies to invest", parsed with the act beside "possible", not under it
                if (r.startsWith("xcomp") && Cues.HYPOTHETICAL_ANCESTORS.contains(g.lemma(d.dependent()))
                        && g.token(d.dependent()).pos().startsWith("JJ")) hypothetical = true;
            }
            // Stop at a clause boundary that is not a complement: a relative clause says nothing of its head.
            if (relToHead.startsWith("acl") || relToHead.startsWith("parataxis")) break;
            cur = h;
        }
        if (would) {
            if (reported && !hypothetical) planned = true;
            else hypothetical = true;
        }
        if (negated) return Modality.NEGATED;
        // A question asserts nothing: "Does Trump see China as a threat?"
        if (g.sentence.text().stripTrailing().endsWith("?")) hypothetical = true;
        if (hypothetical) return Modality.HYPOTHETICAL;
        if (planned) return Modality.PLANNED;
        return Modality.ASSERTED;
    }

    /**
     * Whether {@code clause} carries a bare parenthetical of opinion: "Russia, I think, will attack", "Kenya backs the
     * plan, analysts believe" (a verb of {@link Cues#HYPOTHETICAL_ANCESTORS} with no object or clause of its own).
     */
    private static boolean opinionAside(SentenceGraph g, int clause) {
        for (Dependency d : g.children(clause)) {
            int v = d.dependent();
            if (!d.relation().equals("parataxis") || !g.token(v).isVerb()
                    || !Cues.HYPOTHETICAL_ANCESTORS.contains(g.lemma(v))) continue;
            boolean bare = true;
            for (Dependency c : g.children(v)) {
                String r = c.relation();
                if (r.equals("obj") || r.startsWith("ccomp") || r.startsWith("xcomp")) bare = false;
            }
            if (bare) return true;
        }
        return false;
    }

    /** Whether {@code verb}'s subject is a word of opinion: "my understanding is ...", "the consensus is that ...". */
    private static boolean opinionSubject(SentenceGraph g, int verb) {
        for (Dependency d : g.children(verb)) {
            if (d.relation().startsWith("nsubj") && g.token(d.dependent()).isNoun()
                    && Cues.HYPOTHETICAL_ANCESTORS.contains(g.lemma(d.dependent()))) return true;
        }
        return false;
    }

    private static final Set<String> THOUSANDS = Set.of("thousand", "thousands", "million", "millions", "billion",
            "billions", "lakh", "crore");

    /**
     * Whether {@code m} names civilians or people no dictionary codes, counted by the thousand or more: "2.8 million
     * Chinese tourists", "thousands of migrants", "12,000 residents". Such a count is a statistic, not a party.
     */
    static boolean countedPeople(SentenceGraph g, ActorMention m) {
        if (!m.code().endsWith("CVL") && !m.code().equals(ActorCoder.UNKNOWN_COUNTRY)) return false;
        int head = Participants.headOf(g, m);
        List<Integer> counts = new ArrayList<>();
        for (Dependency d : g.children(head)) if (d.relation().equals("nummod")) counts.add(d.dependent());
        // "thousands of Chinese tourists": the count is the head the people hang from
        if (g.headRelation(head).equals("nmod:of") && g.head(head) >= 0) counts.add(g.head(head));
        for (int c : counts) {
            if (THOUSANDS.contains(g.token(c).lowerWord())) return true;
            String digits = g.token(c).word().replace(",", "");
            if (digits.matches("\\d{4,}")) return true;
        }
        return false;
    }

    /** Whether {@code verb} is a verb of saying (or "read", of a statement) that names the one who says it. */
    private static boolean quoteAttribution(SentenceGraph g, int verb) {
        String lemma = g.lemma(verb);
        if (!Cues.ATTRIBUTION.contains(lemma) && !lemma.equals("read")) return false;
        for (Dependency d : g.children(verb)) {
            if (d.relation().startsWith("nsubj") || d.relation().equals("obj")) return true;
        }
        return false;
    }

    /** Whether {@code clause}, governed by {@code verb}, has a subject of its own or the verb's object for one. */
    private static boolean clauseOfAnother(SentenceGraph g, int verb, int clause) {
        for (Dependency d : g.children(clause)) {
            String r = d.relation();
            if (r.equals("nsubj") || r.equals("nsubj:pass")) return true;
        }
        return Participants.subjectIsObjectOf(g, clause, verb);
    }

    /**
     * Whether {@code verb}'s {@code relation} (its sayer, or "according to" whom) names commentators rather than
     * parties: analysts, experts, observers ({@link Participants#NOT_ACTING}). What they say happened, or will, is
     * their reading of events, so the act is hypothetical: "analysts said Beijing is building bases".
     */
    private static boolean byCommentators(SentenceGraph g, int verb, String relation) {
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals(relation) && commentator(g, d.dependent(), true)) return true;
        }
        return false;
    }

    /**
     * Whether every subject of {@code verb} is a bare word for commentators ("some American analysts"), not an
     * office that acts ("a UN human rights expert", named by its body) nor one of several doers ("police
     * investigators, forensic experts and prosecutors searched ...").
     */
    private static boolean onlyCommentators(SentenceGraph g, int verb) {
        boolean any = false;
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("nsubj")) continue;
            int s = d.dependent();
            if (!Participants.NOT_ACTING.contains(g.lemma(s))) return false;
            for (Dependency m : g.children(s)) {
                if (m.relation().equals("compound") && g.token(m.dependent()).isProperNoun()) return false;
            }
            any = true;
        }
        return any;
    }

    /** Academic titles: who holds one speaks as a commentator ("said Ann Lee, a professor at ..."). */
    private static final Set<String> ACADEMICS = Set.of("professor", "lecturer", "academic", "fellow");
    /** Where commentators work: "director of the Hudson Institute's Center for ...", "a fellow at the university". */
    private static final Set<String> ACADEMIES = Set.of("institute", "university", "college", "school", "center",
            "centre", "academy", "tank");

    /**
     * Whether {@code noun} names a commentator: an analyst, expert or observer ({@link Participants#NOT_ACTING}), an
     * academic, or (through its apposition, "Ann Lee, director of the Lowy Institute, said") one who speaks for a
     * think tank or a university.
     */
    private static boolean commentator(SentenceGraph g, int noun, boolean apposition) {
        String lemma = g.lemma(noun);
        if (Participants.NOT_ACTING.contains(lemma) || ACADEMICS.contains(lemma)) return true;
        if (!apposition) return false;
        for (Dependency d : g.children(noun)) {
            if (!d.relation().equals("appos")) continue;
            int a = d.dependent();
            if (commentator(g, a, false)) return true;
            // "director of the Hudson Institute's Center for ...": the phrase's nouns, two steps down
            for (Dependency n : g.children(a)) {
                if (!n.relation().startsWith("nmod")) continue;
                if (ACADEMIES.contains(g.lemma(n.dependent()))) return true;
                for (Dependency m : g.children(n.dependent())) {
                    if ((m.relation().startsWith("nmod") || m.relation().equals("compound"))
                            && ACADEMIES.contains(g.lemma(m.dependent()))) return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the clause {@code clause} that {@code saying} reports has the sayer for subject: "Iran said it would
     * free" (a pronoun, or the sayer's own head word) states an intent; "Kyiv said Russia would attack" predicts.
     */
    static boolean sayerActs(SentenceGraph g, int saying, int clause) {
        String sayer = null;
        for (Dependency d : g.children(saying)) {
            if (d.relation().startsWith("nsubj")) sayer = g.lemma(d.dependent());
        }
        for (Dependency d : g.children(clause)) {
            if (!d.relation().startsWith("nsubj")) continue;
            String subject = g.lemma(d.dependent());
            if (SAYER_PRONOUNS.contains(g.token(d.dependent()).lowerWord())) return true;
            return sayer != null && sayer.equals(subject);
        }
        return false;
    }

    private static final java.util.Set<String> SAYER_PRONOUNS = java.util.Set.of("it", "they", "he", "she", "we", "i");

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
}
