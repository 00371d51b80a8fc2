package org.dyad.core.model;

/**
 * A temporal expression found in a sentence and normalised against the document date.
 *
 * @param beginToken first token index (inclusive)
 * @param endToken   last token index (exclusive)
 * @param text       the expression as written, e.g. "Jan. 10"
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value      TIMEX3 value, e.g. "2022-01-10", "2014", "2021-12-27TNI", "P2M"
 */
public record Timex(int beginToken, int endToken, String text, String type, String value) {
}
