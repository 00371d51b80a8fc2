package org.dyad.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GeoNames gazetteer in memory: countries, first-level divisions and populated places, looked up by any of
 * their names. Immutable and safe to share between threads once loaded.
 *
 * <p>Reads a folder holding either what {@code scripts/fetch-geonames} brings ({@code cities1000.txt} and
 * {@code admin1.json}) or a user's GeoNames dump ({@code allCountries.txt} or {@code cities500.txt}, with
 * {@code admin1CodesASCII.txt}). Country names and adjectives come from Dyad's own countries.tsv; countries and
 * divisions that the tables have no row for get a point from country-centres.tsv or the middle of their towns.
 * Data: GeoNames, CC BY 4.0 (NOTICE).
 */
public final class GeoNames {
    /** Environment variable naming the folder; the default is ~/.cache/dyad/geonames. */
    public static final String ENV = "DYAD_GEONAMES";

    private static final String COUNTRIES = "/org/dyad/core/dict/countries.tsv";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String CENTRES = "/org/dyad/core/geo/country-centres.tsv";

    private final List<GeoPlace> places;
    private final Map<String, int[]> byName;
    private final Map<String, GeoPlace> countries;
    private final Map<String, GeoPlace> admin1s;
    private final Map<String, String> adjectives;
    private final Map<String, String> stateAbbreviations;
    private final int longestName;
    private final String source;

    private GeoNames(Builder b, String source) {
        this.places = List.copyOf(b.places);
        this.byName = b.byName;
        this.countries = Map.copyOf(b.countries);
        this.admin1s = Map.copyOf(b.admin1s);
        this.adjectives = Map.copyOf(b.adjectives);
        this.stateAbbreviations = Map.copyOf(b.abbreviations);
        this.longestName = b.longest;
        this.source = source;
    }

    /** The folder Dyad reads when no --geonames is given: $DYAD_GEONAMES, else ~/.cache/dyad/geonames. */
    public static Path defaultDir() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".cache", "dyad", "geonames");
    }

    /** Whether {@code dir} holds a table this class can read. */
    public static boolean present(Path dir) {
        return placesFile(dir) != null;
    }

    private static volatile Optional<GeoNames> shared;

    /**
     * The gazetteer in {@link #defaultDir()}, loaded once per process; empty when the folder holds none (run
     * scripts/fetch-geonames).
     */
    public static Optional<GeoNames> shared() {
        Optional<GeoNames> s = shared;
        if (s == null) {
            synchronized (GeoNames.class) {
                s = shared;
                if (s == null) {
                    Path dir = defaultDir();
                    try {
                        s = present(dir) ? Optional.of(load(dir)) : Optional.empty();
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading GeoNames in " + dir, e);
                    }
                    shared = s;
                }
            }
        }
        return s;
    }

    /** Makes {@code g} the process' shared gazetteer (a --geonames folder). */
    public static synchronized void share(GeoNames g) {
        shared = Optional.of(g);
    }

    private static Path placesFile(Path dir) {
        for (String f : List.of("allCountries.txt", "cities500.txt", "cities1000.txt")) {
            Path p = dir.resolve(f);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** Reads the folder; fails with a message naming what is missing. */
    public static GeoNames load(Path dir) throws IOException {
        Path placesFile = placesFile(dir);
        if (placesFile == null) {
            throw new IOException("no allCountries.txt, cities500.txt or cities1000.txt in " + dir
                    + " (run scripts/fetch-geonames, or give a GeoNames dump)");
        }
        Builder b = new Builder();
        b.readAdmin1Names(dir);
        b.readPlaces(placesFile, placesFile.getFileName().toString().equals("allCountries.txt"));
        b.addCountries();
        b.addAdmin1s();
        b.addAdmin2s(dir);
        b.indexCities();
        return new GeoNames(b, placesFile.toString());
    }

    // ---- lookups ---------------------------------------------------------------------------------------------

    /** Every entry a name may stand for (any spelling GeoNames lists, any case), in no particular order. */
    public List<GeoPlace> candidates(String name) {
        int[] ids = byName.get(key(name));
        if (ids == null) return List.of();
        List<GeoPlace> out = new ArrayList<>(ids.length);
        for (int id : ids) out.add(places.get(id));
        return out;
    }

    /** Whether some entry has this name. */
    public boolean has(String name) {
        return byName.containsKey(key(name));
    }

    /** The country an adjective or demonym names ("Russian", "Georgians"), or empty. */
    public Optional<GeoPlace> countryOfAdjective(String word) {
        String iso2 = adjectives.get(key(word));
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2));
    }

    /** A US state from a postal or AP abbreviation ("Ore.", "OR", "Calif."), for "Portland, Ore." only. */
    public Optional<GeoPlace> stateOfAbbreviation(String abbreviation) {
        String code = stateAbbreviations.get(abbreviation.replace(" ", ""));
        return code == null ? Optional.empty() : Optional.ofNullable(admin1s.get("US." + code));
    }

    public Optional<GeoPlace> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    public Optional<GeoPlace> admin1(String country, String code) {
        return Optional.ofNullable(admin1s.get(country + "." + code));
    }

    /** The most tokens a name may span in text (with room for CoreNLP splitting "St." and "'s"). */
    public int longestName() {
        return longestName;
    }

    public int size() {
        return places.size();
    }

    public int names() {
        return byName.size();
    }

    /** The file the places came from. */
    public String source() {
        return source;
    }

    /**
     * The form names are compared in: accents stripped, lower case, hyphens as spaces, periods and apostrophes
     * dropped ("St. Louis" = "st louis", "Port-au-Prince" = "port au prince", "U.S." = "us").
     */
    public static String key(String name) {
        String s = name;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) { ascii = false; break; }
        if (!ascii) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '`') continue;
            if (c == '-' || c == '\u2010' || c == '\u2013' || Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    private static final class Builder {
        final List<GeoPlace> places = new ArrayList<>();
        final Map<String, int[]> byName = new HashMap<>(1 << 20);
        final Map<String, GeoPlace> countries = new HashMap<>();
        final Map<String, GeoPlace> admin1s = new HashMap<>();
        final Map<String, String> adjectives = new HashMap<>();
        final Map<String, String> abbreviations = new HashMap<>();
        final Map<String, String[]> admin1Names = new HashMap<>(); // "US.TX" -> {name, geonameid or null}
        final Map<String, GeoPlace> countryRows = new HashMap<>();
        final Map<String, GeoPlace> admin1Rows = new HashMap<>();
        final Map<String, double[]> townsOf = new HashMap<>(); // country or "CC.A1" -> lats..., lons... (packed)
        final Map<String, Integer> townCount = new HashMap<>();
        final Map<String, Long> populationOf = new HashMap<>();
        final List<String[]> cityNames = new ArrayList<>(); // parallel to places while reading: alternate names
        int longest = 1;

        void readAdmin1Names(Path dir) throws IOException {
            Path ascii = dir.resolve("admin1CodesASCII.txt");
            Path json = dir.resolve("admin1.json");
            if (Files.isRegularFile(ascii)) {
                for (String line : Files.readAllLines(ascii, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length >= 4) admin1Names.put(f[0], new String[] {f[1], f[3]});
                }
            } else if (Files.isRegularFile(json)) {
                String text = Files.readString(json, StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("\\{\"code\":\"((?:[^\"\\\\]|\\\\.)*)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}").matcher(text);
                while (m.find()) admin1Names.put(unescape(m.group(1)), new String[] {unescape(m.group(2)), null});
            }
        }

        void readPlaces(Path file, boolean allCountries) throws IOException {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    if (f.length < 15) continue;
                    char fclass = f[6].isEmpty() ? ' ' : f[6].charAt(0);
                    String fcode = f[7];
                    String cc = f[8];
                    long pop = parseLong(f[14]);
                    double lat = Double.parseDouble(f[4]);
                    double lon = Double.parseDouble(f[5]);
                    int id = (int) parseLong(f[0]);
                    if (fclass == 'A' && (fcode.startsWith("PCL") || fcode.equals("TERR"))) {
                        countryRows.putIfAbsent(cc, new GeoPlace(id, f[1], lat, lon, 'A', fcode, cc, "", null, pop));
                        continue;
                    }
                    if (fclass == 'A' && fcode.equals("ADM1")) {
                        admin1Rows.putIfAbsent(cc + "." + f[10], new GeoPlace(id, f[1], lat, lon, 'A', fcode, cc, f[10], f[1], pop));
                        continue;
                    }
                    if (fclass != 'P') continue;
                    // A full dump has millions of hamlets: keep what cities1000 would, plus seats of government.
                    if (allCountries && pop < 1000 && !fcode.startsWith("PPLA") && !fcode.equals("PPLC")) continue;
                    if (fcode.equals("PPLH") || fcode.equals("PPLQ") || fcode.equals("PPLW")) continue;
                    String a1 = f[10];
                    String[] a1Name = admin1Names.get(cc + "." + a1);
                    places.add(new GeoPlace(id, f[1], lat, lon, 'P', fcode, cc, a1, a1Name == null ? null : a1Name[0], pop));
                    cityNames.add(new String[] {f[1], f[2], f[3]});
                    town(cc, lat, lon, pop);
                    if (!a1.isEmpty()) town(cc + "." + a1, lat, lon, pop);
                    if (!a1.isEmpty() && !f[11].isEmpty()) town(cc + "." + a1 + "." + f[11], lat, lon, pop);
                }
            }
        }

        private void town(String key, double lat, double lon, long pop) {
            int n = townCount.getOrDefault(key, 0);
            double[] a = townsOf.get(key);
            if (a == null || a.length < 2 * (n + 1)) {
                a = a == null ? new double[16] : Arrays.copyOf(a, a.length * 2);
                townsOf.put(key, a);
            }
            a[2 * n] = lat;
            a[2 * n + 1] = lon;
            townCount.put(key, n + 1);
            populationOf.merge(key, pop, Long::sum);
        }

        /** The middle of the towns' extent, leaving out the outer 2% each way (far islands, exclaves). */
        private double[] middle(String key) {
            Integer n = townCount.get(key);
            if (n == null || n == 0) return null;
            double[] a = townsOf.get(key);
            double[] lats = new double[n];
            double[] lons = new double[n];
            for (int i = 0; i < n; i++) {
                lats[i] = a[2 * i];
                lons[i] = a[2 * i + 1];
            }
            Arrays.sort(lats);
            Arrays.sort(lons);
            int lo = (int) Math.floor(n * 0.02);
            int hi = Math.max(lo, (int) Math.ceil(n * 0.98) - 1);
            return new double[] {(lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2};
        }

        void addCountries() throws IOException {
            Map<String, double[]> centres = new HashMap<>();
            for (String line : resourceLines(CENTRES)) {
                String[] f = line.split("\t");
                centres.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
            Map<String, String> iso2Of = new HashMap<>();
            for (String iso2 : Locale.getISOCountries()) iso2Of.put(new Locale("", iso2).getISO3Country(), iso2);
            iso2Of.put("XKX", "XK");
            Map<String, String> admin1Keys = new HashMap<>();
            for (Map.Entry<String, String[]> e : admin1Names.entrySet()) admin1Keys.put(key(e.getValue()[0]), e.getKey());
            for (String line : resourceLines(COUNTRIES)) {
                String[] f = line.split("\t", -1);
                String iso2 = iso2Of.get(f[0]);
                if (iso2 == null) continue;
                String[] names = f[1].split("\\|");
                GeoPlace row = countryRows.get(iso2);
                GeoPlace country;
                long pop = populationOf.getOrDefault(iso2, 0L);
                if (row != null) {
                    country = row;
                } else {
                    double[] c = centres.containsKey(iso2) ? centres.get(iso2) : middle(iso2);
                    if (c == null) continue;
                    country = new GeoPlace(0, names[0].replace("=", ""), c[0], c[1], 'A', "PCLI", iso2, "", null, pop);
                }
                countries.put(iso2, country);
                int index = add(country);
                for (String n : names) {
                    String k = key(n.replace("=", ""));
                    // "England", "Scotland": a division of its own in GeoNames, not the whole country.
                    String a1 = admin1Keys.get(k);
                    if (a1 != null && a1.startsWith(iso2 + ".") && !names[0].replace("=", "").equals(n)) continue;
                    index(k, index);
                }
                if (f.length > 2 && !f[2].isEmpty()) {
                    for (String adj : f[2].split("\\|")) adjectives.put(key(adj.replace("=", "")), iso2);
                }
            }
        }

        void addAdmin1s() {
            for (Map.Entry<String, String[]> e : admin1Names.entrySet()) {
                String code = e.getKey();
                int dot = code.indexOf('.');
                if (dot < 0) continue;
                String cc = code.substring(0, dot);
                String a1 = code.substring(dot + 1);
                GeoPlace row = admin1Rows.get(code);
                GeoPlace place;
                long pop = populationOf.getOrDefault(code, 0L);
                if (row != null) {
                    place = new GeoPlace(row.geonameid(), e.getValue()[0], row.lat(), row.lon(), 'A', "ADM1", cc, a1,
                            e.getValue()[0], Math.max(pop, row.population()));
                } else {
                    double[] c = middle(code);
                    if (c == null) continue;
                    int id = e.getValue()[1] == null ? 0 : (int) parseLong(e.getValue()[1]);
                    place = new GeoPlace(id, e.getValue()[0], c[0], c[1], 'A', "ADM1", cc, a1, e.getValue()[0], pop);
                }
                admin1s.put(code, place);
                int index = add(place);
                index(key(place.name()), index);
                // "Ohio State", "Punjab Province": GeoNames often names a division with its kind.
                String shorter = key(place.name()).replaceFirst(" (state|province|region|oblast|governorate|district|prefecture|county)$", "");
                if (!shorter.equals(key(place.name()))) index(shorter, index);
            }
            String[][] states = {
                {"AL", "Ala."}, {"AK", "Alaska"}, {"AZ", "Ariz."}, {"AR", "Ark."}, {"CA", "Calif."}, {"CO", "Colo."},
                {"CT", "Conn."}, {"DE", "Del."}, {"DC", "D.C."}, {"FL", "Fla."}, {"GA", "Ga."}, {"HI", "Hawaii"},
                {"ID", "Idaho"}, {"IL", "Ill."}, {"IN", "Ind."}, {"IA", "Iowa"}, {"KS", "Kan."}, {"KY", "Ky."},
                {"LA", "La."}, {"ME", "Maine"}, {"MD", "Md."}, {"MA", "Mass."}, {"MI", "Mich."}, {"MN", "Minn."},
                {"MS", "Miss."}, {"MO", "Mo."}, {"MT", "Mont."}, {"NE", "Neb."}, {"NV", "Nev."}, {"NH", "N.H."},
                {"NJ", "N.J."}, {"NM", "N.M."}, {"NY", "N.Y."}, {"NC", "N.C."}, {"ND", "N.D."}, {"OH", "Ohio"},
                {"OK", "Okla."}, {"OR", "Ore."}, {"PA", "Pa."}, {"RI", "R.I."}, {"SC", "S.C."}, {"SD", "S.D."},
                {"TN", "Tenn."}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vt."}, {"VA", "Va."}, {"WA", "Wash."},
                {"WV", "W.Va."}, {"WI", "Wis."}, {"WY", "Wyo."}};
            for (String[] s : states) {
                abbreviations.put(s[0], s[0]);
                abbreviations.put(s[1], s[0]);
            }
            abbreviations.put("Calif", "CA");
            abbreviations.put("Penn.", "PA");
            abbreviations.put("Wisc.", "WI");
            abbreviations.put("Tex.", "TX");
            abbreviations.put("Ariz", "AZ");
        }

        /** Counties and districts (admin2.json): a point in the middle of their towns, when they have any. */
        void addAdmin2s(Path dir) throws IOException {
            Path json = dir.resolve("admin2.json");
            if (!Files.isRegularFile(json)) return;
            String text = Files.readString(json, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\{\"code\":\"((?:[^\"\\\\]|\\\\.)*)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}").matcher(text);
            while (m.find()) {
                String code = unescape(m.group(1));
                String[] parts = code.split("\\.");
                if (parts.length != 3) continue;
                double[] c = middle(code);
                if (c == null) continue;
                String name = unescape(m.group(2));
                String[] a1 = admin1Names.get(parts[0] + "." + parts[1]);
                GeoPlace place = new GeoPlace(0, name, c[0], c[1], 'A', "ADM2", parts[0], parts[1],
                        a1 == null ? null : a1[0], populationOf.getOrDefault(code, 0L));
                index(key(name), add(place));
            }
        }

        void indexCities() {
            for (int i = 0; i < cityNames.size(); i++) {
                String[] n = cityNames.get(i);
                index(key(n[0]), i);
                index(key(n[1]), i);
                if (n[2].isEmpty()) continue;
                for (String alt : n[2].split(",")) {
                    if (!latin(alt)) continue;
                    // Codes ("LAX", "NYC"-like airport and postal codes) are too ambiguous in running text.
                    if (alt.length() <= 3 && alt.equals(alt.toUpperCase(Locale.ROOT))) continue;
                    index(key(alt), i);
                }
            }
            cityNames.clear();
        }

        private int add(GeoPlace p) {
            places.add(p);
            return places.size() - 1;
        }

        private void index(String k, int place) {
            if (k.isEmpty()) return;
            int[] ids = byName.get(k);
            if (ids == null) {
                byName.put(k, new int[] {place});
            } else {
                for (int id : ids) if (id == place) return;
                int[] more = Arrays.copyOf(ids, ids.length + 1);
                more[ids.length] = place;
                byName.put(k, more);
            }
            int tokens = 1;
            for (int i = 0; i < k.length(); i++) if (k.charAt(i) == ' ') tokens++;
            longest = Math.max(longest, Math.min(tokens + 2, 8));
        }
    }

    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x250) return false;
        return !s.isBlank();
    }

    private static long parseLong(String s) {
        if (s.isEmpty()) return 0;
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u' && i + 4 < s.length()) {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> resourceLines(String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = GeoNames.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
        }
        return out;
    }
}
