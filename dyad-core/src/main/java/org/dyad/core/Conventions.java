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
 * @param codebookParties   read the parties as the CAMEO and PLOVER codebooks do: a target no dictionary codes is
 *                          still a target (its words, code ---: "a court sentenced Dodik"), and a meeting,
 *                          negotiation, signed accord or cooperation is also the counterpart's act back ("X met
 *                          with Y" is Y meeting X too); PETRARCH's records code dictionary actors only and its
 *                          dictionaries state the acts they code both ways themselves (042:043); a refused act
 *                          ("will not lift the embargo") is coded as the refusal (12x), where PETRARCH's records
 *                          keep the negated act's code
 * @param background        also give the acts a sentence puts in the past without dating them ("Russia's annexation
 *                          of Crimea resulted in sanctions"), with date_basis {@code background}; in Dyad's convention
 *                          they are left out, since they are not new events on the story's date (PETRARCH codes them)
 * @param unasserted        also give the acts the sentence denies or only supposes (modality {@code negated} or
 *                          {@code hypothetical}: "did not attack", "analysts say Iran could retaliate"); in Dyad's
 *                          convention they are left out, since they did not happen (PETRARCH's records code them)
 */
public record Conventions(boolean countrylessAgents, boolean statements, boolean codebookParties, boolean background,
                          boolean unasserted) {
    public static final Conventions DYAD = new Conventions(false, false, true, false, false);
    public static final Conventions PETRARCH = new Conventions(true, true, false, true, true);

    /**
     * The option that would give an event these conventions leave out ({@code --unasserted} for a negated or
     * hypothetical act, {@code --background} for an undated past or only mentioned one), or null when it is given.
     * The one test of what `dyad code` gives; `dyad explain` names the option.
     */
    public String leftOutBy(org.dyad.core.model.Event e) {
        org.dyad.core.model.Modality m = e.modality();
        if (!unasserted && m != org.dyad.core.model.Modality.ASSERTED && m != org.dyad.core.model.Modality.PLANNED) {
            return "--unasserted";
        }
        if (!background && e.dateBasis() == org.dyad.core.model.DateBasis.BACKGROUND) return "--background";
        return null;
    }
}
