/**
 * Accuracy against a gold standard: {@code dyad evaluate}.
 *
 * <p>{@link org.dyad.io.eval.GoldStandard} reads gold records in any of the formats researchers keep them in (the
 * common format of Dyad's development sets, PLOVER gold-standard records, PETRARCH validation XML);
 * {@link org.dyad.io.eval.CodedEvent} is the part of an event that is scored, from Dyad's JSONL output or from an
 * {@link org.dyad.core.model.Event}; {@link org.dyad.io.eval.Scorer} computes label recall, full recall, precision,
 * F1 and false alarms exactly as {@code shared/eval/score.py} defines them, into a {@link org.dyad.io.eval.Score}.
 * Nothing here needs CoreNLP.
 */
package org.dyad.io.eval;
