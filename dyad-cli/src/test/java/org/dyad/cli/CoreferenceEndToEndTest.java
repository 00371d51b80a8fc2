package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/** Pronouns and descriptions resolved across a story's sentences, through the real pipeline. */
class CoreferenceEndToEndTest {
    static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @Test
    void aPronounInTheNextSentenceIsTheActorNamedBefore() {
        List<Event> events = Coding.code("Russian President Vladimir Putin arrived in Ankara on Monday. "
                + "He accused Ukraine of attacking civilians.", DAY);
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("RUSGOV")
                        && e.source().text().equals("He (Russian President Vladimir Putin)")
                        && e.target() != null && e.target().code().equals("UKR") && e.cameo().code().startsWith("11")),
                events.stream().map(Coding::summary).toList().toString());
    }

    @Test
    void aRoleWordWithNoCountryIsTheLastActorWithThatRole() {
        List<Event> events = Coding.code("Houthi rebels fired missiles at ships in the Red Sea on Sunday. "
                + "The militants also attacked Israel.", DAY);
        assertTrue(events.stream().anyMatch(e -> e.source().code().startsWith("YEMREB")
                        && e.source().text().startsWith("The militants (") && e.target() != null
                        && e.target().code().equals("ISR")),
                events.stream().map(e -> Coding.summary(e) + " " + e.source().text()).toList().toString());
    }

    @Test
    void aSurnameTheStoryGivesAnotherFirstNameIsNotTheDictionarysPerson() {
        // Naftali Bennett is in the dictionary; the story's Bennett is someone else, named in full first.
        List<Event> other = Coding.code("U.N. special rapporteur Richard Bennett arrived in Kabul on Monday. "
                + "Bennett accused the Taliban of persecuting women.", DAY);
        assertTrue(other.stream().noneMatch(e -> e.source().code().startsWith("ISR")), summaries(other));
        assertTrue(other.stream().anyMatch(e -> e.source().code().equals("---") && e.source().text().equals("Bennett")
                && e.cameo().code().startsWith("11")), summaries(other));
        List<Event> same = Coding.code("Former Israeli prime minister Naftali Bennett arrived in Cairo on Monday. "
                + "Bennett accused Hamas of war crimes.", DAY);
        assertTrue(same.stream().anyMatch(e -> e.source().code().startsWith("ISR") && e.cameo().code().startsWith("11")),
                summaries(same));
    }

    static String summaries(List<Event> events) {
        return events.stream().map(e -> Coding.summary(e) + " " + e.source().text()).toList().toString();
    }
}
