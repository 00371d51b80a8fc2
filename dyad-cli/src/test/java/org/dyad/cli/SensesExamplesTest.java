package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word sense, polarity, modality and statements through the real pipeline (CoreNLP's parse, the built-in
 * dictionaries, the coder): the readings a careful CAMEO coder gives, on sentences written for these tests.
 */
class SensesExamplesTest {
    static final LocalDate STORY = LocalDate.of(2021, 12, 28);

    static List<String> code(String sentence) {
        return Coding.summary(sentence, STORY);
    }

    static boolean any(List<String> events, String prefix) {
        return events.stream().anyMatch(e -> e.startsWith(prefix));
    }

    static boolean anyCode(List<String> events, String codePrefix) {
        return events.stream().anyMatch(e -> e.split(" ")[1].startsWith(codePrefix));
    }

    // ---- 1. senses and polarity -----------------------------------------------------------------------------

    @Test
    void ceasingMilitaryAidIsStoppingItNotGivingIt() {
        List<String> events = code("Canada will cease military aid to Ethiopia.");
        assertTrue(any(events, "CAN>ETH 1622 "), events.toString());
        assertTrue(!anyCode(events, "07") && !anyCode(events, "03"), events.toString());
    }

    @Test
    void aSuspensionOfAidIsReducingAid() {
        List<String> events = code("Norway announced a suspension of aid to Malawi on Friday.");
        assertTrue(any(events, "NOR>") && anyCode(events, "162"), events.toString());
        assertTrue(!anyCode(events, "07"), events.toString());
    }

    @Test
    void callingSomethingUnbearableIsCriticismNotAnAppeal() {
        List<String> events = code("The Kenyan president called the new tariffs unbearable.");
        assertTrue(any(events, "KENGOV>- 111 asserted"), events.toString());
        assertTrue(!anyCode(events, "02") && !anyCode(events, "16"), events.toString());
    }

    @Test
    void dismissingAllegationsIsADenial() {
        List<String> events = code("Hungary dismissed the allegations by Sweden.");
        assertTrue(any(events, "HUN>SWE 016 asserted"), events.toString());
    }

    @Test
    void whatAnAppealAsksForDidNotHappen() {
        List<String> events = code("Egypt urged Israel to accept a ceasefire in Gaza.");
        assertTrue(any(events, "EGY>ISR 0256 asserted"), events.toString());
        assertTrue(events.size() == 1, "the ceasefire was only asked for: " + events);
    }

    @Test
    void whatIsThreatenedGivesTheThreatItsCodeAndTarget() {
        List<String> events = code("The Greek minister threatened that Greece would break off relations with Turkey.");
        assertTrue(any(events, "GRCGOV>TUR 1313 asserted"), events.toString());
        assertTrue(!anyCode(events, "16"), events.toString());
    }

    // ---- 2. not events ----------------------------------------------------------------------------------------

    @Test
    void posingAThreatIsNoThreat() {
        List<String> events = code("North Korea poses a threat to Japan.");
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void occupyingAGrayAreaOccupiesNoTerritory() {
        List<String> events = code("The Serbian militia occupies a gray area in Bosnian law.");
        assertTrue(!anyCode(events, "19"), events.toString());
    }

    // ---- 3. modality ------------------------------------------------------------------------------------------

    @Test
    void aWarningIsAnAssertedThreatWhateverItsClauseSays() {
        List<String> events = code("Ankara is warning it could turn to China for missiles.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("TURGOV>") && e.contains(" 13") && e.contains(" asserted ")),
                events.toString());
    }

    @Test
    void whatWasSupposedToHappenDidNot() {
        List<String> events = Coding.codeUnasserted("Peru and Chile were supposed to sign the treaty in March.", STORY)
                .stream().map(Coding::summary).toList();
        assertTrue(!events.isEmpty() && events.stream().noneMatch(e -> e.contains(" asserted ")), events.toString());
    }

    // ---- 5. events never coded -------------------------------------------------------------------------------

    @Test
    void anActWhoseOnlyOtherPartyIsTheSourceItselfIsStillAnAct() {
        // The envoy and the Assembly share a code; they are still two parties, and the act is coded either way.
        List<String> events = code("The U.N. envoy expressed concern to the U.N. General Assembly on Monday.");
        assertTrue(any(events, "IGOUNO>- 012 asserted") || any(events, "IGOUNO>IGOUNO 012 asserted"), events.toString());
    }

    @Test
    void aStatementUrgingSomethingIsItsIssuersAppeal() {
        List<String> events = code("The Kenyan government issued a statement urging Uganda to reopen the border.");
        assertTrue(any(events, "KENGOV>UGA 02"), events.toString());
    }

    @Test
    void calledOnParsedAsAClauseMarkIsStillAnAppeal() {
        List<String> events = code("The EU has called on Serbia's government to crack down on smugglers.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("IGOEU") && e.contains(">SRB") && e.contains(" 02")), events.toString());
        assertTrue(!anyCode(events, "17"), "the crackdown was only asked for: " + events);
    }

    // ---- 4. statements ---------------------------------------------------------------------------------------

    @Test
    void aSpeakerWhoIsSkepticalMakesAPessimisticComment() {
        List<String> events = code("The Chilean government said on Monday it is skeptical of the proposal.");
        assertTrue(any(events, "CHLGOV>- 012 asserted"), events.toString());
    }

    @Test
    void remainingHopefulIsAnOptimisticComment() {
        List<String> events = code("Mexico remains hopeful about the trade agreement.");
        assertTrue(any(events, "MEX>- 013 "), events.toString());
    }

    @Test
    void aVerbOfSayingIsAGenericStatementOnlyBehindTheStatementsOption() {
        String sentence = "Kenyan officials told Uganda that the border would stay open.";
        assertTrue(!anyCode(code(sentence), "010"), code(sentence).toString());
        org.dyad.core.Codebook withStatements = org.dyad.core.Codebook.builtIn()
                .with(new org.dyad.core.Conventions(false, true, true, false, false));
        List<String> events = new org.dyad.core.DocumentCoder(new org.dyad.nlp.CoreNlpAnnotator(), withStatements)
                .code(org.dyad.core.model.Document.of("test", STORY, sentence)).events().stream()
                .map(Coding::summary).toList();
        assertTrue(any(events, "KENGOV>UGA 010 asserted"), events.toString());
    }

    @Test
    void raisedTariffsAreATradeSanction() {
        List<String> events = code("The European Union doubled tariffs on Norwegian salmon.");
        assertTrue(events.stream().anyMatch(e -> e.contains(">NOR 163 asserted")), events.toString());
    }

    @Test
    void delayedTariffsAreOnlyPlanned() {
        List<String> events = code("Canada delayed the tariffs on Mexican steel.");
        assertTrue(any(events, "CAN>MEX 163 planned"), events.toString());
    }

    @Test
    void aParticipleAfterAVerbOfSayingIsTheSpeakersAct() {
        List<String> events = code("Greece's foreign ministry spoke on Monday, accusing Turkey of violating its airspace.");
        assertTrue(any(events, "GRCGOV>TUR 112"), events.toString());
    }

    @Test
    void whatADoerSaysItCouldDoIsAThreatMadeNow() {
        List<String> events = code("Beijing hinted that it could retaliate with tariffs on Japanese cars.");
        assertTrue(events.stream().anyMatch(e -> e.contains(" 1312 asserted")), events.toString());
        List<String> conditional = code("Turkey said it would attack the militants if they did not leave.");
        assertTrue(conditional.stream().anyMatch(e -> e.contains(" 1384 asserted")), conditional.toString());
        // Said by someone else, it stays a possibility, not a threat.
        List<String> analysts = code("Analysts said China could impose sanctions on Taiwan.");
        assertTrue(analysts.stream().noneMatch(e -> e.contains(" 13")), analysts.toString());
    }

    @Test
    void armedMenStormingAPostAttackItProtestersStormingParliamentRiot() {
        List<String> armed = code("Islamist militants in Mali stormed a police station near the border.");
        assertTrue(anyCode(armed, "190") && !anyCode(armed, "145"), armed.toString());
        List<String> crowd = code("Kenyan protesters stormed the parliament on Friday.");
        assertTrue(anyCode(crowd, "145") && !anyCode(crowd, "190"), crowd.toString());
    }

    @Test
    void violatingACeasefireAgreementIsViolatingTheCeasefire() {
        List<String> events = code("Sudanese rebels violated the ceasefire agreement in Darfur.");
        assertTrue(anyCode(events, "196"), events.toString());
        assertTrue(!anyCode(events, "0871") && !anyCode(events, "128"), events.toString());
    }

    @Test
    void aStrikeForPayOrAHungerStrikeIsNoAttack() {
        List<String> hunger = code("A Kenyan woman has started a hunger strike, protesting the pension system.");
        assertTrue(anyCode(hunger, "142") && !anyCode(hunger, "19"), hunger.toString());
        List<String> pay = code("Kenyan dock workers stopped work in a strike for higher wages on Tuesday.");
        assertTrue(anyCode(pay, "143") && !anyCode(pay, "19"), pay.toString());
    }

    @Test
    void aDecisionTakenIsTheActNotAnIntent() {
        List<String> events = code("Canada has decided to lift economic sanctions on Belarus.");
        assertTrue(any(events, "CAN>BLR 085 asserted"), events.toString());
        // A decision still to come stays a plan.
        List<String> later = code("Canada will decide to lift economic sanctions on Belarus.");
        assertTrue(!any(later, "CAN>BLR 085 asserted"), later.toString());
    }

    @Test
    void failingToReachADealTogetherIsEachSidesRejection() {
        List<String> events = code("Japan and South Korea failed to reach a deal on the Korean fishing grounds.");
        assertTrue(any(events, "JPN>KOR 127 asserted") && any(events, "KOR>JPN 127 asserted"), events.toString());
    }

    @Test
    void pressuringAPartyToActIsADemand() {
        List<String> events = code("Kenya is pressuring Uganda to close its border crossings to smugglers.");
        assertTrue(any(events, "KEN>UGA 10"), events.toString());
        assertTrue(!anyCode(events, "02"), events.toString());
    }

    @Test
    void aTariffFightIsEconomicCoercionNotForce() {
        List<String> events = code("Canada has been waging a bitter tariff fight with Brazil.");
        assertTrue(any(events, "CAN>BRA 163 "), events.toString());
        assertTrue(!anyCode(events, "19"), events.toString());
        List<String> war = code("Japan launched a trade war against South Korea.");
        assertTrue(any(war, "JPN>KOR 163 ") && !anyCode(war, "19"), war.toString());
    }

    @Test
    void whatAPartyCalledAVictoryAsksForNothing() {
        List<String> events = code("Students in Nairobi cheered what they called a great victory for Kenya.");
        assertTrue(!anyCode(events, "02"), events.toString());
    }

    @Test
    void backingOnesOwnClaimsSupportsNoParty() {
        List<String> events = code("Manila cites old maps to back its claims and has rejected the Chinese proposal.");
        assertTrue(!anyCode(events, "05"), events.toString());
        assertTrue(any(events, "PHLGOV>"), events.toString());
    }

    @Test
    void sayingAPartyMustUnderstandSomethingIsNoDemand() {
        List<String> events = code("\"Kenyan lawmakers must understand that threats will not work,\" the Ugandan foreign minister said.");
        assertTrue(!anyCode(events, "10"), events.toString());
        // A clause that says what the party must do is still a demand.
        List<String> must = code("The Ugandan foreign minister said Kenya must withdraw its troops from the border.");
        assertTrue(any(must, "UGAGOV>KEN 10"), must.toString());
    }

    @Test
    void hopingForACeasefireBetweenOthersIsAComment() {
        List<String> events = Coding.summary("U.S. Secretary of State Marco Rubio has said he hopes a ceasefire between Sudan and "
                + "Chad could take place within days if Khartoum agrees.", LocalDate.of(2025, 3, 13));
        assertTrue(anyCode(events, "013"), events.toString());
        assertTrue(!anyCode(events, "035") && !anyCode(events, "087"), events.toString());
    }

    @Test
    void anActThatAlmostHappenedDidNotHappen() {
        List<String> events = code("Uganda nearly signed a trade agreement with Kenya on Monday.");
        assertTrue(!anyCode(events, "057") && !anyCode(events, "03"), events.toString());
        List<String> signed = code("Uganda signed a trade agreement with Kenya on Monday.");
        assertTrue(any(signed, "UGA>KEN 057"), signed.toString());
    }
}
