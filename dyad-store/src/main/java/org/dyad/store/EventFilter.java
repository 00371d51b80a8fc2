package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.core.model.Modality;

/**
 * Which stored events a question is about: the one filter {@code dyad events}, {@code series}, {@code export} and
 * every endpoint of {@code dyad serve} pass to the store, so the same values pick the same events everywhere.
 * Every field may be null (no condition). Actor codes match as prefixes, so {@code USA} takes USA, USAGOV and
 * USAMIL; CAMEO codes too, so {@code 13} takes every threat. Codes, types and modalities are brought to one case
 * here, once.
 *
 * @param from      first event date (inclusive)
 * @param to        last event date (inclusive)
 * @param dyad      a pair of actors, both directions or one, {@code *} for any actor
 * @param source    source actor code prefix
 * @param target    target actor code prefix
 * @param cameo     CAMEO code prefix ("19", "1312")
 * @param quadClass QuadClass 1 to 4
 * @param plover    PLOVER event type, any case
 * @param modality  asserted, negated, planned or hypothetical
 * @param text      words that must occur in the sentence, any case
 */
public record EventFilter(LocalDate from, LocalDate to, Dyad dyad, String source, String target, String cameo,
                          Integer quadClass, String plover, String modality, String text) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, null, null);

    public EventFilter {
        source = upper(source);
        target = upper(target);
        cameo = blankToNull(cameo);
        plover = upper(plover);
        text = blankToNull(text);
        modality = blankToNull(modality);
        if (modality != null) {
            modality = modality.toLowerCase(Locale.ROOT);
            String m = modality;
            if (Arrays.stream(Modality.values()).noneMatch(v -> v.label().equals(m))) {
                throw new IllegalArgumentException("'" + Dyad.clip(m) + "' is not a modality: asserted, negated, planned or hypothetical");
            }
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("QuadClass is 1 to 4, not " + quadClass);
        }
    }

    /** The events from {@code from} to {@code to}, inclusive; null for an open end. */
    public EventFilter withPeriod(LocalDate from, LocalDate to) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    public EventFilter withDyad(Dyad dyad) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    public EventFilter withActors(String source, String target) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    public EventFilter withCameo(String cameo) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    public EventFilter withQuadClass(Integer quadClass) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    public EventFilter withPlover(String plover) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    public EventFilter withModality(String modality) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    public EventFilter withText(String text) {
        return new EventFilter(from, to, dyad, source, target, cameo, quadClass, plover, modality, text);
    }

    /** The WHERE clause (or "") and its parameters, in order. */
    record Sql(String where, List<Object> parameters) {}

    /**
     * This filter as a WHERE clause over the {@code events} view. {@code always} are fixed conditions of the
     * question itself ("date IS NOT NULL"), written by Dyad, never from a request.
     */
    Sql toSql(String... always) {
        List<String> conditions = new ArrayList<>(Arrays.asList(always));
        List<Object> params = new ArrayList<>();
        if (from != null) { conditions.add("date >= CAST(? AS DATE)"); params.add(from.toString()); }
        if (to != null) { conditions.add("date <= CAST(? AS DATE)"); params.add(to.toString()); }
        if (dyad != null) conditions.add(dyad.condition(params));
        if (source != null) { conditions.add("starts_with(source, ?)"); params.add(source); }
        if (target != null) { conditions.add("starts_with(target, ?)"); params.add(target); }
        if (cameo != null) { conditions.add("starts_with(cameo, ?)"); params.add(cameo); }
        if (quadClass != null) { conditions.add("quad_class = ?"); params.add(quadClass); }
        if (plover != null) { conditions.add("upper(plover_type) = ?"); params.add(plover); }
        if (modality != null) { conditions.add("modality = ?"); params.add(modality); }
        if (text != null) { conditions.add("contains(lower(text), ?)"); params.add(text.toLowerCase(Locale.ROOT)); }
        return new Sql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static String upper(String s) {
        s = blankToNull(s);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
