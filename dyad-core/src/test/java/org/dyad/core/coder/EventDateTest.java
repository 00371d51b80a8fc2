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
}
