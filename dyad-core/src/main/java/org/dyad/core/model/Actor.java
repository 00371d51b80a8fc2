package org.dyad.core.model;

/**
 * A coded actor as it appears in an event.
 *
 * @param code CAMEO actor code: country ISO-3 plus role codes ("RUSGOV", "UKRMIL") or an IGO/NGO code ("IGOWSTNAT")
 * @param text the words of the sentence it was coded from ("Russian officials")
 */
public record Actor(String code, String text) {
}
