package org.dyad.core.model;

import java.time.LocalDate;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.ontology.PloverType;

/**
 * One coded political event: who did what to whom, when, as the sentence says it, traceable to that sentence.
 *
 * @param doc       document id
 * @param sentence  0-based sentence index in the document
 * @param text      the sentence
 * @param spanBegin character offset of the sentence in the document text
 * @param spanEnd   character offset (exclusive)
 * @param source    who acts
 * @param target    on whom, or null
 * @param cameo     the CAMEO event code with its Goldstein score and QuadClass
 * @param plover    PLOVER type and mode
 * @param date      the date the event happened or is planned for
 * @param dateBasis whether the date came from the sentence or the document
 * @param datePrecision how much of the date the text gives: "day", "month" or "year" ("in 2014" → 2014-01-01, "year")
 * @param modality  asserted, negated, planned or hypothetical
 * @param location  where, or null
 */
public record Event(String doc, int sentence, String text, int spanBegin, int spanEnd,
                    Actor source, Actor target, CameoCode cameo, PloverType plover,
                    LocalDate date, DateBasis dateBasis, String datePrecision, Modality modality, Location location) {
}
