package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Sentences in, events out, through the real pipeline: CoreNLP's parse, the built-in dictionaries, the coder.
 * The story date is that of the Reuters story the project is measured on.
 */
class SentenceExamplesTest {
    static final LocalDate STORY = LocalDate.of(2021, 12, 28);

    static List<String> code(String sentence) {
        return Coding.summary(sentence, STORY);
    }

    static List<String> unasserted(String sentence) {
        return Coding.codeUnasserted(sentence, STORY).stream().map(Coding::summary).toList();
    }

    @Test
    void compoundActorsGiveOneEventPerActor() {
        List<String> events = code("U.S. and Russian officials will hold talks on Jan. 10 in Geneva.");
        assertTrue(events.contains("USAGOV>- 036 planned 2022-01-10") || events.contains("USAGOV>RUSGOV 036 planned 2022-01-10"), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.startsWith("RUSGOV>")), events.toString());
        // "U.S." named twice in a joint act is one party, never meeting itself.
        assertTrue(events.stream().noneMatch(e -> e.startsWith("USAGOV>USAGOV")), events.toString());
    }

    @Test
    void talksInGenevaArePlacedInGeneva() {
        List<Event> events = Coding.code("U.S. and Russian officials will hold talks on Jan. 10 in Geneva.", STORY);
        assertFalse(events.isEmpty());
        for (Event e : events) {
            assertEquals("Geneva", e.location().name());
            assertEquals("CHE", e.location().country());
            assertEquals(46.2, e.location().lat(), 0.1);
        }
    }

    @Test
    void plannedTalksAreDatedTheNextJan10AndJan12() {
        List<String> events = code("Russia and NATO will meet on Jan. 12.");
        assertTrue(events.contains("RUS>IGOWSTNAT 036 planned 2022-01-12")
                || events.contains("RUS>- 036 planned 2022-01-12"), events.toString());
    }

    @Test
    void aThreatOfSanctionsIsAThreatNotASanction() {
        List<Event> events = Coding.code("The United States has threatened to impose economic sanctions on Russia if it attacks Ukraine.", STORY);
        assertFalse(events.isEmpty());
        Event threat = events.get(0);
        assertEquals("USA", threat.source().code());
        assertEquals("RUS", threat.target().code());
        assertEquals("1312", threat.cameo().code());
        assertEquals("THREATEN", threat.plover().type());
        assertEquals(Modality.ASSERTED, threat.modality());
        assertTrue(events.stream().noneMatch(e -> e.cameo().code().startsWith("16")), "no sanction was imposed: " + events);
    }

    @Test
    void aThreatOfMilitaryActionIsAThreatNotAnAttack() {
        List<String> events = code("Russian officials have threatened unspecified military action.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("RUSGOV>- 13")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains(" 19")), events.toString());
    }

    @Test
    void deniedPlansForAnAssaultAreANegatedAssault() {
        List<String> events = unasserted("Russia has denied plans for an assault on Ukraine.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("RUS>UKR 19") && e.contains(" negated ")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains(" 19") && e.contains(" asserted ")), events.toString());
    }

    @Test
    void didNotAttackIsNegated() {
        List<String> events = unasserted("Russian forces did not attack Ukraine on Monday.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("RUSMIL>UKR 19") && e.contains(" negated ")), events.toString());
    }

    @Test
    void whatDidNotHappenOrOnlyMightIsNoEventByDefault() {
        // An event record says something happened or was announced; a denied or supposed act is given only on request.
        assertEquals(List.of(), code("Russian forces did not attack Ukraine on Monday."));
        assertEquals(List.of(), code("Analysts said China could impose sanctions on Japan."));
        assertTrue(unasserted("Analysts said China could impose sanctions on Japan.").stream()
                .anyMatch(e -> e.startsWith("CHN>JPN 16") && e.contains(" hypothetical ")));
        // `dyad explain` still shows it, and says what gives it.
        CodeCommandTest.Run explain = CodeCommandTest.run("explain", "--date", "2021-12-28",
                "Russian forces did not attack Ukraine on Monday.");
        assertTrue(explain.out().contains("negated") && explain.out().contains("(left out: --unasserted gives it)"),
                explain.out());
        // A planned act is given: "will impose" is announced.
        assertTrue(code("China will impose sanctions on Japan, the ministry said.").stream()
                .anyMatch(e -> e.startsWith("CHN>JPN 16") && e.contains(" planned ")));
    }

    @Test
    void aSeizureIn2014IsDated2014() {
        List<Event> events = Coding.code("Russia seized Crimea from Ukraine in 2014.", STORY);
        assertFalse(events.isEmpty());
        Event e = events.get(0);
        assertEquals("RUS", e.source().code());
        assertEquals(2014, e.date().getYear());
        assertEquals(DateBasis.TEXT, e.dateBasis());
        assertEquals("year", e.datePrecision());
    }

    @Test
    void passiveVoiceTakesTheAgentAsSource() {
        List<String> events = code("Ukrainian soldiers were attacked by separatists in eastern Ukraine on Monday.");
        assertTrue(events.contains("UKRREB>UKRMIL 190 asserted 2021-12-27")
                || events.stream().anyMatch(e -> e.startsWith("UKRREB>UKRMIL 19")), events.toString());
    }

    @Test
    void attributionCodesTheReportedEvent() {
        List<String> events = code("A White House official said the United States criticized Russia on Monday.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("USA>RUS 11")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.startsWith("USAGOV>USA")), events.toString());
    }

    @Test
    void sayingAloneIsNoEvent() {
        assertTrue(code("The Kremlin said on Tuesday that it had nothing to add.").isEmpty());
        // Studying a proposal is considering a policy option (CAMEO 014), not saying alone.
        assertTrue(code("The Kremlin said on Tuesday that it was studying the proposals.").stream()
                .allMatch(e -> e.contains(" 014 ")));
    }

    @Test
    void possessiveAgentsComposeCountryAndRole() {
        List<Event> events = Coding.code("Ukraine's armed forces attacked separatist positions near Donetsk.", STORY);
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("UKRMIL")), events.toString());
    }

    @Test
    void peopleCodeAsGovernmentOnlyWhileInOffice() {
        String sentence = "Joe Biden criticized Vladimir Putin.";
        assertEquals(List.of("USAGOV>RUSGOV 111 asserted 2022-03-01"), Coding.summary(sentence, LocalDate.of(2022, 3, 1)));
        // Between his vice presidency and his presidency Biden was a former official: an elite (CAMEO's ELI).
        assertEquals(List.of("USAELI>RUSGOV 111 asserted 2019-03-01"), Coding.summary(sentence, LocalDate.of(2019, 3, 1)));
    }

    @Test
    void conditionalMilitaryActionIsHypothetical() {
        List<String> events = code("Russia could take military action against Ukraine if NATO expands further east.");
        assertTrue(events.stream().allMatch(e -> e.contains(" hypothetical ")), events.toString());
    }

    @Test
    void aSentenceWithoutPoliticalActorsYieldsNothing() {
        assertTrue(code("The weather in Geneva was cold and grey on Monday.").isEmpty());
    }

    @Test
    void talksSetInThePastForADateAheadAreDatedAhead() {
        List<String> events = code("Serbia and Kosovo set new talks for Jan. 14 in Brussels.");
        assertTrue(events.stream().anyMatch(e -> e.contains(" 036 planned 2022-01-14")), events.toString());
    }
}
