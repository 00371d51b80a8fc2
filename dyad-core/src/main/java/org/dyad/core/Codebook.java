package org.dyad.core;

import org.dyad.core.coder.ActorCoder;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.coder.EventTypeModel;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.petrarch.DiscardList;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;

/**
 * Everything the coder looks words and codes up in: actor and verb dictionaries, the CAMEO catalogue and the
 * CAMEO→PLOVER mapping, and the gazetteer that places events. Immutable; one instance serves every thread.
 *
 * @param conventions how the coder reads what Dyad and PETRARCH read differently ({@link Conventions#DYAD} unless a
 *                    user asks for PETRARCH's)
 * @param arbiter     the event-type model for sentences whose main verb no pattern codes, or null (lexicon only)
 */
public record Codebook(ActorDictionary actors, VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover,
                       Gazetteer places, DiscardList discards, Conventions conventions, EventTypeModel arbiter) {
    /** A codebook that codes by its lexicon only. */
    public Codebook(ActorDictionary actors, VerbDictionary verbs, CameoCatalog cameo, PloverMapping plover,
                    Gazetteer places, DiscardList discards, Conventions conventions) {
        this(actors, verbs, cameo, plover, places, discards, conventions, null);
    }

    /** Every code a verb pattern gives must be a CAMEO code we can score: checked once, at load, not per event. */
    public Codebook {
        for (VerbPattern p : verbs.all()) {
            for (String code : new String[] {p.code(), p.plannedCode()}) {
                if (code != null && !code.equals(VerbPattern.NO_EVENT) && cameo.find(code).isEmpty()) {
                    throw new DictionaryFormatException(p.origin(), "code", "'" + code + "' is not in the CAMEO catalogue");
                }
            }
        }
    }

    /**
     * The built-in dictionaries in Dyad's conventions, coding by the lexicon only: the event-type model is off by
     * default (docs/ACCURACY.md says why); {@code with(EventTypeModel.builtIn())} turns it on.
     */
    public static Codebook builtIn() {
        return new Codebook(ActorDictionary.builtIn(), VerbDictionary.builtIn(), CameoCatalog.builtIn(),
                PloverMapping.builtIn(), Gazetteer.builtIn(), DiscardList.empty(), Conventions.DYAD, null);
    }

    /** This codebook with other actor and verb dictionaries and discards (a PETRARCH user's own, say). */
    public Codebook with(ActorDictionary actors, VerbDictionary verbs, DiscardList discards) {
        return new Codebook(actors, verbs, cameo, plover, places, discards, conventions, arbiter);
    }

    /** This codebook read in other conventions (PETRARCH's, say). */
    public Codebook with(Conventions other) {
        return new Codebook(actors, verbs, cameo, plover, places, discards, other, arbiter);
    }

    /** This codebook with another event-type model (null: code by the lexicon only). */
    public Codebook with(EventTypeModel other) {
        return new Codebook(actors, verbs, cameo, plover, places, discards, conventions, other);
    }

    /** The actor coder of these dictionaries, in these conventions. */
    public ActorCoder actorCoder() {
        // PETRARCH codes a role word's country from the dictionaries alone ("students in Moscow" is ---EDU there).
        return new ActorCoder(actors, conventions.countrylessAgents(), conventions.countrylessAgents() ? null : places);
    }

    /** The event coder of these dictionaries and catalogues, in these conventions. */
    public EventCoder eventCoder() {
        return new EventCoder(verbs, cameo, plover, places, conventions.statements(), conventions.codebookParties(),
                arbiter);
    }
}
