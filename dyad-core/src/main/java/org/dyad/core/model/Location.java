package org.dyad.core.model;

/** A place named in the sentence as where the event happens. Coordinates may be null. */
public record Location(String name, String country, Double lat, Double lon) {
}
