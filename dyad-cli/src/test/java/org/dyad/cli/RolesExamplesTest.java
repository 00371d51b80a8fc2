package org.dyad.cli;

import static org.dyad.cli.Coding.has;
import static org.dyad.cli.Coding.hasTargetWord;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Who acts and who is acted on where the sentence puts a party in a side place: a "by" phrase, a pronoun, a
 * possessor, the people a vehicle carries, the party a threat's condition names. Sentences of our own.
 */
class RolesExamplesTest {
    static final LocalDate STORY = LocalDate.of(2019, 5, 20);

    static List<Event> code(String sentence) {
        return Coding.code(sentence, STORY);
    }

    @Test
    void theByPhraseOfAnObjectNamesWhoseThingIsBlamedNotTheBlamer() {
        List<Event> events = code("The exporter blamed new border rules by Kenya and Uganda for the losses.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("11") && e.target() != null
                && e.target().code().equals("KEN")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.source().code().equals("KEN") || e.source().code().equals("UGA")),
                events.toString());
    }

    @Test
    void aByGerundIsDoneByTheClausesSubject() {
        List<Event> events = code("Greece responded to the raid by destroying Turkey's small air force.");
        assertTrue(has(events, "GRC", "TURMIL", "19"), events.toString());
        // The raid answered was done to Greece, not by it.
        assertTrue(events.stream().noneMatch(e -> e.source().code().startsWith("TUR")
                || e.source().code().equals("GRC") && e.target() == null), events.toString());
    }

    @Test
    void aPronounObjectStandsForThePartyNamedBeforeIt() {
        List<Event> events = code("Indian officials blamed Pakistan, accusing it of sending weapons to militants in Kashmir.");
        assertTrue(has(events, "INDGOV", "PAK", "11"), events.toString());
        // What it is accused of is not whom it accuses.
        assertTrue(events.stream().allMatch(e -> e.target() != null && e.target().code().equals("PAK")),
                events.toString());
    }

    @Test
    void thoseAVehicleCarriesAreTheOnesAmbushed() {
        List<Event> events = code("Rebels ambushed a truck carrying a police unit near the border.");
        assertTrue(hasTargetWord(events, "19", "police unit"), events.toString());
    }

    @Test
    void aThreatIsAimedAtThePartyItsConditionNamesThoughUncoded() {
        List<Event> events = code("The militants warned they would behead the captives if the governor did not free "
                + "their commanders.");
        assertTrue(hasTargetWord(events, "13", "governor"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("13") && e.target() != null
                && e.target().text().contains("commanders")), events.toString());
    }

    @Test
    void thePossessorOfRemarksCalledNamesIsTheOneCriticised() {
        List<Event> events = code("The spokeswoman called Miller’s remarks “reckless and insulting.”");
        assertTrue(hasTargetWord(events, "11", "miller"), events.toString());
    }

    @Test
    void aParticipleReadAsAnAdjectiveStillHasItsNounBackedByItsAgent() {
        List<Event> events = code("Malian army units, backed by French special forces, are fighting jihadists in the north.");
        assertTrue(has(events, "FRAMIL", "MLIMIL", "06"), events.toString());
    }

    @Test
    void aPronounObjectStandsForAnUncodedNameBeforeIt() {
        List<Event> events = code("In March, the army ousted Sanchez and detained him.");
        assertTrue(hasTargetWord(events, "17", "sanchez"), events.toString());
    }

    @Test
    void aThreatIsAimedAtWhomTheThreatenersOwnActNames() {
        List<Event> events = code("The European Union warned that it will keep up its pressure on Belarus to free "
                + "political prisoners.");
        assertTrue(has(events, "IGOEUREEC", "BLR", "13"), events.toString());
    }

    @Test
    void theCentralAfricanRepublicsInitialsNameIt() {
        List<Event> events = code("Gabon and C.A.R. officials met in Libreville and signed a security pact.");
        assertTrue(events.stream().anyMatch(e -> e.target() != null && e.target().code().startsWith("CAF")),
                events.toString());
    }

    @Test
    void oneWhoStandsAccusedIsTheAccusedNotTheAccuser() {
        List<Event> events = code("The former minister stands accused of bribery by prosecutors in Nairobi.");
        assertTrue(hasTargetWord(events, "112", "minister"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.source().text().contains("minister")), events.toString());
    }

    @Test
    void anObjectHungOnTheFirstOfTwoVerbsIsTheSecondsToo() {
        List<Event> events = code("Hamas fighters have been ambushing and attacking Israeli soldiers since January.");
        // Each verb acts on the soldiers: no event without a target beside the one with it.
        assertTrue(has(events, "PSEREBHMS", "ISRMIL", "19"), events.toString());
        assertTrue(events.stream().allMatch(e -> e.target() != null && e.target().code().equals("ISRMIL")),
                events.toString());
    }

    @Test
    void theSourceNamedAgainInTheObjectLeavesTheTargetToBeFound() {
        List<Event> events = code("Xi's trade dispute with Australia, which he hit last year with heavy tariffs, has eased.");
        assertTrue(has(events, "CHNGOV", "AUS", "163"), events.toString());
    }

    @Test
    void aNameAGerundActsOnIsNoPartyAddressed() {
        List<Event> events = code("The Ugandan government had called for closing Kyangwali after the riots.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("02")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().text().contains("Kyangwali")),
                events.toString());
    }

    @Test
    void backingTheThingNamedBeforeBacksWhoeverMakesIt() {
        List<Event> events = code("Norway is trying to conclude an accord with Colombia, and Brazil said it would back the accord.");
        assertTrue(has(events, "BRA", "NOR", "05"), events.toString());
    }
}
