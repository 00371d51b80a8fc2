package org.dyad.core.geo;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * One gazetteer entry: a country, a first-level division or a populated place.
 *
 * @param geonameid     GeoNames id, or 0 when the entry was built by Dyad (a country or division whose row the
 *                      loaded tables do not have)
 * @param name          the name GeoNames gives it
 * @param lat           latitude, decimal degrees
 * @param lon           longitude, decimal degrees
 * @param featureClass  GeoNames feature class: 'A' (country, division) or 'P' (populated place)
 * @param featureCode   GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL...
 * @param country       ISO 3166-1 alpha-2 code, upper case
 * @param admin1        the first-level division's code within the country ("TX"), or "" when none
 * @param admin1Name    that division's name ("Texas"), or null
 * @param population    people, 0 when unknown
 */
public record GeoPlace(int geonameid, String name, double lat, double lon, char featureClass, String featureCode,
                       String country, String admin1, String admin1Name, long population) {

    public boolean isCountry() {
        return featureCode.startsWith("PCL") || featureCode.equals("TERR");
    }

    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    /** ISO 3166-1 alpha-3 of the country, which is also its CAMEO code (XKX for Kosovo). */
    public String country3() {
        return iso3(country);
    }

    /** The GeoNames id, or null when Dyad made the entry itself. */
    public Integer geonameidOrNull() {
        return geonameid == 0 ? null : geonameid;
    }

    static String iso3(String iso2) {
        if (iso2 == null || iso2.isEmpty()) return null;
        if (iso2.equals("XK")) return "XKX";
        try {
            String s = new Locale("", iso2).getISO3Country();
            return s.isEmpty() ? null : s;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Great-circle distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
