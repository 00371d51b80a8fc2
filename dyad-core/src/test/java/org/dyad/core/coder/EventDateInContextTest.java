package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Timex;
import org.junit.jupiter.api.Test;

/**
 * Which temporal expression dates which event, over hand-built parses, with the dictionaries of
 * {@link EventCoderTest} (story of Tuesday 28 Dec 2021 unless said).
 */
class EventDateInContextTest {

    private static Event only(List<Event> events, String dyad) {
        List<Event> found = events.stream().filter(e -> EventCoderTest.dyad(e).equals(dyad)).toList();
        assertEquals(1, found.size(), () -> dyad + " in " + events.stream().map(EventCoderTest::dyad).toList());
        return found.get(0);
    }

    @Test
    void whatASayingReportsTakesTheDateOfTheSaying() {
        // Ukrainian officials said Monday that Russia would attack Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Ukrainian Ukrainian JJ 2 amod
                2 officials official NNS 3 nsubj
                3 said say VBD 0 root
                4 Monday Monday NNP 3 obl:tmod
                5 that that IN 9 mark
                6 Russia Russia NNP 8 nsubj
                7 would would MD 8 aux
                8 attack attack VB 3 ccomp
                9 Ukraine Ukraine NNP 8 obj
                10 . . . 3 punct
                """, new Timex(3, 4, "Monday", "DATE", "2021-12-27"));
        Event e = only(EventCoderTest.code(s), "RUS>UKR 190 hypothetical"); // another party's "would": not the sayers' intent
        // The saying is past whatever it reports: last Monday, not the next one a hypothetical act would take.
        assertEquals(LocalDate.of(2021, 12, 27), e.date());
        assertEquals(DateBasis.TEXT, e.dateBasis());
    }

    @Test
    void coordinatedActsShareTheirDate() {
        // In 2019 , NATO criticized Russia and attacked Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 In in IN 2 case
                2 2019 2019 CD 5 obl:in
                3 , , , 5 punct
                4 NATO NATO NNP 5 nsubj
                5 criticized criticize VBD 0 root
                6 Russia Russia NNP 5 obj
                7 and and CC 8 cc
                8 attacked attack VBD 5 conj:and
                9 Ukraine Ukraine NNP 8 obj
                10 . . . 5 punct
                """, new Timex(1, 2, "2019", "DATE", "2019"));
        List<Event> events = EventCoderTest.code(s);
        assertEquals(LocalDate.of(2019, 1, 1), only(events, "IGOWSTNAT>RUS 111 asserted").date());
        Event attack = only(events, "IGOWSTNAT>UKR 190 asserted");
        assertEquals(LocalDate.of(2019, 1, 1), attack.date());
        assertEquals("year", attack.datePrecision());
    }

    @Test
    void anEventNounThatSetsTheSceneSharesItsVerbsDate() {
        // NATO criticized Russia on Monday at talks with Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 NATO NATO NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 Russia Russia NNP 2 obj
                4 on on IN 5 case
                5 Monday Monday NNP 2 obl:on
                6 at at IN 7 case
                7 talks talk NNS 2 obl:at
                8 with with IN 9 case
                9 Ukraine Ukraine NNP 7 nmod:with
                10 . . . 2 punct
                """, new Timex(4, 5, "Monday", "DATE", "2021-12-27"));
        List<Event> events = EventCoderTest.code(s);
        assertEquals(LocalDate.of(2021, 12, 27), only(events, "IGOWSTNAT>RUS 111 asserted").date());
        assertEquals(LocalDate.of(2021, 12, 27), only(events, "IGOWSTNAT>UKR 043 asserted").date());
    }

    @Test
    void aMonthWithoutAYearIsTheLastOneForAPastAct() {
        // Russia attacked Ukraine in September . (a story of June 2021: the September before)
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 Ukraine Ukraine NNP 2 obj
                4 in in IN 5 case
                5 September September NNP 2 obl:in
                6 . . . 2 punct
                """, new Timex(4, 5, "September", "DATE", "2021-09"));
        Event e = only(EventCoderTest.code(s, LocalDate.of(2021, 6, 15)), "RUS>UKR 190 asserted");
        assertEquals(LocalDate.of(2020, 9, 1), e.date());
        assertEquals("month", e.datePrecision());
    }

    @Test
    void sinceAMonthIsInThePast() {
        // Russian officials have refused talks since May . (a story of March 2021; the refusal is no plan)
        AnnotatedSentence s = HandParse.parse("""
                1 Russian Russian JJ 2 amod
                2 officials official NNS 4 nsubj
                3 have have VBP 4 aux
                4 attacked attack VBN 0 root
                5 Ukraine Ukraine NNP 4 obj
                6 since since IN 7 case
                7 May May NNP 4 obl:since
                8 . . . 4 punct
                """, new Timex(6, 7, "May", "DATE", "2021-05"));
        Event e = only(EventCoderTest.code(s, LocalDate.of(2021, 3, 10)), "RUSGOV>UKR 190 asserted");
        assertEquals(LocalDate.of(2020, 5, 1), e.date());
    }

    @Test
    void anUndatedActThatCausedTheNewsIsBackground() {
        // Russia 's assault on Ukraine resulted in sanctions .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 3 nmod:poss
                2 's 's POS 1 case
                3 assault assault NN 6 nsubj
                4 on on IN 5 case
                5 Ukraine Ukraine NNP 3 nmod:on
                6 resulted result VBD 0 root
                7 in in IN 8 case
                8 sanctions sanction NNS 6 obl:in
                9 . . . 6 punct
                """);
        Event e = only(EventCoderTest.code(s), "RUS>UKR 190 asserted");
        assertEquals(DateBasis.BACKGROUND, e.dateBasis());
        assertEquals(EventCoderTest.STORY, e.date(), "the latest date it can have");
    }

    @Test
    void previousActsAreBackgroundAndTheNewsIsNot() {
        // NATO criticized Russia over the previous assault on Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 NATO NATO NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 Russia Russia NNP 2 obj
                4 over over IN 7 case
                5 the the DT 7 det
                6 previous previous JJ 7 amod
                7 assault assault NN 2 obl:over
                8 on on IN 9 case
                9 Ukraine Ukraine NNP 7 nmod:on
                10 . . . 2 punct
                """);
        List<Event> events = EventCoderTest.code(s);
        assertEquals(DateBasis.DOCUMENT, only(events, "IGOWSTNAT>RUS 111 asserted").dateBasis());
        assertEquals(DateBasis.BACKGROUND, events.stream().filter(e -> e.cameo().code().equals("190")).findFirst()
                .orElseThrow().dateBasis());
    }
}
