package org.dyad.core.dictionary.petrarch;

/** Why a construct cannot be mapped; caught where the line is known and reported. */
final class Unmappable extends RuntimeException {
    Unmappable(String reason) {
        super(reason, null, false, false);
    }
}
