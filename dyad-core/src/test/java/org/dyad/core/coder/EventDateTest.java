package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dyad.core.model.Modality;
import org.dyad.core.model.Timex;
import org.junit.jupiter.api.Test;

/** Temporal expressions resolved against a story of Tuesday 28 Dec 2021, as the coder resolves them. */
class EventDateTest {
    static final LocalDate STORY = LocalDate.of(2021, 12, 28);

    static LocalDate resolve(String text, String value, Modality modality) {
        EventDate d = EventDate.resolve(new Timex(0, 1, text, "DATE", value), STORY, modality);
        return d == null ? null : d.date();
    }

    @Test
    void weekdaysLieBeforeTheStoryForWhatHappenedAndAfterForWhatIsPlanned() {
        // SUTime's own choice of week varies with context; the value it gives is ignored for weekdays.
        assertEquals(LocalDate.of(2021, 12, 27), resolve("late on Monday", "2022-01-03", Modality.ASSERTED));
        assertEquals(LocalDate.of(2021, 12, 28), resolve("Tuesday", "2021-12-28", Modality.ASSERTED));
        assertEquals(LocalDate.of(2021, 12, 31), resolve("Friday", "2021-12-24", Modality.PLANNED));
        assertEquals(LocalDate.of(2021, 12, 21), resolve("last Tuesday", "2021-12-21", Modality.ASSERTED));
        assertEquals(LocalDate.of(2022, 1, 3), resolve("next Monday", "2022-01-03", Modality.ASSERTED));
    }

    @Test
    void aDateWithoutAYearIsTheNextOneForAPlannedEvent() {
        // "Jan 10" in a headline comes from SUTime as 2021-01-10; planned talks are the next Jan 10.
        assertEquals(LocalDate.of(2022, 1, 10), resolve("Jan 10", "2021-01-10", Modality.PLANNED));
        assertEquals(LocalDate.of(2022, 1, 10), resolve("Jan. 10", "2022-01-10", Modality.PLANNED));
    }

    @Test
    void aWrittenYearIsKeptWithItsPrecision() {
        EventDate d = EventDate.resolve(new Timex(0, 1, "2014", "DATE", "2014"), STORY, Modality.ASSERTED);
        assertEquals(LocalDate.of(2014, 1, 1), d.date());
        assertEquals("year", d.precision());
        assertEquals("month", EventDate.resolve(new Timex(0, 2, "March 2014", "DATE", "2014-03"), STORY, Modality.ASSERTED).precision());
    }

    @Test
    void durationsAndPresentReferencesGiveNoDate() {
        assertNull(EventDate.resolve(new Timex(0, 3, "the past two months", "DURATION", "P2M"), STORY, Modality.ASSERTED));
        assertNull(resolve("now", "PRESENT_REF", Modality.ASSERTED));
        assertNull(resolve("the 19th century", "18XX", Modality.ASSERTED));
        assertNull(resolve("3925", "3925", Modality.ASSERTED), "no news event lies two thousand years ahead");
    }

    @Test
    void aYearNamedInWordsIsKept() {
        // "since winning power in July last year": SUTime's 2020-07 is the text's year, not a guess to move.
        assertEquals(LocalDate.of(2020, 7, 1), resolve("July last year", "2020-07", Modality.PLANNED));
        assertEquals(LocalDate.of(2021, 1, 1), resolve("January of this year", "2021-01", Modality.ASSERTED));
    }

    @Test
    void aPastActLiesBeforeTheStory() {
        // In a story of 10 June 2021: "in September" of a past act is September 2020, "Jan. 23" is this year's.
        LocalDate june = LocalDate.of(2021, 6, 10);
        assertEquals(LocalDate.of(2020, 9, 1), EventDate.resolve(
                new Timex(0, 1, "September", "DATE", "2021-09"), june, Modality.ASSERTED, true).date());
        assertEquals(LocalDate.of(2021, 1, 23), EventDate.resolve(
                new Timex(0, 2, "Jan. 23", "DATE", "2021-01-23"), june, Modality.ASSERTED, true).date());
        // A weekday of a past act is the last one, even in a clause the modality calls hypothetical.
        assertEquals(LocalDate.of(2021, 6, 8), EventDate.resolve(
                new Timex(0, 1, "Tuesday", "DATE", "2021-06-15"), june, Modality.HYPOTHETICAL, true).date());
        // A planned event in this month stays in this month.
        assertEquals(LocalDate.of(2021, 6, 1), EventDate.resolve(
                new Timex(0, 1, "June", "DATE", "2021-06"), june, Modality.PLANNED, false).date());
    }
}
