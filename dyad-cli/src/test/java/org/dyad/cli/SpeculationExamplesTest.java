package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Guesses, opinions and descriptions are no acts: a forecast ("likely to"), a hedge ("probably"), the content of an
 * opinion ("my understanding is"), what commentators point out, and a relative clause that only says who its noun is.
 * Each is read by the coder (hypothetical, or background), so {@code dyad code} leaves it out while
 * {@code --unasserted} or {@code --background} still shows it. Sentences of our own in the style of wire copy.
 */
class SpeculationExamplesTest {
    static final LocalDate STORY = LocalDate.of(2023, 6, 14);

    static boolean anyRoot(List<Event> events, String root) {
        return events.stream().anyMatch(e -> e.cameo().code().startsWith(root));
    }

    /** Left out of {@code dyad code}, and given as a hypothetical act with {@code --unasserted}. */
    static void guessedNotDone(String sentence, String root) {
        List<Event> coded = Coding.code(sentence, STORY);
        assertTrue(!anyRoot(coded, root), coded.toString());
        List<Event> all = Coding.codeUnasserted(sentence, STORY);
        assertTrue(all.stream().anyMatch(e -> e.cameo().code().startsWith(root)
                && e.modality() == Modality.HYPOTHETICAL), all.toString());
    }

    @Test
    void whatJudgesAreLikelyToDoIsAForecast() {
        guessedNotDone("Even though Kenyan judges are likely to convict the opposition leader, his lawyer said he "
                + "remained hopeful.", "11");
    }

    @Test
    void aHedgedActIsAGuess() {
        guessedNotDone("The minister said Japan will probably sign a defence pact with Australia.", "057");
    }

    @Test
    void whatCommentatorsPointOutIsTheirReading() {
        guessedNotDone("Analysts point out that Brazil backs the Bolivian government in the dispute.", "05");
    }

    @Test
    void theContentOfAnOpinionIsNoReport() {
        guessedNotDone("There is a broad consensus that Turkey supplied drones to Ethiopia.", "07");
        guessedNotDone("My understanding is that Turkey supplied drones to Ethiopia.", "07");
    }

    @Test
    void aParentheticalOpinionMakesAGuess() {
        guessedNotDone("Kenya sent troops to Haiti, I believe.", "15");
    }

    @Test
    void aRelativeClauseThatSaysWhoSomeoneIsIsBackground() {
        String sentence = "The former Japanese foreign minister, who negotiated a trade pact with Canada, criticized the "
                + "new tariffs on Tuesday.";
        List<Event> coded = Coding.code(sentence, STORY);
        assertTrue(!anyRoot(coded, "04") && !anyRoot(coded, "03") && !anyRoot(coded, "05"), coded.toString());
        org.dyad.core.Codebook withBackground = org.dyad.core.Codebook.builtIn()
                .with(new org.dyad.core.Conventions(false, false, true, true, false));
        List<Event> all = new org.dyad.core.DocumentCoder(new org.dyad.nlp.CoreNlpAnnotator(), withBackground)
                .code(org.dyad.core.model.Document.of("test", STORY, sentence)).events();
        assertTrue(all.stream().anyMatch(e -> e.dateBasis() == DateBasis.BACKGROUND), all.toString());
    }

    @Test
    void aDatedActInARelativeClauseIsNews() {
        List<Event> coded = Coding.code("The Chadian soldiers who attacked a rebel camp in Libya on Monday returned "
                + "home on Tuesday.", STORY);
        assertTrue(anyRoot(coded, "19"), coded.toString());
    }

    @Test
    void whatThePeopleActedOnDidIsNews() {
        // The arrested are who they are by what they just did: the blockade is told, not a description.
        List<Event> coded = Coding.code("Sudanese police arrested the protesters who blocked the main road.", STORY);
        assertTrue(anyRoot(coded, "17") && anyRoot(coded, "14"), coded.toString());
    }

    @Test
    void peopleCountedInMillionsAreAStatistic() {
        List<Event> coded = Coding.code("Official data show that more than 1.6 million Russian tourists visited Turkey "
                + "in the first half of the year.", STORY);
        assertTrue(!anyRoot(coded, "04"), coded.toString());
        // A crowd's protest is its own act, however many took part.
        List<Event> protest = Coding.code("Thousands of Armenian protesters rallied against the government in "
                + "Yerevan on Sunday.", STORY);
        assertTrue(anyRoot(protest, "14"), protest.toString());
    }

    @Test
    void anActPassedOverIsNotDone() {
        List<Event> coded = Coding.code("Instead of calling for sanctions, Japan will increase its aid to Manila.", STORY);
        // Read as a call made (a planned one, before): the call passed over is negated, so no event.
        assertTrue(!anyRoot(coded, "02") && anyRoot(coded, "03"), coded.toString());
    }

    @Test
    void aStateTheRelativeClauseDescribesIsBackground() {
        List<Event> coded = Coding.code("Ships carry parts for Iran's drone industry, which is under U.S. sanctions.",
                STORY);
        assertTrue(!anyRoot(coded, "16"), coded.toString());
    }
}
