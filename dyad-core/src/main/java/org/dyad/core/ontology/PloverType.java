package org.dyad.core.ontology;

/**
 * A PLOVER event type with its mode, as the CAMEO→PLOVER table gives them.
 *
 * @param type e.g. "THREATEN", "CONSULT"
 * @param mode e.g. "restrict" (1312, threaten with sanctions) or "visit" (043), or null where the table gives none
 */
public record PloverType(String type, String mode) {
}
