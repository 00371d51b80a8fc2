package org.dyad.core.dictionary;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.model.Token;

/**
 * Places that news names as where an event happens: national capitals and the cities, towns and regions of
 * political news, each with its country and coordinates. Immutable and safe to share between threads.
 *
 * <p>Names are matched on the same compact form as actor phrases (lower case, spaces and hyphens removed), so
 * "Port-au-Prince" and "Port au Prince" are one name; but the first token must be capitalised, because a place
 * name in lower case ("lima beans", "a nice day") is almost never the place.
 */
public final class Gazetteer {
    static final String PLACES = ActorDictionary.DICT + "places.tsv";

    /** A place name found in a sentence: tokens {@code begin} (inclusive) to {@code end} (exclusive). */
    public record PlaceMatch(Place place, int begin, int end) {
        public int length() {
            return end - begin;
        }
    }

    private final Map<String, Place> byCompactName;
    private final List<Place> places;
    private final int longestNameTokens;

    private Gazetteer(Map<String, Place> byCompactName, List<Place> places, int longestNameTokens) {
        this.byCompactName = Map.copyOf(byCompactName);
        this.places = List.copyOf(places);
        this.longestNameTokens = longestNameTokens;
    }

    /** The gazetteer that ships with Dyad (places.tsv), read once on first use. */
    public static Gazetteer builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final Gazetteer BUILT_IN = of(TsvLines.readResource(PLACES, 5));
    }

    /** Reads a gazetteer in the places.tsv format; {@code name} is the file name error messages report. */
    static Gazetteer read(String name, InputStream in) {
        return of(TsvLines.read(name, in, 5));
    }

    private static Gazetteer of(List<TsvLines.Row> rows) {
        Map<String, Place> index = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<Place> places = new ArrayList<>();
        int longest = 1;
        for (TsvLines.Row row : rows) {
            List<String> names = row.phrases(0);
            if (names.isEmpty()) throw row.error("names", "no name");
            String country = row.column(1);
            if (!country.matches("[A-Z]{3}")) throw row.error("country", "not an ISO-3 country code: '" + country + "'");
            double lat = degrees(row, 2, "lat", 90);
            double lon = degrees(row, 3, "lon", 180);
            String kind = row.column(4);
            if (!Place.KINDS.contains(kind)) {
                throw row.error("kind", "expected capital, city or region, found '" + kind + "'");
            }
            Place place = new Place(names.get(0), country, lat, lon, kind);
            places.add(place);
            for (String n : names) {
                String key = ActorDictionary.compact(n);
                Integer earlier = lineOf.putIfAbsent(key, row.line());
                // One name, one place: a second row would make the location depend on file order.
                if (earlier != null && earlier != row.line()) {
                    throw row.error("names", "'" + n + "' already names " + index.get(key).name() + " (line " + earlier + ")");
                }
                index.put(key, place);
                // CoreNLP splits "St." and "Cox's" into more tokens than the spaces show; allow two extra.
                longest = Math.max(longest, n.split("[\\s\\-]+").length + 2);
            }
        }
        return new Gazetteer(index, places, longest);
    }

    private static double degrees(TsvLines.Row row, int col, String name, double limit) {
        double d;
        try {
            d = Double.parseDouble(row.column(col));
        } catch (NumberFormatException e) {
            throw row.error(name, "not a number of degrees: '" + row.column(col) + "'");
        }
        if (Double.isNaN(d) || d < -limit || d > limit) {
            throw row.error(name, "outside -" + (int) limit + ".." + (int) limit + ": " + row.column(col));
        }
        return d;
    }

    /**
     * The longest place name that starts at token {@code index}, or empty when none does or the token is not
     * capitalised. "Gaza City" is one match of two tokens; "Kiev" finds Kyiv.
     */
    public Optional<PlaceMatch> at(List<Token> tokens, int index) {
        if (index < 0 || index >= tokens.size() || !capitalised(tokens.get(index).word())) return Optional.empty();
        PlaceMatch best = null;
        StringBuilder key = new StringBuilder();
        int last = Math.min(tokens.size(), index + longestNameTokens);
        for (int end = index + 1; end <= last; end++) {
            key.append(ActorDictionary.compact(tokens.get(end - 1).word()));
            Place p = byCompactName.get(key.toString());
            if (p != null) best = new PlaceMatch(p, index, end);
        }
        return Optional.ofNullable(best);
    }

    /** The place a name stands for, in any of its spellings and any case ("kiev" finds Kyiv). */
    public Optional<Place> find(String name) {
        return Optional.ofNullable(byCompactName.get(ActorDictionary.compact(name)));
    }

    /** Every place, in file order. */
    public List<Place> places() {
        return places;
    }

    public int size() {
        return places.size();
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
