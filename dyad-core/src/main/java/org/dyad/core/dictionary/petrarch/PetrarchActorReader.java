package org.dyad.core.dictionary.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.ActorEntry.Tenure;

/**
 * Reads PETRARCH/TABARI actor dictionaries ({@code Phoenix.Countries.actors.txt} and the like) into Dyad's
 * {@link ActorEntry actor entries}.
 *
 * <h2>The format, as the Phoenix files write it</h2>
 * <pre>
 * AFGHANISTAN_  [AFG]                 a phrase (words joined by _, a trailing _ is dropped) and its code
 * +AFGHAN_                            + adds a synonym to the current entry
 * VLADIMIR_PUTIN_  # CountryInfo.txt  a new entry; # and ; start comments, &lt;!-- ... --&gt; blocks too
 * +PUTIN_
 * 	[RUSELI 700101-990809]           codes on their own (indented) lines belong to the entry above
 * 	[RUSGOV 990809-000507]           a date range, both days included
 * 	[RUSGOV &gt;080508]                 from that day on
 * 	[USR &lt;911226]                     before that day
 * 	[RUSELI]                         no date: the code when no dated code applies
 * INDIAN_OCEAN  [---]                 --- : a phrase that names no actor
 * </pre>
 * Words may also be separated by spaces ({@code CARAS GALADHON [ELF]}); such a phrase is
 * {@link ActorEntry#spread() spread}: PETRARCH's space, unlike {@code _}, lets other words stand between, and
 * Dyad lets adjectives do so ({@code ITHILEN TELEVISION} names "Ithilen state-run television"). A root line with
 * no code, followed by another root line, joins the next entry: the files list name variants that way
 * ({@code BORIS_YELTSIN_ / BORIS_N._YELTSIN / YELTSIN / ... [RUSGOV 910710-991231]}).
 *
 * <h2>Dates</h2>
 * Dates are {@code YYMMDD} or {@code YYYYMMDD}. A two-digit year {@code 00-30} is 2000-2030 and {@code 31-99} is
 * 1931-1999: the Phoenix files use two-digit years from 31 to 99 and from 00 to 14 and write every year before
 * 1931 with four digits (1876-1930), so this window reads every date in them as meant. Ranges include both
 * days; {@code >d} applies from {@code d} on (the files put the day of taking office there: Medvedev
 * {@code [RUSGOV >080507]}, inaugurated 7 May 2008); {@code <d} applies until the day before {@code d}
 * ({@code [USR <911226]}: the USSR ended on 26 December 1991).
 *
 * <h2>Mapping onto {@link ActorEntry}</h2>
 * <ul>
 *   <li>Each phrase becomes one entry (space-separated words, as written, not case-sensitive).</li>
 *   <li>Only an undated code: a three-letter country code ({@code [AFG]}, one of Dyad's countries) gives
 *       {@link Kind#COUNTRY}, so that "Afghan officials" composes to AFGGOV; any other code gives
 *       {@link Kind#ORGANISATION}, which codes as is ({@code [USAGOV]} for "White House", {@code [IGOUNO]});
 *       {@code [---]} gives {@link Kind#NOT_AN_ACTOR}.</li>
 *   <li>Any dated code gives {@link Kind#PERSON} with one {@link Tenure} per dated code in file order, then one
 *       open-ended tenure (from year 1, no end) per undated code. {@link ActorEntry#codeOn} takes the first tenure
 *       that covers the date, so it returns exactly the dated code on its dates, the undated code at other
 *       times, and, when there is no undated code, Dyad's usual fallback (the bare country). A tenure's country is
 *       the first three letters when they are one of Dyad's country codes ({@code RUSGOV} = RUS + GOV), otherwise
 *       null with the whole code as role ({@code IGOUNO}); its title is the code as written.</li>
 * </ul>
 * Codes Dyad cannot use ({@code [+++]}, {@code [###]}, malformed dates) are reported in the {@link LoadReport}
 * and the rest of the entry is kept. {@code [FRO/BIL/SAM]} ("THE_SHIRE") names several actors at once and is kept
 * whole: the phrase codes one event per actor (see {@link ActorEntry#SEVERAL}); a country-like entry so written
 * composes with a role word for each ("Lorien officials" → ELRGOV and GALGOV).
 */
public final class PetrarchActorReader {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile(
            "\\s*([A-Za-z0-9/+#-]+?)(?:\\s*([<>])\\s*(\\d+)|\\s+(\\d+)\\s*-\\s*(\\d+)|\\s+(\\d+))?\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final LocalDate ALWAYS = LocalDate.of(1, 1, 1);
    private static final Set<String> COUNTRIES = loadCountries();

    private PetrarchActorReader() {}

    public static List<ActorEntry> read(Path file, LoadReport.Builder report) {
        return read(PetrarchText.read(file), report);
    }

    /** Reads a dictionary given as text; {@code name} is what the report calls the file. */
    public static List<ActorEntry> read(String name, String text, LoadReport.Builder report) {
        return read(PetrarchText.of(name, text), report);
    }

    static List<ActorEntry> read(PetrarchText text, LoadReport.Builder report) {
        List<ActorEntry> out = new ArrayList<>();
        Group group = new Group();
        for (PetrarchText.Line line : text.lines()) {
            if (line.isBlank()) continue;
            String t = line.text().strip();
            if (t.startsWith("[")) {
                if (group.phrases.isEmpty()) {
                    report.unmapped(text.file(), line.number(), line.raw(), "code with no phrase above it");
                    continue;
                }
                group.codes(text.file(), line, t, report);
                continue;
            }
            boolean synonym = t.startsWith("+");
            if (!synonym && !group.codes.isEmpty()) {
                group.finish(text.file(), out, report);
                group = new Group();
            }
            if (synonym && group.phrases.isEmpty()) {
                report.unmapped(text.file(), line.number(), line.raw(), "synonym (+) with no entry above it");
                continue;
            }
            int bracket = t.indexOf('[');
            String phrase = phrase(bracket < 0 ? t : t.substring(0, bracket), synonym);
            if (phrase.isEmpty()) {
                report.unmapped(text.file(), line.number(), line.raw(), "empty phrase");
            } else {
                if (group.phrases.isEmpty()) group.firstLine = line.number();
                group.phrases.add(phrase);
                if (spaced(bracket < 0 ? t : t.substring(0, bracket), synonym)) group.spread.add(phrase);
            }
            if (bracket >= 0) group.codes(text.file(), line, t.substring(bracket), report);
        }
        if (!group.phrases.isEmpty()) group.finish(text.file(), out, report);
        return out;
    }

    /** "+VLADIMIR_V._PUTIN_ " → "VLADIMIR V. PUTIN". */
    static String phrase(String s, boolean synonym) {
        String p = s.strip();
        if (synonym) p = p.substring(1);
        return SPACES.matcher(p.replace('_', ' ').replace('\u00a0', ' ').trim()).replaceAll(" ");
    }

    /** Whether a phrase as written has a space between two of its words ("ITHILEN TELEVISION", not "THE_SHIRE"). */
    static boolean spaced(String s, boolean synonym) {
        String p = s.strip();
        if (synonym) p = p.substring(1);
        return p.replace('\u00a0', ' ').strip().contains(" ");
    }

    /** One code of an entry; {@code from}/{@code to} null when undated. {@code code} null for [---]. */
    private record Code(String code, LocalDate from, LocalDate to, boolean dated, String written) {}

    private static final class Group {
        final List<String> phrases = new ArrayList<>();
        final Set<String> spread = new HashSet<>();
        final List<Code> codes = new ArrayList<>();
        int firstLine;

        void codes(String file, PetrarchText.Line line, String s, LoadReport.Builder report) {
            Matcher m = BRACKET.matcher(s);
            int found = 0;
            while (m.find()) {
                found++;
                Code c = code(file, line, m.group(1), report);
                if (c != null) codes.add(c);
            }
            if (found == 0) report.unmapped(file, line.number(), line.raw(), "no [code] on a code line");
        }

        void finish(String file, List<ActorEntry> out, LoadReport.Builder report) {
            report.count("actors.entries");
            if (codes.isEmpty()) {
                report.unmapped(file, firstLine, String.join(" | ", phrases), "phrase with no usable code");
                return;
            }
            List<Code> dated = new ArrayList<>();
            List<Code> undated = new ArrayList<>();
            for (Code c : codes) (c.dated() ? dated : undated).add(c);
            Set<String> distinctUndated = new HashSet<>();
            for (Code c : undated) distinctUndated.add(String.valueOf(c.code()));
            if (distinctUndated.size() > 1) {
                report.approximated(file, firstLine, String.join(" | ", phrases) + " " + undated.stream()
                                .map(Code::written).toList(),
                        "several undated codes: the first is used");
            }
            Kind kind;
            String code;
            List<Tenure> tenures = new ArrayList<>();
            if (dated.isEmpty()) {
                code = undated.get(0).code();
                if (code == null) kind = Kind.NOT_AN_ACTOR;
                // PETRARCH composes agents with any three-letter actor code ("Arnor cleric" -> ARNREL in its own
                // suite, "Amnesty International activists" -> NGMOPP), so such codes act as countries do in Dyad.
                else if (code.matches("[A-Z]{3}(/[A-Z]{3})*")) kind = Kind.COUNTRY;
                else kind = Kind.ORGANISATION;
            } else {
                report.count("actors.dated");
                for (Code c : dated) tenures.add(tenure(c, c.from(), c.to()));
                for (Code c : undated) tenures.add(tenure(c, ALWAYS, null));
                kind = Kind.PERSON;
                code = tenures.get(0).code();
            }
            for (String p : phrases) {
                out.add(new ActorEntry(p, false, kind, code, tenures, false, spread.contains(p)));
                report.count("actors.phrases");
            }
        }
    }

    private static Tenure tenure(Code c, LocalDate from, LocalDate to) {
        String code = c.code();
        if (code == null) return new Tenure(null, null, from, to, c.written());
        String prefix = code.length() >= 3 ? code.substring(0, 3) : "";
        if (COUNTRIES.contains(prefix)) return new Tenure(prefix, code.substring(3), from, to, c.written());
        return new Tenure(null, code, from, to, c.written());
    }

    private static Code code(String file, PetrarchText.Line line, String inner, LoadReport.Builder report) {
        String written = "[" + inner.strip() + "]";
        Matcher m = CODE.matcher(inner);
        if (!m.matches()) {
            report.unmapped(file, line.number(), written, "unreadable code");
            return null;
        }
        report.count("actors.codes");
        String code = m.group(1);
        if (code.equals("---")) code = null;
        else {
            if (!code.equals(code.toUpperCase(Locale.ROOT))) {
                report.approximated(file, line.number(), written, "lower-case code read in upper case");
                code = code.toUpperCase(Locale.ROOT);
            }
            if (code.indexOf('/') >= 0) report.count("actors.several codes");
            if (!code.matches("[A-Z0-9]+(/[A-Z0-9]+)*")) {
                report.unmapped(file, line.number(), written, "special TABARI code (not an actor code)");
                return null;
            }
        }
        if (m.group(6) != null) {
            report.unmapped(file, line.number(), written, "a single date without <, > or a range");
            return null;
        }
        try {
            if (m.group(2) != null) {
                LocalDate d = date(m.group(3));
                if (d == null) return badDate(file, line, written, report);
                return m.group(2).equals("<")
                        ? new Code(code, ALWAYS, d.minusDays(1), true, written)
                        : new Code(code, d, null, true, written);
            }
            if (m.group(4) != null) {
                LocalDate from = date(m.group(4));
                LocalDate to = date(m.group(5));
                if (from == null || to == null) return badDate(file, line, written, report);
                if (to.isBefore(from)) {
                    report.unmapped(file, line.number(), written, "date range ends before it starts");
                    return null;
                }
                return new Code(code, from, to, true, written);
            }
        } catch (DateTimeException e) {
            return badDate(file, line, written, report);
        }
        return new Code(code, null, null, false, written);
    }

    private static Code badDate(String file, PetrarchText.Line line, String written, LoadReport.Builder report) {
        report.unmapped(file, line.number(), written, "malformed date (not YYMMDD or YYYYMMDD)");
        return null;
    }

    /** YYMMDD (00-30 → 20xx, 31-99 → 19xx) or YYYYMMDD; null for any other length. */
    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            int year = yy <= 30 ? 2000 + yy : 1900 + yy;
            return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
        }
        return null;
    }

    /** Dyad's country codes, so that RUSGOV splits into RUS + GOV and [AFG] is a country. */
    private static Set<String> loadCountries() {
        Set<String> out = new HashSet<>();
        InputStream in = PetrarchActorReader.class.getResourceAsStream("/org/dyad/core/dict/countries.tsv");
        if (in == null) return out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String code = line.split("\t", 2)[0].trim();
                if (code.matches("[A-Z]{3}")) out.add(code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countries.tsv", e);
        }
        return Set.copyOf(out);
    }
}
