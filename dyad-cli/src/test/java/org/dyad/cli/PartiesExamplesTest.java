package org.dyad.cli;

import static org.dyad.cli.Coding.has;
import static org.dyad.cli.Coding.hasTargetWord;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Who the act is done to, and by whom, where the sentence names the party in a way the dictionaries do not code:
 * a place, a group of people, a small clause, a passive. Sentences of our own in the style of wire copy.
 */
class PartiesExamplesTest {
    static final LocalDate STORY = LocalDate.of(2019, 5, 20);

    static List<Event> code(String sentence) {
        return Coding.code(sentence, STORY);
    }

    @Test
    void aidDeliveredInACountryIsAidToThatCountry() {
        List<Event> events = code("The Danish government delivered tons of food aid in Chad on Friday.");
        assertTrue(has(events, "DNKGOV", "TCD", "07"), events.toString());
    }

    @Test
    void shellingVillagesInACountryLandsOnThatCountry() {
        List<Event> events = code("Rebel fighters shelled several villages in eastern Ukraine.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("19") && e.target() != null
                && e.target().code().equals("UKR")), events.toString());
    }

    @Test
    void aStatementIsNotAddressedToThePlaceItIsMadeIn() {
        List<Event> events = code("The Kenyan foreign minister made an appeal for calm in Paris on Monday.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("02")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().startsWith("FRA")),
                events.toString());
    }

    @Test
    void peopleThePatternNamesAreTheTarget() {
        List<Event> events = code("The junta freed dozens of jailed journalists on Sunday.");
        assertTrue(hasTargetWord(events, "084", "journalists"), events.toString());
    }

    @Test
    void troopsSentAreTheSendersMeansNotTheTarget() {
        List<Event> events = code("Kenya deployed hundreds of troops in Somalia last year.");
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().text().contains("troops")),
                events.toString());
    }

    @Test
    void theSubjectOfASmallClauseIsTheTarget() {
        List<Event> events = code("A Lyon court found businessman Jean Marchetti guilty of fraud.");
        assertTrue(hasTargetWord(events, "116", "marchetti"), events.toString());
    }

    @Test
    void whoIsToStepDownIsWhomTheDemandIsMadeOf() {
        List<Event> events = code("Opposition lawmakers demanded that Mr Okonkwo resign as governor.");
        assertTrue(hasTargetWord(events, "10", "okonkwo"), events.toString());
    }

    @Test
    void aPassiveWithItsAgentIsTheAgentsAct() {
        List<Event> events = code("Scores of prisoners were released by the rebels in Benghazi on Friday.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("0841") && e.source().code().endsWith("REB")
                && e.target() != null && e.target().text().contains("prisoners")), events.toString());
    }

    @Test
    void someOfItsTroopsAreItsTroops() {
        List<Event> events = code("Russia began withdrawing some of its troops from Syria.");
        assertTrue(has(events, "RUS", "SYR", "0874"), events.toString());
    }

    @Test
    void anArrestWithNoAgentIsTheStatesWhereItHappened() {
        List<Event> events = code("A blogger was arrested in Niger on Monday for criticising the army.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("173") && e.source().code().equals("NER")
                && e.target() != null && e.target().text().contains("blogger")), events.toString());
    }

    @Test
    void twoPeopleWhoShareACodeAreStillTwoParties() {
        List<Event> events = Coding.code("Vladimir Putin sharply criticised Prime Minister Mikhail Mishustin on Tuesday.",
                LocalDate.of(2021, 5, 20));
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("111") && e.target() != null
                && e.target().text().contains("Mishustin")), events.toString());
    }

    @Test
    void peopleHeldAsShieldsAreWhomTheActIsDoneTo() {
        List<Event> events = code("Al-Shabab fighters were holding 300 villagers as human shields near the border.");
        assertTrue(hasTargetWord(events, "184", "villagers"), events.toString());
    }

    @Test
    void theOwnerOfTheThingActedOnIsTheTarget() {
        List<Event> events = code("The Supreme Court rejected the appeal of a jailed blogger on Tuesday.");
        assertTrue(hasTargetWord(events, "12", "blogger"), events.toString());
    }

    @Test
    void oneOfSeveralMenIsOneOfThoseMen() {
        List<Event> events = code("Police arrested one of the three suspects on Sunday.");
        assertTrue(hasTargetWord(events, "173", "suspects"), events.toString());
    }

    @Test
    void aPersonCodedByCountryIsStillAPartyApartFromItsCountry() {
        List<Event> events = Coding.code("Venezuela banned Juan Guaido from running in the election.", LocalDate.of(2018, 7, 1));
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("VEN") && e.target() != null
                && e.target().text().contains("Guaido")), events.toString());
    }

    @Test
    void theyInWhatSpeakersSayIsTheSpeakers() {
        List<Event> events = code("The dock workers said they will not end the strike until wages rise.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("124")
                && e.source().text().contains("workers")), events.toString());
    }

    @Test
    void agreeingToAnyActIsAnIntentToCooperate() {
        List<Event> events = code("The Kenyan government agreed to build a new hospital in Mombasa.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("030") && e.source().code().startsWith("KEN")),
                events.toString());
        assertTrue(events.stream().noneMatch(e -> !e.cameo().code().startsWith("03")), "nothing was built: " + events);
    }

    @Test
    void seeingACountryAsAThreatIsNoThreatToIt() {
        List<Event> events = code("Many Kenyan voters see Uganda as a threat.");
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("13") && e.target() != null
                && e.target().code().startsWith("UGA")), events.toString());
    }

    @Test
    void anUncodedNameIsNotTheActorItsAppositionMentions() {
        List<Event> events = code("A Harare court freed journalist Tendai Moyo, a critic of President Emmerson Mnangagwa.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("0841") && e.target() != null
                && e.target().text().contains("Moyo")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().text().contains("Mnangagwa")),
                events.toString());
    }

    @Test
    void troopsWithdrawnAreTheWithdrawingSidesOwn() {
        List<Event> events = code("Chad said it would withdraw its troops from the border zone.");
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().text().contains("troops")),
                events.toString());
    }

    @Test
    void whoWasKilledInAnAirstrikeIsItsTarget() {
        List<Event> events = code("A senior al-Shabab commander was killed in a U.S. airstrike on Friday.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("19") && e.source().code().equals("USA")
                && e.target() != null && e.target().code().startsWith("SOMREBSHB")), events.toString());
    }

    @Test
    void aVerbWithoutObjectSharesItsConjunctsObject() {
        List<Event> events = code("Boko Haram has been attacking and fighting Nigerian troops for years.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("19") && e.target() != null
                && e.target().code().equals("NGAMIL")), events.toString());
    }

    @Test
    void whoseReleaseIsCalledForIsTheTarget() {
        List<Event> events = code("Press freedom groups called for Chen's immediate release.");
        assertTrue(hasTargetWord(events, "025", "chen"), events.toString());
    }

    @Test
    void theOwnerOfSeizedAssetsIsTheTarget() {
        List<Event> events = code("The junta is confiscating party assets across the country.");
        assertTrue(hasTargetWord(events, "171", "party"), events.toString());
    }

    @Test
    void aRecalledAmbassadorIsTheRecallingSidesOwn() {
        List<Event> events = code("Italy recalled its ambassador on Monday.");
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().text().contains("ambassador")),
                events.toString());
    }

    @Test
    void whomAnAttackIsBlamedOnIsTheTarget() {
        List<Event> events = code("Nairobi has blamed the latest bombings on gunmen hiding in the forest.");
        assertTrue(hasTargetWord(events, "11", "gunmen"), events.toString());
    }

    @Test
    void theSiteOfAnAttackIsItsTargetWhereNoPartyIsNamed() {
        List<Event> events = code("Al-Shabab fighters attacked a military base in Lamu county on Sunday.");
        assertTrue(hasTargetWord(events, "190", "military base"), events.toString());
        List<Event> stormed = code("Islamist militants stormed a police station near the border on Sunday.");
        assertTrue(hasTargetWord(stormed, "190", "police station"), stormed.toString());
    }

    @Test
    void whatStrikesHitIsWhereTheyLanded() {
        List<Event> events = code("Ethiopian air strikes hit the rebel-held town of Dolo for a second day.");
        assertTrue(hasTargetWord(events, "195", "dolo"), events.toString());
    }

    @Test
    void theMatterOfAnInvestigationIsItsTarget() {
        List<Event> events = code("Kenyan police opened an investigation into the collapse of a footbridge.");
        assertTrue(hasTargetWord(events, "09", "collapse"), events.toString());
        // A thing is no target of an act of speech: criticising the collapse names no one criticised.
        List<Event> criticised = code("Kenyan officials criticized the collapse of a footbridge.");
        assertTrue(criticised.stream().noneMatch(e -> e.target() != null && e.target().text().contains("collapse")),
                criticised.toString());
    }

    @Test
    void anActorOverTwoModifiersOfAnEventNounIsOneParty() {
        // "Kenyan" (amod) and "army" (compound) are one actor: it is the source, not also its own target.
        List<Event> events = code("A Kenyan army offensive on the last rebel bastion in the north has displaced thousands.");
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("KENMIL") && e.target() != null
                && e.target().text().contains("bastion")), events.toString());
    }

    @Test
    void whoseDemandIsAcceptedIsTheTarget() {
        List<Event> events = code("The Kenyan government accepted demands from the teachers union for higher pay.");
        assertTrue(hasTargetWord(events, "080", "union"), events.toString());
        List<Event> refused = code("Peru's president refused a request from the justice minister to delay the vote.");
        assertTrue(hasTargetWord(refused, "12", "minister"), refused.toString());
    }

    @Test
    void whomARefusalWaitsOnIsTheTarget() {
        List<Event> events = code("Nigerian oil workers said they will not end the strike until the Nigerian government raises their wages.");
        assertTrue(has(events, "NGALAB", "NGAGOV", "124"), events.toString());
        List<Event> agent = code("Cuban doctors will not end their strike until their demands are met by the health ministry.");
        assertTrue(hasTargetWord(agent, "124", "ministry"), agent.toString());
    }

    @Test
    void anAmericanOfForeignOriginIsNoForeignState() {
        List<Event> events = code("A Russian gangster tried to kill the Iranian American journalist Masih Alinejad in New York.");
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().equals("IRN")), events.toString());
        assertTrue(has(events, "RUSCRM", "USAMED", "18"), events.toString());
    }

    // Places and venues are where an act is done, not whom it is done to (VOA readings 5-7).

    @Test
    void aPartyTheActsOwnClauseNamesBeatsThePlaceItIsDoneIn() {
        List<Event> events = code("The militia regularly carries out raids and ambushes in Mali, seeking to overthrow "
                + "the government.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("19")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().equals("MLI")), events.toString());
        assertTrue(hasTargetWord(events, "19", "government"), events.toString());
    }

    @Test
    void thoseABombKillsBeatTheDistrictItWentOffIn() {
        List<Event> events = code("On Monday, a suicide bomber detonated explosives near an army convoy in Punjab's "
                + "Okara district, killing three security personnel.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("18")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("18") && e.target() != null
                && e.target().code().equals("PAK")), events.toString());
    }

    @Test
    void peoplePutUnderMartialLawBeatTheTownshipsItIsImposedOn() {
        List<Event> events = code("The Burmese army imposed martial law on four districts in Mandalay, putting about "
                + "1 million people under military rule.");
        assertTrue(hasTargetWord(events, "172", "people"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().equals("MMR")), events.toString());
    }

    @Test
    void thoseDeportedAreTheTargetNotTheCountryTheyAreSentTo() {
        List<Event> events = code("Police in Bangkok deported 30 migrants to Myanmar last week.");
        assertTrue(hasTargetWord(events, "174", "migrants"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().equals("MMR")), events.toString());
    }

    @Test
    void theSourcesOwnBorderIsAPlaceNotATarget() {
        List<Event> events = code("The Guatemalan government sent 5,000 soldiers to Guatemala's southern border to stop "
                + "smugglers.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("15")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().equals("GTM")), events.toString());
    }

    @Test
    void theCountryASummitIsHeldInIsNoSide() {
        List<Event> events = code("Kenyan President William Ruto and Ugandan President Yoweri Museveni held a summit "
                + "in Uganda on Friday.");
        assertTrue(has(events, "KENGOV", "UGAGOV", "04"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.source().code().equals("UGA")
                || e.target() != null && e.target().code().equals("UGA")), events.toString());
    }

    @Test
    void theCapitalRebelsAreMetInIsAVenueNotTheirCountry() {
        List<Event> events = code("The deal the United States negotiated with the rebels in Oman's capital, Muscat, "
                + "ended the war.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("04") && e.target() != null
                && e.target().code().equals("---REB")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().code().startsWith("OMN")
                || e.source().code().startsWith("OMN")), events.toString());
    }

    @Test
    void officialsMetInTheirCountryKeepIt() {
        List<Event> events = code("U.S. envoys met with officials in Kenya on Monday.");
        assertTrue(has(events, "USAGOV", "KENGOV", "04"), events.toString());
    }

    @Test
    void theMeetingCriticsSpokeAtIsNotWhomTheyCriticised() {
        List<Event> events = code("Last week, the minister was criticized by British and German envoys at a U.N. "
                + "Security Council meeting for failing to stop the violence.");
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("11")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("11") && e.target() != null
                && e.target().code().startsWith("IGOUNO")), events.toString());
    }

    @Test
    void aHotelPeopleMeetAtIsWhereTheyMeet() {
        List<Event> events = code("Tribal chiefs and Malian army officers were meeting at the Sahara Hotel in "
                + "northern Mali.");
        assertTrue(events.stream().noneMatch(e -> e.target() != null
                && e.target().text().toLowerCase().contains("hotel")), events.toString());
    }

    @Test
    void landTakenIsNotThePartyItIsTakenFrom() {
        List<Event> events = code("Turkey annexed the Hatay Province from Syria in 1939.");
        assertTrue(has(events, "TUR", "SYR", "19"), events.toString());
    }

    @Test
    void aPersonsEnvoyActsWithThePersonsCodeButIsNamedAsTheEnvoy() {
        List<Event> events = Coding.code("German Chancellor Angela Merkel's special envoy met Sudanese officials in Khartoum.",
                STORY);
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("DEUGOV")
                && e.source().text().endsWith("special envoy") && e.cameo().code().startsWith("04")), events.toString());
    }

    @Test
    void seizedDocumentsAreConfiscatedNotTerritory() {
        List<Event> events = Coding.code("Kenyan police seized computers and documents from the newspaper's office.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().equals("1711")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().equals("192")), events.toString());
    }

    @Test
    void aNamedAdministrationInACountryIsNotTheState() {
        List<Event> events = code("The Autonomous Administration in north and east Syria rejected the new electoral law on Monday.");
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("SYRREBAAN") && e.cameo().code().startsWith("12")),
                events.toString());
    }

    @Test
    void aCountrysSellersAreItsBusinessPeople() {
        List<Event> events = code("Kenya's maize sellers urged the government to scrap the new import duty.");
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("KENBUS") && e.cameo().code().startsWith("02")),
                events.toString());
    }

    @Test
    void theGroupIsNoIntergovernmentalOrganisation() {
        List<Event> events = code("The World Health Organization opened an office in Bali. "
                + "The group said it would boycott the Kenyan elections.");
        assertTrue(events.stream().noneMatch(e -> e.source().code().startsWith("IGO")),
                events.toString());
    }

    @Test
    void bothLeadersAreTheTwoHeadsJustNamed() {
        List<Event> events = Coding.code("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan "
                + "in Arusha on Monday. Both leaders signed an agreement to build a railway between the two countries.",
                LocalDate.of(2024, 6, 3));
        assertTrue(has(events, "KENGOV", "TZAGOV", "057") && has(events, "TZAGOV", "KENGOV", "057"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.source().code().startsWith("---")), events.toString());
    }
}
