package org.dyad.cli;

import static org.dyad.cli.Coding.has;
import static org.dyad.cli.Coding.hasTargetWord;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Whom coercion, sanctions, force posture and talks are aimed at where the sentence names them sideways: expelled
 * envoys, arrested people no dictionary codes, the place a curfew is imposed in, peacekeepers withdrawn from a country.
 * Sentences of our own.
 */
class ForceAndTalksExamplesTest {
    static final LocalDate STORY = LocalDate.of(2019, 5, 20);

    static List<Event> code(String sentence) {
        return Coding.code(sentence, STORY);
    }

    @Test
    void anExpelledEnvoyIsTheOtherSidesNotTheExpellersOwn() {
        List<Event> events = code("Bolivia expelled the Peruvian ambassador on Tuesday.");
        assertTrue(has(events, "BOL", "PERGOV", "161"), events.toString());
    }

    @Test
    void aRecalledEnvoyStaysTheRecallersOwn() {
        List<Event> events = code("Bolivia recalled its ambassador to Peru.");
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().equals("BOLGOV")),
                events.toString());
    }

    @Test
    void theArrestedAreTheTargetWhateverTheirNoun() {
        List<Event> events = code("Greek police arrested the skipper of a fishing boat carrying dozens of refugees.");
        assertTrue(hasTargetWord(events, "173", "skipper"), events.toString());
    }

    @Test
    void theArrestedBeatAPlaceNamedLaterInTheSentence() {
        List<Event> events = code("Police arrested a handful of students during a rally in Nairobi.");
        assertTrue(hasTargetWord(events, "173", "students"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().equals("173") && e.target() != null
                && e.target().code().startsWith("KEN")), events.toString());
    }

    @Test
    void aCapitalisedDatelineCityIsNoParty() {
        List<Event> events = code("NAIROBI, Kenya - Police have detained two journalists near the parliament.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("173")
                && e.source().text().toLowerCase().contains("police")), events.toString());
    }

    @Test
    void aCurfewInPartsOfACountryLandsOnThatCountry() {
        List<Event> events = code("The Kenyan government imposed a curfew in parts of Somalia.");
        assertTrue(has(events, "KENGOV", "SOM", "1723"), events.toString());
    }

    @Test
    void aStateOfSiegeLandsOnThePlaceItIsDeclaredIn() {
        List<Event> events = code("The governor declared a state of siege in the town after the riots.");
        assertTrue(hasTargetWord(events, "1724", "town"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().text().contains("state")),
                events.toString());
    }

    @Test
    void peacekeepersWithdrawnFromACountryAreAnExpulsionOfPeacekeepers() {
        List<Event> events = code("Ghana withdrew the batch of 300 peacekeepers from Liberia in March.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("1661")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().equals("0874")), events.toString());
    }

    @Test
    void aMediationIsBetweenThePartiesOfTheDisputeItsPurposeNames() {
        List<Event> events = code("Norway launched a mediation effort to end the feud between Colombia and Venezuela.");
        assertTrue(has(events, "NOR", "COL", "045") && has(events, "NOR", "VEN", "045"), events.toString());
    }

    @Test
    void callingALeaderOnANamedDayIsAPhoneCall() {
        List<Event> events = code("The Kenyan president called the Ugandan president on Friday to discuss the border.");
        assertTrue(has(events, "KENGOV", "UGAGOV", "041") || has(events, "KENGOV", "UGAGOV", "040"), events.toString());
        List<Event> insult = code("The Kenyan president called the Ugandan president a thief on Friday.");
        assertTrue(insult.stream().noneMatch(e -> e.cameo().code().startsWith("04")), insult.toString());
    }

    @Test
    void lunchOrDiscussionsWithALeaderAreConsultations() {
        List<Event> lunch = code("The French president had lunch with the Italian prime minister in Rome.");
        assertTrue(has(lunch, "FRAGOV", "ITAGOV", "040"), lunch.toString());
        List<Event> talks = code("The Kenyan president held bilateral discussions with the Ugandan president.");
        assertTrue(has(talks, "KENGOV", "UGAGOV", "040"), talks.toString());
    }

    @Test
    void forcingAPlaneToLandOrALeaderOutIsCoercion() {
        List<Event> plane = code("Greek fighter jets forced a Turkish cargo plane to land in Athens.");
        assertTrue(has(plane, "GRC", "TUR", "170") || has(plane, "GRCMIL", "TUR", "170"), plane.toString());
        List<Event> ousted = code("Rebels forced the Malian president out of the country on Monday.");
        assertTrue(ousted.stream().anyMatch(e -> e.cameo().code().equals("170") && e.target() != null
                && e.target().code().equals("MLIGOV")), ousted.toString());
    }

    @Test
    void forceReadiedForAnAssaultAgainstAFoeIsAimedAtIt() {
        List<Event> events = code("Turkey mobilized the army for a ground assault against Kurdish militias.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("15") && e.target() != null
                && e.target().text().toLowerCase().contains("militias")), events.toString());
    }

    @Test
    void strengtheningItsForcesIsMobilisation() {
        List<Event> events = code("NATO strengthened its forces in Poland last year.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("154")), events.toString());
    }

    @Test
    void partiesHoldingDrillsTogetherCooperateMilitarily() {
        List<Event> events = code("Egyptian and Saudi forces held naval drills in the Red Sea.");
        assertTrue(has(events, "EGYMIL", "SAUMIL", "062") && has(events, "SAUMIL", "EGYMIL", "062"), events.toString());
        List<Event> patrol = code("French and German troops patrolled the border area.");
        assertTrue(patrol.stream().noneMatch(e -> e.cameo().code().equals("062")), patrol.toString());
    }

    @Test
    void orderingANewspaperToSuspendPublicationRestrictsThePress() {
        List<Event> events = code("The Egyptian government ordered the daily newspaper Al-Masry to suspend publication.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("1721") && e.source().code().equals("EGYGOV")
                && e.target() != null && e.target().text().contains("newspaper")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.source().text().contains("newspaper")), events.toString());
    }

    @Test
    void soldiersBackedByForeignTroopsAreBackedByThem() {
        // Parsed with "backed" as the clause and the soldiers as its subject: the troops still back the soldiers.
        List<Event> events = code("Somali security forces backed by Kenyan soldiers surrounded the hotel.");
        assertTrue(has(events, "KENMIL", "SOMCOP", "062"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("05")), events.toString());
        // Backing without arms stays an endorsement, the backer its source.
        List<Event> endorsed = code("Rebels backed by Russia seized the town.");
        assertTrue(endorsed.stream().anyMatch(e -> e.source().code().equals("RUS") && e.cameo().code().equals("051")),
                endorsed.toString());
        assertTrue(endorsed.stream().noneMatch(e -> e.target() != null && e.target().code().equals("RUS")),
                endorsed.toString());
    }
}
