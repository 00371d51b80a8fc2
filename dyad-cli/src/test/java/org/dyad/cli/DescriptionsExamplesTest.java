package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What a story describes is no act of the story: a standing position, a way of doing business, a long-running
 * campaign, what something makes possible, what commentators judge. And idioms of acts the coder used to miss.
 * Sentences of our own in the style of wire copy.
 */
class DescriptionsExamplesTest {
    static final LocalDate STORY = LocalDate.of(2025, 3, 12);

    static List<Event> code(String sentence) {
        return Coding.code(sentence, STORY);
    }

    /** {@code sentence} in a story's body, after a lead that reports a different act (a protest, 14). */
    static List<Event> inBody(String sentence) {
        return Coding.code("Thousands of people protested in Bamako on Monday. " + sentence, STORY).stream()
                .filter(e -> !e.cameo().code().startsWith("14")).toList();
    }

    static boolean anyRoot(List<Event> events, String root) {
        return events.stream().anyMatch(e -> e.cameo().code().startsWith(root));
    }

    @Test
    void aStandingPositionOrABusinessInThePresentIsNoAct() {
        List<Event> opposes = inBody("The rebel movement also opposes French mining in northern Niger.");
        assertFalse(anyRoot(opposes, "11"), opposes.toString());
        List<Event> invests = inBody("The Danish firm invests in Kenyan farms, repairs them and leases them to poor families.");
        assertFalse(anyRoot(invests, "06"), invests.toString());
    }

    @Test
    void aSpeechActInThePresentIsTheNews() {
        List<Event> accuses = inBody("Mali's ambassador to Algeria accuses Algeria of arming rebels in the north.");
        assertTrue(Coding.has(accuses, "MLIGOV", "DZA", "11"), accuses.toString());
    }

    @Test
    void aCampaignLongUnderWayIsNoActOfTheStory() {
        List<Event> waging = inBody("The separatist group has been waging a bloody insurgency against the Malian state.");
        assertFalse(anyRoot(waging, "19"), waging.toString());
        List<Event> years = inBody("For decades, he has engaged in separatist politics, threatening the unity of Serbia.");
        assertFalse(anyRoot(years, "13"), years.toString());
        // A simple past stays the act it reports.
        List<Event> past = inBody("The separatist group attacked a Malian army post on Monday.");
        assertTrue(anyRoot(past, "19"), past.toString());
    }

    @Test
    void aStorysFirstSentenceTellsTheNewsInThePresent() {
        List<Event> lead = code("Venezuela releases dozens of Colombian prisoners.");
        assertTrue(anyRoot(lead, "084"), lead.toString());
    }

    @Test
    void whatSomethingMakesPossibleHasNotBeenDone() {
        List<Event> events = code(
                "India has built a national payments network, making it possible for Indian banks to cooperate with Gulf lenders.");
        assertFalse(anyRoot(events, "06"), events.toString());
        List<Event> grid = code("Japan has set up a national data grid — much like power grids — making it possible for "
                + "Japanese AI firms to invest less in their own servers.");
        assertFalse(anyRoot(grid, "06"), grid.toString());
    }

    @Test
    void commentatorsJudgeTheyDoNotAct() {
        String question = "Several American experts are questioning Kenya's decision to leave the alliance.";
        List<Event> questioning = code(question);
        assertFalse(events(questioning, "USA"), questioning.toString());
        List<Event> read = Coding.codeUnasserted(question, STORY);
        assertTrue(read.stream().anyMatch(e -> e.source().code().equals("USA")
                && e.modality() == org.dyad.core.model.Modality.HYPOTHETICAL), read.toString());
        // An office named by its body acts: "a UN human rights expert has called for ...".
        List<Event> rapporteur = code("A UN human rights expert has called for sanctions against Myanmar's army.");
        assertTrue(events(rapporteur, "IGOUNO"), rapporteur.toString());
        List<Event> professor = code("The prime minister sees a chance to win concessions from Beijing in future talks over "
                + "loans, said John Tan, associate professor at the National University of Singapore.");
        assertFalse(anyRoot(professor, "03"), professor.toString());
        List<Event> thinkTank = code("Mark Lee, director of the Brookings Institution's Center for Asia Policy, told VOA "
                + "that Vietnam is reluctant to hold talks with China.");
        assertFalse(events(thinkTank, "VNM"), thinkTank.toString());
    }

    private static boolean events(List<Event> events, String source) {
        return events.stream().anyMatch(e -> e.source().code().startsWith(source));
    }

    @Test
    void gettingRidOfGunmenIsKillingThem() {
        List<Event> events = code(
                "Our soldiers successfully got rid of five al-Shabab militants who raided a market, the Somali army said.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("19") && e.target() != null
                && e.target().code().equals("SOMREBSHB")), events.toString());
    }

    @Test
    void conferringAnHonourIsPraise() {
        List<Event> events = code("Kenya conferred its highest civilian honor on Macron on Wednesday.");
        assertTrue(Coding.has(events, "KEN", "FRAGOV", "051"), events.toString());
        assertFalse(anyRoot(events, "04"), events.toString());
    }

    @Test
    void takingCreditAndPointingAFingerAreClaimAndBlame() {
        List<Event> credit = code("Al-Shabab took credit for the bombing of a Kenyan army convoy.");
        assertTrue(anyRoot(credit, "015"), credit.toString());
        List<Event> finger = code("The Afghan president pointed a finger at the Taliban on Sunday.");
        assertTrue(Coding.hasTargetWord(finger, "112", "taliban"), finger.toString());
    }

    @Test
    void theBaluchSeparatistsByTheirInitials() {
        List<Event> events = code("The BLA claimed responsibility for the attack on a Pakistani army convoy.");
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("PAKREBBLA")), events.toString());
    }
}
