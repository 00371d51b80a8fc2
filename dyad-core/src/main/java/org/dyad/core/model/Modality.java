package org.dyad.core.model;

import java.util.Locale;

/** What the sentence says of the event: that it happened, did not, is planned, or might happen. */
public enum Modality {
    ASSERTED, NEGATED, PLANNED, HYPOTHETICAL;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
