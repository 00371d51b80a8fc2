package org.dyad.core;

/**
 * Where the coder reads a sentence differently for Dyad's users and for PETRARCH's. Dyad's own convention codes what
 * a researcher can use; PETRARCH's reproduces what its dictionaries and validation records assume.
 *
 * @param countrylessAgents code a role word that names no country as an actor of unknown country ("a senior
 *                          official" → {@code ---GOV}, and as an adjective before a common noun, "the official
 *                          news agency"); in Dyad's convention such a word is no actor, since an event
 *                          with an unknown party says little to a researcher
 * @param statements        code a verb of saying also as a statement of its own: CAMEO's generic 010 where no
 *                          dictionary line covers the verb, else the line's code when a noun phrase follows it ("...,
 *                          a senior official said on Saturday": the official → nobody), as PETRARCH does; in Dyad's
 *                          convention it is attribution only, or every quoted sentence would gain an event (the
 *                          specific statements, 012-019, are coded either way)
 */
public record Conventions(boolean countrylessAgents, boolean statements) {
    public static final Conventions DYAD = new Conventions(false, false);
    public static final Conventions PETRARCH = new Conventions(true, true);
}
