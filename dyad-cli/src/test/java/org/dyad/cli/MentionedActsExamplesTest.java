package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An act named by a noun that another reported act is about is mentioned, not reported: the sentence reports the
 * welcome, the criticism or the protest over it. Sentences of our own in the style of wire copy.
 */
class MentionedActsExamplesTest {
    static final LocalDate STORY = LocalDate.of(2019, 5, 20);

    static List<Event> code(String sentence) {
        return Coding.code(sentence, STORY);
    }

    static boolean anyRoot(List<Event> events, String root) {
        return events.stream().anyMatch(e -> e.cameo().code().startsWith(root));
    }

    @Test
    void aWelcomedWithdrawalIsNotReportedAsDone() {
        List<Event> events = code("The Taliban leader praised the withdrawal of U.S. troops from Afghanistan.");
        assertTrue(anyRoot(events, "05"), events.toString());
        assertTrue(!anyRoot(events, "087"), events.toString());
    }

    @Test
    void aCrackdownThatAnotherActIsOverIsMentioned() {
        List<Event> events = code("Turkey recalled its ambassador over Israel's crackdown on protests in Gaza.");
        assertTrue(anyRoot(events, "16"), events.toString());
        assertTrue(!anyRoot(events, "17") && !anyRoot(events, "14"), events.toString());
    }

    @Test
    void strikesThatKilledAreTheAttack() {
        List<Event> events = code("Kenyan airstrikes killed 20 al-Shabab fighters in southern Somalia on Monday.");
        assertTrue(anyRoot(events, "19"), events.toString());
    }

    @Test
    void claimingAnAttackIsTheClaimNotTheAttackAgain() {
        // The sentence reports the claim (015); the attack is what is claimed, reported where it is told.
        List<Event> events = code("Al-Shabab claimed responsibility for the attack on a Kenyan army base.");
        assertTrue(anyRoot(events, "015") && !anyRoot(events, "19"), events.toString());
        List<Event> credit = code("Al-Shabab took credit for the bombing of a Kenyan army convoy.");
        assertTrue(anyRoot(credit, "015") && !anyRoot(credit, "18"), credit.toString());
    }

    @Test
    void anActANounOnlyNamesIsNotReportedAsDone() {
        // The object of a verb that does not do it, the subject of what it led to, a phrase of another noun.
        List<Event> rejected = code("Kosovo's president rejected the arrest warrant on Tuesday.");
        assertTrue(!anyRoot(rejected, "17"), rejected.toString());
        List<Event> prompted = code("The arrest of the Kurdish mayor has prompted questions about press freedom in Turkey.");
        assertTrue(!anyRoot(prompted, "17"), prompted.toString());
        List<Event> photos = code("The museum showed photos of the Japanese occupation of Manchuria.");
        assertTrue(!anyRoot(photos, "19"), photos.toString());
        List<Event> agenda = code("The talks with Iran were not on the agenda of the French president's meeting with Pope Leo.");
        assertTrue(!anyRoot(agenda, "04"), agenda.toString());
        // A statement issued "on" an act is about it; only what measures or carries an act reports it.
        List<Event> statement = code("The Kenyan Law Society issued a statement on the release of the detained lawyers.");
        assertTrue(!anyRoot(statement, "08"), statement.toString());
    }

    @Test
    void anActANounReportsAsDoneStays() {
        // Done by a verb ("launched"), the subject of what it did ("killed"), the harm's cause ("killed in"),
        // a measure of it ("hours of talks"), an occasion ("during talks").
        List<Event> launched = code("Sudanese government forces launched airstrikes on rebel positions in Darfur.");
        assertTrue(anyRoot(launched, "19"), launched.toString());
        List<Event> killed = code("A Nigerian airstrike killed 12 Boko Haram fighters near Maiduguri.");
        assertTrue(anyRoot(killed, "19"), killed.toString());
        List<Event> ambush = code("Three Malian soldiers were killed in an ambush by jihadists near Gao.");
        assertTrue(anyRoot(ambush, "1"), ambush.toString());
        List<Event> hours = code("The Qatari foreign minister led six hours of talks with Sudanese officials in Doha.");
        assertTrue(anyRoot(hours, "04"), hours.toString());
    }

    @Test
    void withBackgroundTheMentionedActIsKeptAsBackground() {
        org.dyad.core.Codebook withBackground = org.dyad.core.Codebook.builtIn()
                .with(new org.dyad.core.Conventions(false, false, true, true, false));
        List<Event> events = new org.dyad.core.DocumentCoder(new org.dyad.nlp.CoreNlpAnnotator(), withBackground)
                .code(org.dyad.core.model.Document.of("test", STORY,
                        "The Taliban leader praised the withdrawal of U.S. troops from Afghanistan.")).events();
        assertTrue(events.stream().anyMatch(e -> e.cameo().code().startsWith("087")
                && e.dateBasis() == org.dyad.core.model.DateBasis.BACKGROUND), events.toString());
    }

    @Test
    void anActThatDidNotHappenToNoOneIsNoEvent() {
        // Nothing was done and no one named it would be done to: no dyad to count.
        List<Event> events = Coding.codeUnasserted("Analysts said Kenya may not deploy more troops this year.", STORY);
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("15")), events.toString());
        // With a party it would be done to, the hypothetical act stays, marked so.
        List<Event> threatened = Coding.codeUnasserted("Analysts said Kenya may deploy troops against al-Shabab in Somalia.", STORY);
        assertTrue(threatened.stream().anyMatch(e -> e.modality() == org.dyad.core.model.Modality.HYPOTHETICAL
                && e.target() != null), threatened.toString());
    }

    @Test
    void aCeasefireDealIsADealNotACeasefire() {
        List<Event> events = code("Moscow said much remains to be done on a Ukraine ceasefire deal.");
        assertTrue(!anyRoot(events, "087"), events.toString());
    }

    @Test
    void whatAnalystsReadIntoEventsIsTheirReading() {
        List<Event> events = code("According to analysts, Japan wants to strengthen ties with India.");
        assertTrue(events.stream().allMatch(e -> e.modality() == org.dyad.core.model.Modality.HYPOTHETICAL),
                events.toString());
        List<Event> said = code("Analysts said Japan will strengthen military ties with India.");
        assertTrue(said.stream().allMatch(e -> e.modality() == org.dyad.core.model.Modality.HYPOTHETICAL),
                said.toString());
    }

    @Test
    void anOpinionOrAnExpectationOfAnothersActIsNoReportOfIt() {
        List<Event> think = code("I think that Malaysia is trying to open talks with China, Chong said.");
        assertTrue(think.stream().allMatch(e -> e.modality() == org.dyad.core.model.Modality.HYPOTHETICAL),
                think.toString());
        List<Event> expect = code("A U.S. general said he expects North Korea to launch a missile at Japan.");
        assertTrue(expect.stream().allMatch(e -> e.modality() == org.dyad.core.model.Modality.HYPOTHETICAL),
                expect.toString());
        // Expecting one's own act is a plan.
        List<Event> own = code("Iran expects to hold talks with France next week.");
        assertTrue(own.stream().anyMatch(e -> e.modality() == org.dyad.core.model.Modality.PLANNED), own.toString());
    }

    @Test
    void aWarningOfWhatOthersDoIsAPessimisticCommentNotAThreat() {
        List<Event> comment = code("The United States warned that military cooperation between Russia and North Korea is dangerous.");
        assertTrue(anyRoot(comment, "012") && !anyRoot(comment, "13"), comment.toString());
        List<Event> threat = code("Ankara is warning it could turn to China for fighter jets.");
        assertTrue(anyRoot(threat, "13"), threat.toString());
        List<Event> warned = code("Israel warned Hezbollah not to attack.");
        assertTrue(anyRoot(warned, "13"), warned.toString());
    }
}
