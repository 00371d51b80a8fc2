package org.dyad.core.model;

/**
 * Where an event took place. Coordinates may be null.
 *
 * @param name       the place's name
 * @param country    ISO 3166-1 alpha-3 (also the CAMEO country code)
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param geonameid  GeoNames id when the GeoNames gazetteer resolved it, else null
 * @param admin1     first-level division's name ("Maine"), or null
 * @param admin1Code that division's GeoNames code within the country ("ME"; for most countries a FIPS 10-4 division
 *                   code, e.g. "48" for Moscow), or null
 * @param feature    GeoNames feature code (PPLA, ADM1, PCLI...), or null
 * @param basis      why this place: "clause" (the act's own location phrase), "target" (the act's target is the
 *                   place) or "dateline"; null for a location found without the GeoNames gazetteer
 */
public record Location(String name, String country, Double lat, Double lon, Integer geonameid, String admin1,
                       String admin1Code, String feature, String basis) {
    /** A location from Dyad's built-in gazetteer, without GeoNames fields. */
    public Location(String name, String country, Double lat, Double lon) {
        this(name, country, lat, lon, null, null, null, null, null);
    }
}
