package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts with both parties named that news reports and Dyad once missed, through the real pipeline (CoreNLP's
 * parse, the built-in dictionaries, the coder), on sentences written for these tests.
 */
class RecallExamplesTest {
    static final LocalDate STORY = LocalDate.of(2024, 5, 14);

    static List<String> code(String sentence) {
        return Coding.summary(sentence, STORY);
    }

    static boolean any(List<String> events, String prefix) {
        return events.stream().anyMatch(e -> e.startsWith(prefix));
    }

    @Test
    void dismissingAPartysStepAsAnythingIsCriticism() {
        List<String> events = code("Kenyan President William Ruto dismissed Uganda's offer as a publicity stunt.");
        assertTrue(any(events, "KENGOV>UGA 12"), "an offer dismissed is rejected: " + events);
        events = code("The Philippine foreign minister dismissed China's statement as deliberately misleading the public.");
        assertTrue(any(events, "PHLGOV>CHN 111 asserted"), events.toString());
    }

    @Test
    void anAccusationDismissedAsFalseStaysADenial() {
        List<String> events = code("Venezuela dismissed the accusations by Guyana as a fabrication.");
        assertTrue(any(events, "VEN>GUY 016 asserted"), events.toString());
    }

    @Test
    void affirmingSupportForAPartyEndorsesIt() {
        List<String> events = code("The Estonian foreign minister affirmed his firm support for Moldova on Monday.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("ESTGOV>MDA 051 asserted")), events.toString());
    }

    @Test
    void creditingAPartyIsPraise() {
        List<String> events = code("Blinken credited Qatar for its patient mediation between the two sides.");
        assertTrue(any(events, "USAGOV>QAT 051 asserted"), events.toString());
    }

    @Test
    void resumingCooperationThatASpeakerAnnouncesIsAPlannedCooperation() {
        List<String> events = code("Japan said on Friday that it would resume security cooperation with South Korea.");
        assertTrue(any(events, "JPN>KOR 0312 planned"), events.toString());
    }

    @Test
    void aQuotesModalDoesNotGovernTheStatementThatReadsIt() {
        List<String> events = code("\"Our two nations can do more together,\" read an Indonesian statement, after Prabowo "
                + "spoke by phone on Sunday with Australian Prime Minister Anthony Albanese.");
        assertTrue(any(events, "IDNGOV>AUSGOV 041 asserted"), events.toString());
        // a modal in the attribution clause itself still counts
        events = code("Prabowo could speak with Australian Prime Minister Anthony Albanese on Sunday.");
        assertTrue(events.isEmpty(), "a modal of the act's own clause still makes it hypothetical: " + events);
    }

    @Test
    void weInQuotedWordsIsTheSpeaker() {
        List<String> events = code("\"We firmly reject the accusations made by Rwanda,\" the Congolese government spokesman "
                + "told reporters on Monday.");
        assertTrue(any(events, "CODGOV>RWA 016 asserted"), events.toString());
        // a third person in the quote is someone else
        events = code("\"They reject the accusations made by Rwanda,\" the Congolese government spokesman told reporters.");
        assertTrue(!any(events, "CODGOV>"), events.toString());
    }

    @Test
    void aNamedSpokespersonIsOfTheBodyBeforeTheTitle() {
        List<String> events = code("\"We strongly reject the claims made by Uganda,\" Kenyan foreign ministry spokesperson "
                + "Mary Wanjiru told reporters.");
        assertTrue(any(events, "KENGOV>UGA 016 asserted"), events.toString());
    }

    @Test
    void aContinentInAGluedHeadingIsNoGivenName() {
        List<String> events = Coding.summary("Turkish President Recep Tayyip Erdogan spoke on Monday. Europe and Africa "
                + "Erdogan has recently met Macron. Erdogan criticized Greece on Tuesday.", LocalDate.of(2021, 3, 9));
        assertTrue(any(events, "TURGOV>GRC 111"), events.toString());
    }

    @Test
    void aCountrysDeputyEnvoyToTheUnIsOfTheCountry() {
        List<String> events = code("French Deputy U.N. Ambassador Nathalie Broadhurst criticized Russia on Tuesday.");
        assertTrue(any(events, "FRAGOV>RUS 111"), events.toString());
    }
}
