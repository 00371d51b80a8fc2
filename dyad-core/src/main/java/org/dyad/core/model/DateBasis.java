package org.dyad.core.model;

import java.util.Locale;

/** Where an event's date came from: a temporal expression in the sentence, or the document date. */
public enum DateBasis {
    TEXT, DOCUMENT;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
