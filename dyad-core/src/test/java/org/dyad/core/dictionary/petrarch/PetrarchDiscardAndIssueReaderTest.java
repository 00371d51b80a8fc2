package org.dyad.core.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PetrarchDiscardAndIssueReaderTest {
    private static List<String> words(String s) {
        return List.of(s.toLowerCase().split(" "));
    }

    @Test
    void storyAndSentenceDiscards() {
        DiscardList discards = PetrarchDiscardReader.read("test.discards.txt", """
                # Story-level discards are indicated with a '+'.
                MONTHS LATER
                +Manchester United   # pas 26-Feb-2014
                + World Golf Championships
                BASEBALL
                """, new LoadReport.Builder());
        assertEquals(4, discards.size());
        assertTrue(discards.discardsStory(words("Manchester United beat Arsenal on Sunday")));
        assertTrue(discards.discardsStory(words("the World Golf Championships opened")));
        assertFalse(discards.discardsStory(words("Three months later the talks resumed")), "sentence level only");
        assertTrue(discards.discards(words("Three months later the talks resumed")));
        assertFalse(discards.discards(words("Russia and Ukraine held talks in Istanbul")));
    }

    @Test
    void phoenixDiscardsSkipSportsStories() {
        LoadReport.Builder report = new LoadReport.Builder();
        DiscardList discards = PetrarchDiscardReader.read(SharedPetrarch.file("Phoenix.discards.txt"), report);
        assertTrue(discards.size() > 400, "discards: " + discards.size());
        assertTrue(discards.discardsStory(words("Real Madrid face Bayern in the Champions League final")));
    }

    @Test
    void issuePhrasesWithLemmasJoinedPartsAndExclusions() {
        IssueList issues = PetrarchIssueReader.read("test.issues.txt", """
                <ISSUE CATEGORY="FOREIGN_AID" TYPE="ALL">
                foreign aid [FOREIGN_AID]
                international n:donor [FOREIGN_AID]
                ~blood n:donor
                </ISSUE>
                <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
                pre+n:school [EARLY_CHILDHOOD_EDUCATION]
                </ISSUE>
                <ISSUE CATEGORY="CRIME" TYPE="ALL">
                drug n:cartel [DRUG_CARTEL]
                ~~oil
                </ISSUE>
                """, new LoadReport.Builder());
        List<String> w = words("International donors pledged foreign aid");
        List<String> lemmas = words("international donor pledge foreign aid");
        assertEquals(List.of("FOREIGN_AID"), issues.codes(w, lemmas));
        assertEquals(List.of("EARLY_CHILDHOOD_EDUCATION"), issues.codes(words("new pre-school places")));
        assertEquals(List.of("EARLY_CHILDHOOD_EDUCATION"), issues.codes(words("new pre school places")));
        assertEquals(List.of(), issues.codes(words("blood donor international donor")),
                "a ~ phrase in the sentence stops its category");
        assertEquals(Set.of("CRIME"), issues.excludedCategories(words("oil price and drug cartel"),
                words("oil price and drug cartel")));
    }

    @Test
    void phoenixIssuesReadWithCategories() {
        LoadReport.Builder report = new LoadReport.Builder();
        IssueList issues = PetrarchIssueReader.read(SharedPetrarch.file("Phoenix.IssueCoding.txt"), report);
        assertTrue(issues.size() > 2_500, "issue phrases: " + issues.size());
        assertTrue(issues.codes(words("the imf approved a loan")).contains("INT_FINANCIAL_INST"));
        assertTrue(issues.codes(words("talks on the european central bank")).contains("EUROPEAN_UNION"),
                "a phrase without a code takes its block's category");
        assertTrue(report.build().count("issues.article exclusions") > 50);
    }
}
