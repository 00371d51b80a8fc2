package org.dyad.core.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.ActorEntry.Tenure;
import org.junit.jupiter.api.Test;

/** How a person with dated offices codes on dates inside, between, before and after them (a hand-made dictionary). */
class PersonTenureTest {
    static LocalDate d(String iso) { return LocalDate.parse(iso); }

    static ActorEntry person(String name, Tenure... tenures) {
        return new ActorEntry(name, false, Kind.PERSON, tenures[0].code(), List.of(tenures));
    }

    // Two stints as head of government of Arnor, a spell leading the opposition between them.
    static final ActorEntry ARAGORN = person("Aragorn",
            new Tenure("ARN", "GOV", d("2020-03-01"), null, "Prime Minister (second term)"),
            new Tenure("ARN", "GOV", d("2010-03-01"), d("2014-02-28"), "Prime Minister (first term)"),
            new Tenure("ARN", "OPP", d("2016-01-10"), d("2018-12-31"), "Leader of the Opposition"));

    // Head of an IGO after leading Gondor; then out of every office.
    static final ActorEntry BOROMIR = person("Boromir",
            new Tenure(null, "IGOUNO", d("2012-01-01"), d("2016-12-31"), "Secretary-General"),
            new Tenure("GON", "GOV", d("2005-06-01"), d("2011-06-30"), "President"));

    static final ActorEntry ELROND = person("Elrond",
            new Tenure(null, "IGOUNO", d("2017-01-01"), d("2021-12-31"), "Secretary-General"));

    @Test
    void inOfficeTheRoleOfTheOfficeThatCoversTheDate() {
        assertEquals("ARNGOV", ARAGORN.codeOn(d("2012-05-05")));
        assertEquals("ARNGOV", ARAGORN.codeOn(d("2010-03-01")), "the first day is in office");
        assertEquals("ARNGOV", ARAGORN.codeOn(d("2014-02-28")), "the last day is in office");
        assertEquals("ARNOPP", ARAGORN.codeOn(d("2017-01-01")));
        assertEquals("ARNGOV", ARAGORN.codeOn(d("2030-01-01")), "an open range runs on");
    }

    @Test
    void outOfOfficeAFormerOfficialIsAnEliteOfTheCountry() {
        assertEquals("ARNELI", ARAGORN.codeOn(d("2014-03-01")), "the day after the first term");
        assertEquals("ARNELI", ARAGORN.codeOn(d("2019-06-01")), "after the opposition, before the second term");
        assertEquals("GONELI", BOROMIR.codeOn(d("2011-07-01")), "between presidency and IGO");
        assertEquals("GONELI", BOROMIR.codeOn(d("2018-01-01")), "after the IGO: elite of the country he led");
    }

    @Test
    void beforeAnyOfficeTheBareCountry() {
        assertEquals("ARN", ARAGORN.codeOn(d("2010-02-28")));
        assertEquals("GON", BOROMIR.codeOn(d("2001-01-01")));
    }

    @Test
    void anIgoHeadWithNoCountryIsUncodedOutOfOffice() {
        assertEquals("IGOUNO", ELROND.codeOn(d("2018-01-01")));
        assertNull(ELROND.codeOn(d("2016-01-01")));
        assertNull(ELROND.codeOn(d("2022-01-01")));
    }

    @Test
    void aDatedBareCountryIsNoOffice() {
        // PETRARCH writes a person's country before an office as a dated bare code: [HOB <950601] [HOBGOV 950601-990815].
        ActorEntry gollum = person("Smeagol",
                new Tenure("HOB", "", d("0001-01-01"), d("1995-05-31"), "HOB <950601"),
                new Tenure("HOB", "GOV", d("1995-06-01"), d("1999-08-15"), "HOBGOV 950601-990815"));
        assertEquals("HOB", gollum.codeOn(d("1990-01-01")));
        assertEquals("HOBELI", gollum.codeOn(d("2001-01-01")), "the elite of his last office, not of his country");
    }
}
