package org.dyad.cli;

import static org.dyad.cli.Coding.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Who receives what is given, and of whom a demand is made, where the sentence says it sideways: through the
 * purpose of a gift, a place, an opened border, or a clause that says a party "must" act. Sentences of our own.
 */
class RecipientsAndDemandsExamplesTest {
    static final LocalDate STORY = LocalDate.of(2019, 5, 20);

    static List<Event> code(String sentence) {
        return Coding.code(sentence, STORY);
    }

    @Test
    void thoseAGiftIsToHelpReceiveIt() {
        List<Event> events = code("Japan gave 40 million dollars to help families in Nepal.");
        assertTrue(has(events, "JPN", "NPL", "07"), events.toString());
    }

    @Test
    void donationsAreAid() {
        List<Event> events = code("Sweden has provided its yearly donations to Palestinians.");
        assertTrue(has(events, "SWE", "PSE", "07"), events.toString());
    }

    @Test
    void aPurposeClauseNamesNoTargetOutsideAid() {
        List<Event> events = code("Japan wants to strengthen ties in Asia to counter Beijing's growing clout.");
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("05") && e.target() != null),
                events.toString());
    }

    @Test
    void troopsSentIntoACountryLandOnThatCountry() {
        List<Event> events = code("The British army sent 300 soldiers in Mali.");
        assertTrue(has(events, "GBRMIL", "MLI", "15"), events.toString());
    }

    @Test
    void openingTheBordersToPeopleGivesThemRefuge() {
        List<Event> events = code("Jordan opened its borders to thousands of Iraqis fleeing the war.");
        assertTrue(has(events, "JOR", "IRQ", "075"), events.toString());
    }

    @Test
    void sayingAnotherPartyMustActIsADemand() {
        List<Event> events = code("Germany said Russia must withdraw its troops from the border.");
        assertTrue(has(events, "DEU", "RUS", "10"), events.toString());
        // What is demanded did not happen.
        assertTrue(events.stream().noneMatch(e -> e.source().code().equals("RUS")), events.toString());
    }

    @Test
    void sayingOneselfMustActDemandsNothing() {
        List<Event> events = code("Russia said it must defend its interests in Syria.");
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("10")), events.toString());
    }

    @Test
    void theHolderOfASupportIsTheSourcesSideAndItsForPhraseTheTarget() {
        List<Event> events = code("Speaking in Ankara, Erdogan reiterated Turkey's support for the government of Libya.");
        assertTrue(has(events, "TURGOV", "LBYGOV", "05"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().startsWith("TUR")),
                events.toString());
    }

    @Test
    void diplomatsExpelledAreTheOtherSidesPeople() {
        List<Event> events = code("Moscow expelled three diplomats from Estonia on Friday.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("161") && e.target() != null
                && e.target().code().startsWith("EST")), events.toString());
    }

    @Test
    void anObjectPronounStandsForThePersonNamedBeforeIt() {
        List<Event> events = code("A Moscow court sentenced Alexei Navalny to nine years in prison and banned him from politics.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("172") && e.target() != null
                && e.target().text().startsWith("him (") && e.target().code().equals("RUSOPP")), events.toString());
        // Not the subject of the pronoun's own verb.
        List<Event> told = code("Putin told him the talks would resume.");
        assertTrue(told.stream().noneMatch(e -> e.target() != null && e.target().code().equals("RUSGOV")),
                told.toString());
    }

    @Test
    void callingAPartysWordsEgregiousCriticisesTheParty() {
        assertTrue(has(code("The White House called Canada's comments egregious."), "USAGOV", "CAN", "111"));
    }

    @Test
    void talksAreWithTheirWithPhraseNotTheForumThatNamesThem() {
        assertTrue(has(code("Canada requested WTO dispute consultations with the U.S. over steel duties."),
                "CAN", "USA", "02"));
    }

    @Test
    void aMeetingIsWhereNotWhom() {
        List<Event> events = code("He was criticized by Chinese and Russian representatives at a U.N. Security Council meeting.");
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("11") && e.target() != null
                && e.target().code().startsWith("IGOUNO")), events.toString());
    }

    @Test
    void whatAMeetingIsAboutIsNoSideOfIt() {
        List<Event> events = code("Speaking at a United Nations Security Council meeting on Afghanistan, Pakistan's envoy criticized Kabul.");
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("04") && e.target() != null
                && e.target().code().startsWith("AFG")), events.toString());
        assertTrue(has(code("The talks on Ukraine between Russia and the U.S. ended."), "RUS", "USA", "04"));
    }

    @Test
    void warningsDemandingThatAPartyActAreAimedAtIt() {
        List<Event> events = code("The Kremlin sent a string of warnings demanding that Kyiv halt its drone strikes.");
        assertTrue(has(events, "RUSGOV", "UKRGOV", "13"), events.toString());
    }
}
