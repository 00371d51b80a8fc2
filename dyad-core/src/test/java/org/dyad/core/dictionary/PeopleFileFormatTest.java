package org.dyad.core.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in people.tsv as a file, without the dictionary loader: dates, codes, the order the header
 * documents, names that name one person only, and a head of state or government for every UN member on 2025-06-01.
 */
class PeopleFileFormatTest {
    private static final String PEOPLE = "/org/dyad/core/dict/people.tsv";
    private static final String COUNTRIES = "/org/dyad/core/dict/countries.tsv";
    private static final Pattern SECTION = Pattern.compile("# -{20,} (---|[A-Z]{3}) .+");
    private static final Pattern ROLE = Pattern.compile("[A-Z]{3}[A-Z0-9]*");
    static final LocalDate CHECK_DAY = LocalDate.of(2025, 6, 1);

    /** The 193 UN member states, by ISO 3166-1 alpha-3. */
    static final Set<String> UN_MEMBERS = Set.of(("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ "
            + "BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP "
            + "CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY "
            + "HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY "
            + "LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC "
            + "NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB "
            + "SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV "
            + "UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE").split(" "));
    /** Besides the UN members: the observer states and two states recognised by many. */
    static final Set<String> ALSO = Set.of("PSE", "VAT", "TWN", "XKX");

    /**
     * The titles of heads of state and government, as a head's line starts its title column (then the end, " (",
     * ",", ";" or " of "); "Acting", "Interim" and "Transitional" may come first.
     */
    static final Pattern HEAD_TITLE = Pattern.compile("(?:(?:Acting|Interim|Transitional) )?(?:President|Prime Minister|"
            + "Premier|Chancellor|Federal Chancellor|Federal President|King|Queen|Emir|Amir|Sultan|Grand Duke|Prince|"
            + "Governor-General|Governor General|Emperor|Co-President|Member of the Presidency|Chair of the Council of Ministers|Chairman of the Cabinet of Ministers|Supreme Leader|Pope|Captain Regent|Chief Adviser|Taoiseach|Head of State|Head of Government|"
            + "Chairman of the Presidency|Chair of the Presidency|Chairman of the Presidential Council|"
            + "Chairman of the Transitional Sovereignty Council|Chairman of the State Administration Council|"
            + "Chairman of the Presidential Leadership Council|President of the Presidential Council|"
            + "Supreme Leader of the Taliban|Crown Prince and Prime Minister)(?:$| \\(|,|;| of )");

    record Line(int number, String text, List<String> names, String country, String role, LocalDate from, LocalDate to,
            String title) {
        String where() { return "people.tsv:" + number + " (" + names.get(0) + ")"; }

        boolean covers(LocalDate day) { return !day.isBefore(from) && (to == null || !day.isAfter(to)); }

        boolean head() { return role.equals("GOV") && HEAD_TITLE.matcher(title).lookingAt(); }
    }

    private static List<String[]> raw;      // {line number, text} of every line, comments and blanks included
    private static List<Line> lines;

    @BeforeAll
    static void read() throws IOException {
        raw = lines(PEOPLE);
        lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String[] l : raw) {
            if (l[1].isBlank() || l[1].startsWith("#")) continue;
            String[] c = l[1].split("\t", -1);
            if (c.length != 6) { problems.add("people.tsv:" + l[0] + " has " + c.length + " columns"); continue; }
            List<String> names = new ArrayList<>();
            for (String n : c[0].split("\\|", -1)) names.add(n);
            try {
                LocalDate from = LocalDate.parse(c[3]);
                LocalDate to = c[4].isEmpty() ? null : LocalDate.parse(c[4]);
                lines.add(new Line(Integer.parseInt(l[0]), l[1], names, c[1], c[2], from, to, c[5]));
            } catch (DateTimeParseException e) {
                problems.add("people.tsv:" + l[0] + ": not an ISO date: " + e.getParsedString());
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String[]> lines(String resource) throws IOException {
        InputStream in = PeopleFileFormatTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource + " is not on the classpath");
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) out.add(new String[] {String.valueOf(++n), line});
        }
        return out;
    }

    static String compact(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
    }

    @Test
    void datesParseAndRangesRunForward() {
        assertTrue(lines.size() > 1500, "people.tsv has " + lines.size() + " offices");
        for (Line l : lines) {
            assertTrue(l.to() == null || !l.to().isBefore(l.from()), l.where() + ": ends before it starts");
            assertTrue(l.from().getYear() >= 1940 && (l.to() == null || l.to().getYear() <= 2026), l.where() + ": dates out of scope");
        }
    }

    @Test
    void codesAreKnownCountriesAndRoles() throws IOException {
        Set<String> countries = new HashSet<>();
        for (String[] l : lines(COUNTRIES)) {
            if (!l[1].isBlank() && !l[1].startsWith("#")) countries.add(l[1].split("\t", -1)[0]);
        }
        for (Line l : lines) {
            assertTrue(l.country().equals("---") || countries.contains(l.country()), l.where() + ": unknown country " + l.country());
            assertTrue(ROLE.matcher(l.role()).matches(), l.where() + ": role " + l.role());
            // "---" stands for no country: the role column then holds a whole code (IGO head, transnational group).
            assertTrue(!l.country().equals("---") || l.role().matches("(IGO|IMG|NGO)[A-Z]*"), l.where() + ": --- goes with an IGO, IMG or NGO code");
            assertTrue(!l.title().isBlank(), l.where() + ": the title says what the office is");
            for (String n : l.names()) {
                assertEquals(n.strip(), n, l.where() + ": blanks around a name");
                // A name written in lower case first ("von der Leyen", "al-Sisi") also matches in lower case.
                assertTrue(n.codePoints().anyMatch(Character::isUpperCase), l.where() + ": '" + n + "' is no proper name");
            }
        }
    }

    @Test
    void sortedAsTheHeaderSays() {
        // Sections "# ---- XXX Name", IGO heads (---) first and then countries by ISO code; a person's lines stand
        // together, in the section of the country of their first line; every line of a person lists the same names.
        List<String> sections = new ArrayList<>();
        String section = null;
        Map<String, String> sectionOf = new HashMap<>();
        Map<String, String> namesOf = new HashMap<>();
        String previous = null;
        Set<String> closed = new HashSet<>();
        Map<Integer, String> sectionAt = new HashMap<>();
        for (String[] l : raw) {
            Matcher m = SECTION.matcher(l[1]);
            if (m.matches()) { section = m.group(1); sections.add(section); continue; }
            sectionAt.put(Integer.parseInt(l[0]), section);
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(sections.subList(Math.min(1, sections.size()), sections.size())));
        if (!sections.isEmpty()) sorted.add(0, sections.get(0));
        assertEquals("---", sections.get(0), "IGO heads come first");
        assertEquals(sorted, sections, "sections by ISO code, each once");
        for (Line l : lines) {
            String key = l.names().get(0);
            String sec = sectionAt.get(l.number());
            if (!key.equals(previous)) {
                assertTrue(closed.add(key), l.where() + ": the lines of a person stand together");
                assertEquals(l.country(), sec, l.where() + ": a person stands in the section of their first line's country");
                sectionOf.put(key, sec);
                namesOf.put(key, String.join("|", l.names()));
            }
            assertEquals(namesOf.get(key), String.join("|", l.names()), l.where() + ": every line of a person lists the same names");
            previous = key;
        }
    }

    @Test
    void aNameNamesOnePerson() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Line l : lines) {
            Set<String> own = new HashSet<>();
            for (String n : l.names()) {
                String other = owner.putIfAbsent(compact(n), l.names().get(0));
                if (other != null && !other.equals(l.names().get(0))) clashes.add(n + ": " + other + " / " + l.names().get(0));
                assertTrue(own.add(compact(n)), l.where() + ": '" + n + "' twice in one line");
            }
        }
        assertEquals(List.of(), clashes, "names shared by different people");
    }

    @Test
    void noPersonIsNamedLikeACountry() throws IOException {
        Set<String> places = new HashSet<>();
        for (String[] l : lines(COUNTRIES)) {
            if (l[1].isBlank() || l[1].startsWith("#")) continue;
            String[] c = l[1].split("\t", -1);
            for (int i = 1; i < c.length; i++) for (String p : c[i].split("\\|")) places.add(compact(p.replace("=", "")));
        }
        for (Line l : lines) {
            for (String n : l.names()) assertTrue(!places.contains(compact(n)), l.where() + ": '" + n + "' names a country");
        }
    }

    @Test
    void everyStateHasAHeadOfStateOrGovernmentOnTheCheckDay() {
        Map<String, List<String>> heads = new LinkedHashMap<>();
        for (Line l : lines) if (l.head() && l.covers(CHECK_DAY)) heads.computeIfAbsent(l.country(), k -> new ArrayList<>()).add(l.names().get(0));
        assertEquals(193, UN_MEMBERS.size());
        Set<String> missing = new TreeSet<>();
        for (String c : UN_MEMBERS) if (!heads.containsKey(c)) missing.add(c);
        for (String c : ALSO) if (!heads.containsKey(c)) missing.add(c);
        assertEquals(Set.of(), missing, "no head of state or government on " + CHECK_DAY);
    }
}
