package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in event vocabulary (verbs.tsv) on sentences written in the style of wire news, through the real parse:
 * each checks a word or a sense cue, with the code the CAMEO codebook gives it.
 */
class VocabularyExamplesTest {
    static final LocalDate STORY = LocalDate.of(2021, 12, 28);

    static void codes(String sentence, String expected) {
        List<String> events = Coding.summary(sentence, STORY);
        assertTrue(events.stream().anyMatch(e -> e.startsWith(expected)), sentence + " -> " + events);
    }

    @Test
    void troopsIsItsOwnLemma() {
        // CoreNLP lemmatizes "troops" as "troops": the dictionary lists it beside "troop".
        codes("Russia withdrew its troops from Georgia.", "RUS>GEO 0874");
    }

    @Test
    void callingForSanctionsAgainstACountryCriticizesIt() {
        codes("France called for sanctions against Iran.", "FRA>IRN 111");
    }

    @Test
    void callingSomethingUnacceptableIsCriticismNotAnAppeal() {
        codes("Germany called the decision unacceptable.", "DEU>- 111");
    }

    @Test
    void dismissingAllegationsDeniesResponsibility() {
        codes("Iran dismissed the American allegations.", "IRN>USA 016");
    }

    @Test
    void rejectingCallsForAReleaseRefusesTheRelease() {
        codes("Egypt rejected calls for the release of the journalists.", "EGY>--- 1243");
    }

    @Test
    void aProtestTakesItsFourthDigitFromWhatItOpposes() {
        codes("Kenyan protesters marched against the new tax law.", "KENOPP>- 1412");
    }

    @Test
    void anAppealForHumanitarianAidHasItsOwnCode() {
        codes("Ukraine requested humanitarian aid from the European Union.", "UKR>IGOEUR");
        codes("Ukraine requested humanitarian aid from the European Union.", "UKR>IGOEUREEC 0233");
    }

    @Test
    void refusingEarlyElectionsRejectsAChangeOfRegime() {
        codes("Venezuela refused to hold early elections.", "VEN>- 1234");
    }

    @Test
    void troopsSentToAPeacekeepingForceAreAidNotAMobilization() {
        codes("Japan is sending troops to the United Nations peacekeeping force in South Sudan.", "JPN>IGOUNO 074");
    }

    @Test
    void cuttingTariffsEasesTheEmbargo() {
        codes("Germany reduced tariffs on Chinese steel.", "DEU>CHN 085");
    }

    @Test
    void pressureToReleaseIsADemandForTheRelease() {
        codes("Washington pressured Cairo to release the activists.", "USAGOV>EGYGOV 1053");
    }

    @Test
    void renegingOnAPledgeDefiesANorm() {
        codes("Hungary reneged on its pledge to the European Union.", "HUN>IGOEUREEC 128");
    }

    @Test
    void remainingOnAlertIsAnAlertAndSharingEvidenceIsSharingInformation() {
        codes("Pakistan remained on alert along the Indian border.", "PAK>IND 152");
        codes("Sweden shared evidence with Turkey.", "SWE>TUR 064");
    }

    @Test
    void aNegatedFutureYieldIsARefusal() {
        // CAMEO 124x: refusing to ease an embargo or a strike is an act, not the absence of one.
        codes("Canada will not lift the embargo on Venezuela.", "CAN>VEN 1244");
        codes("Chile will not begin talks with Bolivia.", "CHL>BOL 125");
    }

    @Test
    void willingnessIsAnIntentNotTheAct() {
        // "is willing to withdraw" promises a retreat (0356); it has not happened.
        codes("Armenia is willing to withdraw its troops from Azerbaijan.", "ARM>AZE 0356");
    }

    @Test
    void releaseFromCaptivityAndOrderedReleasesFreePersons() {
        codes("Two Peruvian sailors were released from captivity by Ecuador.", "ECU>PER 0841");
        codes("Kenya ordered the release of the Ugandan fishermen.", "KEN>UGAAGR 0841");
    }

    @Test
    void grantingPermissionYields() {
        codes("Egypt granted Israel permission to use its airspace.", "EGY>ISR 080");
    }

    @Test
    void suspendingAirLinksIsAnEmbargo() {
        codes("Algeria announced a suspension of air links with Morocco.", "DZA>MAR 163");
    }

    @Test
    void legalActionIsALawsuit() {
        codes("The European Commission launched legal action against Hungary.", "IGOEUREEC>HUN 115");
    }

    @Test
    void rollingBackTariffsEasesTheEmbargo() {
        codes("Japan rolled back its tariffs on steel from South Korea.", "JPN>KOR 085");
    }

    @Test
    void wouldUnderAVerbOfSayingIsReportedIntent() {
        // "said it would free" is the backshifted "will free": an intent to release (0353), not a hypothesis.
        codes("Sudan said it would free the Chadian prisoners.", "SDN>TCD 0353");
    }

    @Test
    void consideringAnActIsConsideringAPolicyOptionNotTheAct() {
        List<String> events = Coding.summary("Norway is considering sending medical aid to Sudan.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.startsWith("NOR>") && e.contains(" 014 ")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains(" 07")), "no aid was sent: " + events);
    }

    @Test
    void exploringAPossibilityIsConsideringIt() {
        codes("The Canadian government is exploring the possibility of new tariffs on steel.", "CANGOV>- 014");
    }

    @Test
    void anOfficeIsAPartyThatSpeaks() {
        List<String> events = Coding.summary("The governor's office declined to comment on the lawsuit.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.contains(" 011 ")), events.toString());
    }

    @Test
    void releasingAnyPeopleIsARelease() {
        codes("Egypt released three Americans on Monday.", "EGY>USA 0841");
        List<String> events = Coding.summary("The militia freed 19 Christians and two of the kidnapped engineers.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.contains(" 0841 ")), events.toString());
    }

    @Test
    void releasingAReportIsNoRelease() {
        List<String> events = Coding.summary("The Egyptian government released its annual report on Monday.", STORY);
        assertTrue(events.stream().noneMatch(e -> e.contains(" 084")), events.toString());
    }

    @Test
    void hopingThatSomethingHappensIsAnOptimisticComment() {
        codes("The Japanese government hoped that the talks would resume soon.", "JPNGOV>- 013");
    }

    @Test
    void callingOnSomeoneToActIsAnAppealToThemHoweverTheClauseIsParsed() {
        codes("Amnesty International issued a statement calling on Egyptian authorities to free the students.", "NGOHRIAMN>EGYGOV 02");
        List<String> events = Coding.summary("The union on Monday called on Kenyan leaders to respect the ruling.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.contains(">KENGOV 02")), events.toString());
    }

    @Test
    void callingSomeoneToDiscussIsATelephoneCallNotAnAppeal() {
        codes("On Monday, the Turkish foreign minister called his Greek counterpart to discuss the migrant crisis.", "TURGOV>GRC 040");
    }

    @Test
    void failingToReachADealIsRejectingIt() {
        List<String> events = Coding.summary("Serbia and Kosovo failed to reach a deal on Thursday.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.contains(" 127 asserted")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains(" 057 asserted")), "no deal was signed: " + events);
    }

    @Test
    void callingAccusationsBaselessIsDenyingThem() {
        codes("Moscow called the spying allegations baseless.", "RUSGOV>- 016");
    }

    @Test
    void aThreatIsAnActOnlyWhenItsMakerIsNamedWithIt() {
        List<String> seen = Coding.summary("Many voters in Japan now see China as a threat.", STORY);
        assertTrue(seen.stream().noneMatch(e -> e.contains(" 13")), seen.toString());
        List<String> made = Coding.summary("The move followed months of Iran's threats against shipping.", STORY);
        assertTrue(made.stream().anyMatch(e -> e.startsWith("IRN>") && e.contains(" 13")), made.toString());
    }

    @Test
    void aCriminalChargeIsAnAccusationOfCrime() {
        codes("A Kenyan court charged Zambia's former finance minister with fraud.", "KENJUD>ZMBELI 1121");
        codes("Kenyan prosecutors filed charges against Zambia's former finance minister.", "KENJUD>ZMBELI 1121");
    }

    @Test
    void aLegalPardonEasesASanction() {
        // CAMEO's 056 is forgiving in words; a pardon lifts the sanction a court imposed.
        codes("Kenya's president granted a pardon to opposition leader Raila Odinga.", "KENGOV>KENELI 081");
        codes("Ghana's president pardoned three jailed Ghanaian journalists on Friday.", "GHAGOV>GHAMED 081");
    }

    @Test
    void lettingPeopleFreeReleasesThem() {
        // The parser hangs "free" on "let" as a clause of its own.
        codes("Kenya let free some 40 opposition activists.", "KEN>--- 0841");
    }

    @Test
    void refusingAPartysRequestRejectsIt() {
        // Even a request to comment: the party asked is turned down; declining to comment alone stays 011.
        codes("The Kenyan police refused to respond to a request from Reuters for the names of the detainees.",
                "KENCOP>GBRMED 120");
        codes("A Kenyan police spokesman declined to comment.", "KENCOP>- 011");
    }

    @Test
    void peacekeepersSentOrArrivingAreProvidingPeacekeeping() {
        List<String> sent = Coding.summary("Bangladesh deployed 300 troops as peacekeeping forces in Mali.", STORY);
        assertTrue(sent.stream().anyMatch(e -> e.startsWith("BGD") && e.contains(" 074")), sent.toString());
        List<String> arriving = Coding.summary("Ghanaian peacekeepers arrived in Juba on Monday.", STORY);
        assertTrue(arriving.stream().anyMatch(e -> e.startsWith("GHA") && e.contains(" 074")), arriving.toString());
    }

    @Test
    void moneyInEurosOrPoundsIsEconomicAid() {
        List<String> euros = Coding.summary("Ireland gave €5 million to the Sudanese Red Crescent.", STORY);
        assertTrue(euros.stream().anyMatch(e -> e.startsWith("IRL") && e.contains(" 071")), euros.toString());
    }

    static void codesSome(String sentence, String source, String code) {
        List<String> events = Coding.summary(sentence, STORY);
        assertTrue(events.stream().anyMatch(e -> e.startsWith(source) && e.contains(" " + code)),
                sentence + " -> " + events);
    }

    @Test
    void raisingMoneyForAPartyFundsIt() {
        codesSome("The Qatari foundation raised money for earthquake survivors in Turkey.", "QAT", "071");
    }

    @Test
    void aMedicalTeamSentIsHumanitarianAid() {
        codesSome("Egypt sent a team of medical specialists to Sudan on Friday.", "EGY", "073");
        codesSome("Turkey sent a medical team to Somalia.", "TUR", "073");
    }

    @Test
    void evacuatingPeopleFromDangerIsHumanitarianAid() {
        codesSome("The Italian navy evacuated 250 civilians from Libya.", "ITAMIL", "073");
        // Diplomats and staff taken home are a reduction of relations, as before.
        codesSome("Britain evacuated its embassy staff from Sudan.", "GBR", "166");
    }

    @Test
    void burningAFlagIsADemonstration() {
        codesSome("Pakistani students burned a French flag in Lahore.", "PAK", "141");
    }

    @Test
    void overrunningAMilitaryPostIsAnAssault() {
        codesSome("Al-Shabaab fighters overran a Kenyan military base near the border.", "SOMREB", "190");
    }

    @Test
    void aHyphenatedCeaseFireIsMatchedThroughItsLastPart() {
        // The tokenizer splits "cease-fire" into "cease", "-", "fire": verb objects and the noun still find it.
        codesSome("The Ethiopian government declared a unilateral cease-fire in the north on Tuesday.", "ETHGOV", "0871");
        codesSome("A cease-fire between Armenia and Azerbaijan took hold on Saturday.", "ARM", "0871");
    }

    @Test
    void offeringToSendTroopsIsAnIntentToProtectNotAMobilisation() {
        List<String> events = Coding.summary("Rwanda has offered to send troops to help Mozambique fight the insurgents.",
                STORY);
        assertTrue(events.stream().anyMatch(e -> e.startsWith("RWA") && e.contains(" 0334")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains(" 154")), events.toString());
        // The troops offered are the offerer's means, not its target.
        assertTrue(events.stream().noneMatch(e -> e.startsWith("RWA>---")), events.toString());
    }
}
