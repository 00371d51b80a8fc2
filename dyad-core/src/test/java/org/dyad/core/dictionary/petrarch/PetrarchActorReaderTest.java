package org.dyad.core.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.junit.jupiter.api.Test;

class PetrarchActorReaderTest {
    private static List<ActorEntry> read(String text, LoadReport.Builder report) {
        return PetrarchActorReader.read("test.actors.txt", text, report);
    }

    private static ActorEntry only(List<ActorEntry> entries, String phrase) {
        List<ActorEntry> found = entries.stream().filter(e -> e.phrase().equals(phrase)).toList();
        assertEquals(1, found.size(), "entries for " + phrase + " in " + entries);
        return found.get(0);
    }

    @Test
    void aCountryWithSynonymsCodesAsTheCountry() {
        List<ActorEntry> entries = read("""
                # countries
                AFGHANISTAN_  [AFG]
                +AFGHAN_
                +ISLAMIC_REPUBLIC_OF_AFGHANISTAN
                """, new LoadReport.Builder());
        assertEquals(3, entries.size());
        ActorEntry republic = only(entries, "ISLAMIC REPUBLIC OF AFGHANISTAN");
        assertEquals(Kind.COUNTRY, republic.kind(), "a three-letter country code composes with agents");
        assertEquals("AFG", republic.code());
    }

    @Test
    void aPhraseWithSeveralCodesKeepsThemAll() {
        // PETRARCH's suite: "The Shire" is three actors at once, and the coder codes one event for each.
        List<ActorEntry> entries = read("THE_SHIRE  [FRO/BIL/SAM]\n", new LoadReport.Builder());
        ActorEntry shire = only(entries, "THE SHIRE");
        assertEquals("FRO/BIL/SAM", shire.code());
        assertEquals(Kind.COUNTRY, shire.kind(), "each code composes with a role word as a country does");
    }

    @Test
    void anOrganisationKeepsItsFullCode() {
        List<ActorEntry> entries = read("""
                WHITE_HOUSE  [USAGOV] #jw 9/14/91
                INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION_
                +INTERPOL
                	[IGOCOPITP]	# Interpol
                INDIAN_OCEAN  [---]
                """, new LoadReport.Builder());
        assertEquals(Kind.ORGANISATION, only(entries, "WHITE HOUSE").kind());
        assertEquals("USAGOV", only(entries, "WHITE HOUSE").codeOn(LocalDate.of(2020, 1, 1)));
        assertEquals("IGOCOPITP", only(entries, "INTERPOL").code());
        assertEquals(Kind.NOT_AN_ACTOR, only(entries, "INDIAN OCEAN").kind(), "[---] names no actor");
    }

    @Test
    void datedCodesGiveTheCodeOfTheDayAndTheUndatedCodeOtherwise() {
        List<ActorEntry> entries = read("""
                VLADIMIR_PUTIN_  # CountryInfo.txt
                +PUTIN_
                	[RUSELI 700101-990809]
                	[RUSGOV 991231-080507]
                	[RUSGOV 990809-000507]
                	[RUSGOV >080508]
                	[RUSELI]
                """, new LoadReport.Builder());
        ActorEntry putin = only(entries, "PUTIN");
        assertEquals(Kind.PERSON, putin.kind());
        assertEquals("RUSELI", putin.codeOn(LocalDate.of(1985, 6, 1)), "1970 reads as 19xx");
        assertEquals("RUSGOV", putin.codeOn(LocalDate.of(2004, 3, 14)), "04 reads as 2004");
        assertEquals("RUSGOV", putin.codeOn(LocalDate.of(2008, 5, 8)), ">080508 includes its day");
        assertEquals("RUSELI", putin.codeOn(LocalDate.of(1960, 1, 1)), "the undated code when no date applies");
        assertEquals("RUS", putin.tenures().get(1).country());
        assertEquals("GOV", putin.tenures().get(1).role());
    }

    @Test
    void beforeMeansUpToTheDayBeforeAndFourDigitYearsAndSpacesAreRead() {
        List<ActorEntry> entries = read("""
                U.S.S.R
                +USSR
                	[USR <911226]
                GOLLUM  # pas 27 Apr 03
                +SMEAGOL
                	[HOB < 950601]
                	[HOBGOV 19950601 - 19990815]
                	[HOBREB > 990816]
                """, new LoadReport.Builder());
        ActorEntry ussr = only(entries, "USSR");
        assertEquals("USR", ussr.codeOn(LocalDate.of(1991, 12, 25)));
        assertNull(ussr.codeOn(LocalDate.of(1991, 12, 26)), "no code once the USSR is gone");
        ActorEntry smeagol = only(entries, "SMEAGOL");
        assertEquals("HOB", smeagol.codeOn(LocalDate.of(1995, 5, 31)));
        assertEquals("HOBGOV", smeagol.codeOn(LocalDate.of(1995, 6, 1)));
        assertEquals("HOBREB", smeagol.codeOn(LocalDate.of(2001, 1, 1)));
    }

    @Test
    void rootLinesWithoutCodesJoinTheNextEntry() {
        List<ActorEntry> entries = read("""
                BORIS_YELTSIN_  # CountryInfo.txt
                BORIS_N._YELTSIN
                PRESIDENT_YELTSIN
                	[RUSELI 490101-910710]
                	[RUSGOV 910710-991231]
                """, new LoadReport.Builder());
        assertEquals(3, entries.size());
        assertEquals("RUSGOV", only(entries, "BORIS N. YELTSIN").codeOn(LocalDate.of(1995, 1, 1)));
    }

    @Test
    void xmlCommentsAreSkippedAndBadCodesAreReportedWithTheirLine() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<ActorEntry> entries = read("""
                <!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY
                HOBBITON [XXX] -->
                ISILDUR  [+++]
                CHIEF_SECRETARY
                	[MNEGOV 20121204]
                	[MNEELI]
                """, report);
        assertTrue(entries.stream().noneMatch(e -> e.phrase().equals("HOBBITON")), "inside a comment block");
        assertEquals("MNEELI", only(entries, "CHIEF SECRETARY").code());
        LoadReport r = report.build();
        assertEquals(2, r.unmapped().stream().filter(u -> u.line() == 3 || u.line() == 5).count(), r.unmapped()::toString);
        assertTrue(r.unmapped().stream().anyMatch(u -> u.line() == 5 && u.reason().contains("single date")));
    }

    @Test
    void phoenixCountriesGiveTensOfThousandsOfPhrasesAndDatedLeaders() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<ActorEntry> entries = PetrarchActorReader.read(SharedPetrarch.file("Phoenix.Countries.actors.txt"), report);
        assertTrue(entries.size() > 20_000, "phrases: " + entries.size());
        assertTrue(report.build().count("actors.dated") > 10_000);
        ActorDictionary dictionary = ActorDictionary.of(entries);

        ActorEntry obama = dictionary.lookup("barackobama").get(0);
        assertEquals(Kind.PERSON, obama.kind());
        assertEquals("USAGOV", obama.codeOn(LocalDate.of(2010, 6, 1)), "[USAGOV >090120]");
        assertEquals("USA", obama.codeOn(LocalDate.of(1970, 1, 1)), "before his dated codes: the bare country");
        assertEquals("USAELI", obama.codeOn(LocalDate.of(2005, 1, 1)), "between them: [USAELI 780101-000101] has ended");

        ActorEntry putin = dictionary.lookup("vladimirputin").get(0);
        assertEquals("RUSGOV", putin.codeOn(LocalDate.of(2014, 3, 18)));
        assertEquals("RUSELI", putin.codeOn(LocalDate.of(1995, 1, 1)));

        assertEquals(Kind.COUNTRY, dictionary.lookup("afghanistan").get(0).kind());
    }
}
