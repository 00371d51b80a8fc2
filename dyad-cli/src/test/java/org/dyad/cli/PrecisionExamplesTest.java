package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Events a careful coder would not write: the one who tells of an act taken for its doer, a word that names no act
 * taken for one. Sentences of our own in the style of wire copy.
 */
class PrecisionExamplesTest {
    static final LocalDate STORY = LocalDate.of(2024, 9, 12);

    static List<Event> code(String sentence) {
        return Coding.code(sentence, STORY);
    }

    static boolean noneBy(List<Event> events, String source, String cameoPrefix) {
        return events.stream().noneMatch(e -> e.source().code().equals(source)
                && e.cameo().code().startsWith(cameoPrefix));
    }

    @Test
    void officialsWhoDescribeABombingDidNotBombAnyone() {
        List<Event> events = code("Kenyan officials said the bombing was the work of a foreign network.");
        assertTrue(noneBy(events, "KENGOV", "18"), events.toString());
    }

    @Test
    void policeWhoReportAnAirstrikeDidNotCarryItOut() {
        List<Event> events = code("Nigerian police said three villagers were killed in an airstrike on Sunday.");
        assertTrue(noneBy(events, "NGACOP", "19"), events.toString());
    }

    @Test
    void sharingWordOfARaidIsNotTheRaid() {
        List<Event> events = code("The Ghanaian foreign minister was the first to share word of the raid.");
        assertTrue(noneBy(events, "GHAGOV", "19"), events.toString());
    }

    @Test
    void strikesASayerSaysWillFollowAreItsOwn() {
        List<Event> events = Coding.codeUnasserted("Russia said new strikes on Kyiv would follow.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("RUS") && e.cameo().code().startsWith("19")),
                events.toString());
    }

    @Test
    void whoComesUnderAttackIsItsTargetNotItsSource() {
        List<Event> events = code("Malian troops came under attack from Wagner fighters near Timbuktu on Monday.");
        assertTrue(noneBy(events, "MLIMIL", "19"), events.toString());
    }

    @Test
    void aCountryFacingAThreatDoesNotThreaten() {
        List<Event> events = code("Benin is facing a growing threat from jihadist groups, the minister said.");
        assertTrue(noneBy(events, "BEN", "13"), events.toString());
    }

    @Test
    void theAttackerNamedAfterFromActsOnTheOneWhoFacesIt() {
        List<Event> events = code("Ukraine faced fresh attacks from Russia overnight.");
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("RUS") && e.target() != null
                && e.target().code().equals("UKR") && e.cameo().code().startsWith("19")), events.toString());
    }
}
