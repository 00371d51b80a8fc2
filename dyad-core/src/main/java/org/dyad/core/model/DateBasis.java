package org.dyad.core.model;

import java.util.Locale;

/**
 * Where an event's date came from: a temporal expression in the sentence ({@code TEXT}), or the document date
 * ({@code DOCUMENT}). {@code BACKGROUND} is an act the text puts in the past without dating it ("Russia's
 * annexation of Crimea resulted in sanctions", "had attacked"): not a new event on the story's date, whose date is
 * only the latest it can have. {@code dyad code} leaves such events out unless asked for them.
 */
public enum DateBasis {
    TEXT, DOCUMENT, BACKGROUND;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
