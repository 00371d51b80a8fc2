package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which stored events a question is about. Every field may be null (no condition). Actor codes match as prefixes,
 * so {@code USA} takes USA, USAGOV and USAMIL; CAMEO codes too, so {@code 13} takes every threat.
 *
 * @param from     first event date (inclusive)
 * @param to       last event date (inclusive)
 * @param source   source actor code prefix
 * @param target   target actor code prefix
 * @param cameo    CAMEO code prefix
 * @param plover   PLOVER event type, any case
 * @param modality asserted, negated, planned or hypothetical
 * @param text     words that must occur in the sentence, any case
 */
public record EventFilter(LocalDate from, LocalDate to, String source, String target, String cameo, String plover,
                          String modality, String text) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null);

    /** The WHERE clause (or "") and its parameters, in order. */
    record Sql(String where, List<Object> parameters) {}

    Sql toSql() {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (from != null) { conditions.add("date >= CAST(? AS DATE)"); params.add(from.toString()); }
        if (to != null) { conditions.add("date <= CAST(? AS DATE)"); params.add(to.toString()); }
        if (source != null) { conditions.add("starts_with(source, ?)"); params.add(source.toUpperCase(Locale.ROOT)); }
        if (target != null) { conditions.add("starts_with(target, ?)"); params.add(target.toUpperCase(Locale.ROOT)); }
        if (cameo != null) { conditions.add("starts_with(cameo, ?)"); params.add(cameo); }
        if (plover != null) { conditions.add("upper(plover_type) = ?"); params.add(plover.toUpperCase(Locale.ROOT)); }
        if (modality != null) { conditions.add("modality = ?"); params.add(modality.toLowerCase(Locale.ROOT)); }
        if (text != null) { conditions.add("contains(lower(text), ?)"); params.add(text.toLowerCase(Locale.ROOT)); }
        return new Sql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }
}
