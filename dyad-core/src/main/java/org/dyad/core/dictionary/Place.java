package org.dyad.core.dictionary;

import java.util.Set;
import org.dyad.core.model.Location;

/**
 * A place of the gazetteer: where an event can happen.
 *
 * @param name    the English name Dyad reports ("Kyiv", even when the text wrote "Kiev")
 * @param country ISO-3 code of the state the place belongs to, as countries.tsv writes states
 * @param lat     latitude, decimal degrees, north positive
 * @param lon     longitude, decimal degrees, east positive
 * @param kind    {@code capital} (national capital or seat of government), {@code city} or {@code region}
 */
public record Place(String name, String country, double lat, double lon, String kind) {
    public static final String CAPITAL = "capital";
    public static final String CITY = "city";
    public static final String REGION = "region";
    static final Set<String> KINDS = Set.of(CAPITAL, CITY, REGION);

    public boolean isCapital() {
        return CAPITAL.equals(kind);
    }

    /** The event's {@code location} field. */
    public Location toLocation() {
        return new Location(name, country, lat, lon);
    }
}
