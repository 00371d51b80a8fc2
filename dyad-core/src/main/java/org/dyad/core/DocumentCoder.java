package org.dyad.core;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.annotate.Annotator;
import org.dyad.core.annotate.SentenceSelector;
import org.dyad.core.coder.ActorCoder;
import org.dyad.core.coder.ActorMention;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dictionary.petrarch.DiscardList;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Token;

/**
 * The whole pipeline for one document: annotate, find actors, code events. Thread-safe: documents are coded
 * in isolation, so one bad document never stops the others.
 *
 * <p>Coding stops between sentences when the coding thread is interrupted ({@link Cancellation}).
 *
 * <p>Only sentences that name an actor and contain an event word get the dependency parse and temporal
 * expressions; the others are tokenized and tagged only. See docs/BENCHMARKS.md for what that saves.
 */
public final class DocumentCoder {
    /** Sentences longer than this are reported and not parsed: the parser's cost grows fast, and they are rarely prose. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;

    private final Annotator annotator;
    private final ActorCoder actorCoder;
    /** Reads bare role words too ("a court": ---JUD), for uncoded parties; null when the conventions take none. */
    private final ActorCoder roleCoder;
    private final EventCoder eventCoder;
    private final int maxSentenceTokens;
    private final boolean parseAll;
    private final DiscardList discards;
    private final org.dyad.core.geo.EventPlaces places;
    private final Conventions conventions;
    /** Story-level coreference and titled names (Coreference); off under PETRARCH's one-sentence conventions. */
    private final boolean coreference;

    public DocumentCoder(Annotator annotator, Codebook codebook) {
        this(annotator, codebook, DEFAULT_MAX_SENTENCE_TOKENS, false);
    }

    /**
     * @param parseAll parse every sentence, not only those that can yield an event: slower, and the same events;
     *                 kept so that benchmarks can show what the selection saves and that it loses nothing
     */
    public DocumentCoder(Annotator annotator, Codebook codebook, int maxSentenceTokens, boolean parseAll) {
        this.annotator = annotator;
        this.actorCoder = codebook.actorCoder();
        this.roleCoder = codebook.conventions().codebookParties() ? new ActorCoder(codebook.actors(), true) : null;
        this.eventCoder = codebook.eventCoder();
        this.places = org.dyad.core.geo.GeoNames.shared()
                .map(g -> new org.dyad.core.geo.EventPlaces(new org.dyad.core.geo.GeoParser(g))).orElse(null);
        this.maxSentenceTokens = maxSentenceTokens;
        this.parseAll = parseAll;
        this.discards = codebook.discards();
        this.conventions = codebook.conventions();
        this.coreference = !codebook.conventions().countrylessAgents();
    }

    /** The events of one document, with counts and the warnings met on the way. */
    public record Result(Document document, int sentences, int parsedSentences, List<Event> events,
                         List<String> warnings) {}

    /**
     * Whether a sentence can yield an event: short enough, a verb or event noun, and an actor; where uncoded parties
     * count (Dyad's conventions), a role word or a proper name no dictionary codes may be the actor too ("The Civic
     * Liberties League sued ...", "a court convicted ...").
     */
    public SentenceSelector selector() {
        return tokens -> tokens.size() <= maxSentenceTokens && (parseAll || eventCoder.hasEventWord(tokens)
                && (actorCoder.mentionsAnActor(tokens) || roleCoder != null && mayNameAParty(tokens))
                && !discarded(tokens));
    }

    /**
     * A proper noun, or a role word of the dictionaries, before the sentence's first verb: a subject an uncoded
     * source can be read from ("The Civic Liberties League sued ..."). Only the words before the verb are asked,
     * since a subject comes first in news prose and each parse costs (docs/BENCHMARKS.md).
     */
    private boolean mayNameAParty(List<Token> tokens) {
        int verb = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).pos().startsWith("VB")) {
                verb = i;
                break;
            }
        }
        List<Token> before = tokens.subList(0, verb);
        for (Token t : before) if (t.isProperNoun() && t.word().length() > 1) return true;
        return roleCoder.mentionsAnActor(before);
    }

    /**
     * The selector for one story, read in order: as {@link #selector()}, and also a sentence whose only actor is a
     * pronoun or description standing for an earlier actor ("He accused the rebels"), or a titled name. Stateful:
     * one per document.
     */
    public SentenceSelector selector(java.time.LocalDate date) {
        SentenceSelector plain = selector();
        if (!coreference) return plain;
        org.dyad.core.coder.Coreference story = org.dyad.core.coder.Coreference.forSelection(actorCoder);
        return tokens -> {
            List<ActorMention> mentions = story.next(tokens, actorCoder.mentions(tokens, date));
            if (plain.needsParse(tokens)) return true;
            return tokens.size() <= maxSentenceTokens && !mentions.isEmpty() && eventCoder.hasEventWord(tokens)
                    && !discarded(tokens);
        };
    }

    private boolean discarded(List<Token> tokens) {
        return discards.size() > 0 && discards.discards(lowerWords(tokens));
    }

    private static List<String> lowerWords(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) words.add(t.lowerWord());
        return words;
    }

    public Result code(Document document) {
        List<AnnotatedSentence> sentences = annotator.annotate(document, selector(document.date()));
        if (discards.size() > 0) {
            // A story-level discard phrase ("+" in a PETRARCH discard file: sports, weather) drops the whole story.
            List<String> all = new ArrayList<>();
            for (AnnotatedSentence s : sentences) all.addAll(lowerWords(s.tokens()));
            if (discards.discardsStory(all)) {
                return new Result(document, sentences.size(), 0, List.of(), List.of());
            }
        }
        List<Event> events = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!English.looksEnglish(document.text())) {
            // Once per document: the dictionaries and the parser are English only, so no events is no news here.
            warnings.add(document.origin() + ": the text does not look like English; Dyad codes English only,"
                    + " so its events are likely missing");
        }
        int parsed = 0;
        // Each sentence's mentions once: the story's only country needs them all before the first is resolved.
        List<List<ActorMention>> all = new ArrayList<>(sentences.size());
        if (coreference) for (AnnotatedSentence s : sentences) all.add(actorCoder.mentions(s.tokens(), document.date()));
        org.dyad.core.coder.Coreference story = coreference ? new org.dyad.core.coder.Coreference(actorCoder,
                org.dyad.core.coder.Coreference.singleCountry(all)) : null;
        int index = 0;
        for (AnnotatedSentence s : sentences) {
            List<ActorMention> found = story == null ? null : story.next(s.tokens(), all.get(index++));
            Cancellation.check();
            if (s.tokens().size() > maxSentenceTokens) {
                warnings.add(document.origin() + ": sentence " + s.index() + " has " + s.tokens().size()
                        + " tokens (limit " + maxSentenceTokens + "); not coded");
                continue;
            }
            if (!s.isParsed() || (parseAll && discarded(s.tokens()))) continue;
            parsed++;
            List<ActorMention> mentions = found != null ? found : actorCoder.mentions(s.tokens(), document.date());
            List<ActorMention> roles = new ArrayList<>();
            if (roleCoder != null) {
                for (ActorMention r : roleCoder.mentions(s.tokens(), document.date())) {
                    if (r.code().startsWith(ActorCoder.UNKNOWN_COUNTRY)) roles.add(r);
                }
            }
            for (Event e : eventCoder.code(document.id(), document.date(), s, mentions, roles)) {
                // An undated past act is background to the story, not a new event on its date; a denied or supposed
                // act did not happen (Conventions).
                if (conventions.leftOutBy(e) == null) events.add(e);
            }
        }
        // Where each event happened, from the GeoNames gazetteer when it is installed (docs/GEO.md).
        if (places != null) events = places.locate(document.text(), sentences, events);
        return new Result(document, sentences.size(), parsed, events, warnings);
    }

    /**
     * A fresh coreference for a story's sentences (null under PETRARCH's conventions), knowing the story's only
     * country; feed it every sentence in order with {@link org.dyad.core.coder.Coreference#next}.
     */
    public org.dyad.core.coder.Coreference story(List<AnnotatedSentence> sentences, java.time.LocalDate date) {
        if (!coreference) return null;
        List<List<ActorMention>> all = new ArrayList<>(sentences.size());
        for (AnnotatedSentence s : sentences) all.add(actorCoder.mentions(s.tokens(), date));
        return new org.dyad.core.coder.Coreference(actorCoder, org.dyad.core.coder.Coreference.singleCountry(all));
    }

    /** Actor mentions of a token list on the document's date; exposed for tools that list who is named. */
    public List<ActorMention> mentions(List<Token> tokens, java.time.LocalDate date) {
        return actorCoder.mentions(tokens, date);
    }
}
