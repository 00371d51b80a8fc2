package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.core.annotate.SentenceSelector;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Document;
import org.dyad.core.model.Timex;
import org.dyad.core.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CoreNLP annotator on sentences from a December 2021 story about Russia, Ukraine and the U.S. */
class CoreNlpAnnotatorTest {

    private static final LocalDate DEC_28_2021 = LocalDate.of(2021, 12, 28);

    // Model loading takes several seconds: one annotator for the whole class.
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = new CoreNlpAnnotator();
    }

    private static List<AnnotatedSentence> annotate(String text, SentenceSelector selector) {
        return annotator.annotate(Document.of("story", DEC_28_2021, text), selector);
    }

    private static AnnotatedSentence only(String text) {
        List<AnnotatedSentence> sentences = annotate(text, SentenceSelector.ALL);
        assertEquals(1, sentences.size(), () -> "expected one sentence: " + sentences);
        return sentences.get(0);
    }

    /** True when the sentence has the arc relation(governor, dependent), both given by their surface form. */
    private static boolean hasArc(AnnotatedSentence s, String relation, String governor, String dependent) {
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals(relation) && d.governor() >= 0
                    && s.token(d.governor()).word().equals(governor)
                    && s.token(d.dependent()).word().equals(dependent)) return true;
        }
        return false;
    }

    private static String arcs(AnnotatedSentence s) {
        StringBuilder sb = new StringBuilder();
        for (Dependency d : s.dependencies()) {
            String gov = d.governor() < 0 ? "ROOT" : s.token(d.governor()).word();
            sb.append(d.relation()).append('(').append(gov).append(", ")
                    .append(s.token(d.dependent()).word()).append(") ");
        }
        return sb.toString();
    }

    @Test
    void threatToImposeSanctionsIsAnXcompChain() {
        AnnotatedSentence s = only("The U.S. has threatened to impose economic sanctions if Russia attacks Ukraine.");
        assertTrue(s.isParsed());
        assertEquals("threatened", s.token(s.root()).word(), arcs(s));
        assertTrue(hasArc(s, "xcomp", "threatened", "impose"), arcs(s));
        assertTrue(hasArc(s, "obj", "impose", "sanctions"), arcs(s));
        // Enhanced++ hands the controlled subject to "impose": the U.S. is who would impose the sanctions.
        assertTrue(hasArc(s, "nsubj:xsubj", "impose", "U.S."), arcs(s));
        assertTrue(hasArc(s, "advcl:if", "impose", "attacks"), arcs(s));
    }

    @Test
    void deniedPlansForAnAssaultKeepsPrepositionSubtypes() {
        AnnotatedSentence s = only("Russia has denied plans for an assault on Ukraine.");
        assertTrue(hasArc(s, "nsubj", "denied", "Russia"), arcs(s));
        assertTrue(hasArc(s, "obj", "denied", "plans"), arcs(s));
        assertTrue(hasArc(s, "nmod:for", "plans", "assault"), arcs(s));
        assertTrue(hasArc(s, "nmod:on", "assault", "Ukraine"), arcs(s));
        Token denied = s.tokens().stream().filter(t -> t.word().equals("denied")).findFirst().orElseThrow();
        assertEquals("deny", denied.lemma());
        assertEquals("VBN", denied.pos());
    }

    @Test
    void passiveSubjectOfPlannedTalks() {
        AnnotatedSentence s = only("Talks will be held on Jan. 10 in Geneva.");
        assertTrue(hasArc(s, "nsubj:pass", "held", "Talks"), arcs(s));
        assertTrue(hasArc(s, "obl:in", "held", "Geneva"), arcs(s));
    }

    @Test
    void januaryTenthResolvesAgainstTheDocumentDateIntoNextYear() {
        AnnotatedSentence s = only("Talks will be held on Jan. 10 in Geneva.");
        assertEquals(1, s.timexes().size(), () -> s.timexes().toString());
        Timex jan10 = s.timexes().get(0);
        assertEquals("2022-01-10", jan10.value());
        assertEquals("DATE", jan10.type());
        assertEquals("Jan. 10", jan10.text());
        // Token span within the sentence: "Jan." and "10".
        assertEquals("Jan.", s.token(jan10.beginToken()).word());
        assertEquals("10", s.token(jan10.endToken() - 1).word());
    }

    @Test
    void relativeDatesAndDurations() {
        AnnotatedSentence s = only("Ukrainian positions were shelled late on Monday, officials said, "
                + "after fighting in the past two months.");
        List<String> values = s.timexes().stream().map(Timex::value).toList();
        assertTrue(values.contains("2021-12-27"), values::toString);  // the Monday before Dec. 28, 2021
        assertTrue(values.contains("P2M"), values::toString);
    }

    @Test
    void yearsAndReferenceWordsAreTimexesToo() {
        AnnotatedSentence crimea = only("Russia annexed Crimea in 2014 and has previously massed troops on the border.");
        List<String> values = crimea.timexes().stream().map(Timex::value).toList();
        assertTrue(values.contains("2014"), values::toString);
        assertTrue(values.contains("PAST_REF"), values::toString);
    }

    @Test
    void sentenceWithoutAnyTimeWordHasNoTimex() {
        AnnotatedSentence s = only("Russia has denied plans for an assault on Ukraine.");
        assertTrue(s.isParsed());
        assertTrue(s.timexes().isEmpty());
    }

    @Test
    void rejectedSentenceHasTokensAndLemmasButNoParseOrTimex() {
        String text = "Moscow was cold on Monday. Russia has threatened to attack Ukraine.";
        List<List<Token>> seen = new ArrayList<>();
        SentenceSelector threats = tokens -> {
            seen.add(tokens);
            return tokens.stream().anyMatch(t -> t.lemma().equals("threaten"));
        };
        List<AnnotatedSentence> sentences = annotate(text, threats);
        assertEquals(2, sentences.size());

        AnnotatedSentence weather = sentences.get(0);
        assertFalse(weather.isParsed());
        assertTrue(weather.dependencies().isEmpty());
        assertTrue(weather.timexes().isEmpty(), "SUTime runs only on selected sentences");
        assertEquals(List.of("Moscow", "was", "cold", "on", "Monday", "."),
                weather.tokens().stream().map(Token::word).toList());
        assertEquals("be", weather.token(1).lemma());
        assertEquals("VBD", weather.token(1).pos());

        AnnotatedSentence threat = sentences.get(1);
        assertTrue(threat.isParsed());
        assertTrue(hasArc(threat, "xcomp", "threatened", "attack"), arcs(threat));

        // The selector was asked once per sentence, before NER: every tag is "O".
        assertEquals(2, seen.size());
        assertTrue(seen.stream().flatMap(List::stream).allMatch(t -> t.ner().equals("O")));
    }

    @Test
    void headlineBeforeABlankLineIsItsOwnSentence() {
        String text = "Russia Warns US Over NATO Expansion\n\n"
                + "Russia has denied plans for an assault on Ukraine. Talks will be held on Jan. 10 in Geneva.";
        List<AnnotatedSentence> sentences = annotate(text, SentenceSelector.ALL);
        assertEquals(3, sentences.size(), sentences::toString);
        assertEquals("Russia Warns US Over NATO Expansion", sentences.get(0).text());
        assertEquals("Russia has denied plans for an assault on Ukraine.", sentences.get(1).text());
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedSentence s = sentences.get(i);
            assertEquals(i, s.index());
            // Offsets point into the document text, for provenance in every event.
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
            for (Token t : s.tokens()) assertEquals(t.word(), text.substring(t.begin(), t.end()));
        }
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        String text = "Envoys Meet Sec. Blinken in Kabul\n\nThe U.N. envoy and U.S. Sen. Jim Risch met Lt. Col. Omar Said at a Jan. 23 briefing in Kabul. "
                + "Gen. Ali Hassan of the No. 3 brigade said Sec. Blinken and Vice-Adm. Cooper had called "
                + "H.E. Mr. Aleksandar Vucic. Rebels then shelled the town near the U.S. "
                + "The army responded. President Maria Lopez said she had spoken to the U.S. Embassy in the U.S. "
                + "Lopez sent troops to the border with the U.S. \u201cWe are ready,\u201d she said.";
        List<AnnotatedSentence> sentences = annotate(text, SentenceSelector.ALL);
        assertEquals(List.of(
                "Envoys Meet Sec. Blinken in Kabul",
                "The U.N. envoy and U.S. Sen. Jim Risch met Lt. Col. Omar Said at a Jan. 23 briefing in Kabul.",
                "Gen. Ali Hassan of the No. 3 brigade said Sec. Blinken and Vice-Adm. Cooper had called "
                        + "H.E. Mr. Aleksandar Vucic.",
                "Rebels then shelled the town near the U.S.",
                "The army responded.",
                "President Maria Lopez said she had spoken to the U.S. Embassy in the U.S.",
                "Lopez sent troops to the border with the U.S.",
                "\u201cWe are ready,\u201d she said."), sentences.stream().map(AnnotatedSentence::text).toList());
        AnnotatedSentence second = sentences.get(2);
        // The title keeps its period as one token whose span is its text, and no stray "." is left in the sentence.
        for (Token t : second.tokens()) assertEquals(t.word(), text.substring(t.begin(), t.end()));
        assertEquals(1, second.tokens().stream().filter(t -> t.word().equals(".")).count());
        assertTrue(second.tokens().stream().anyMatch(t -> t.word().equals("Sec.")));
    }

    @Test
    void tokenOffsetsSurviveCurlyQuotesAndParentheses() {
        String text = "Iraq’s “Anbar” desert (west) was hit.";
        AnnotatedSentence s = only(text);
        Token anbar = s.tokens().stream().filter(t -> t.word().equals("Anbar")).findFirst().orElseThrow();
        assertEquals("Anbar", text.substring(anbar.begin(), anbar.end()));
        Token west = s.tokens().stream().filter(t -> t.word().equals("west")).findFirst().orElseThrow();
        assertEquals(text.indexOf("west"), west.begin());
    }

    @Test
    void twoThreadsGiveTheSameAnnotationAsOne() throws Exception {
        List<String> stories = List.of(
                "The U.S. has threatened to impose economic sanctions if Russia attacks Ukraine.",
                "Russia has denied plans for an assault on Ukraine. Talks will be held on Jan. 10 in Geneva.",
                "NATO said late on Monday it would send more troops to Poland and Romania.");
        List<List<AnnotatedSentence>> sequential = new ArrayList<>();
        for (String story : stories) sequential.add(annotate(story, SentenceSelector.ALL));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<AnnotatedSentence>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String story : stories) futures.add(pool.submit(() -> annotate(story, SentenceSelector.ALL)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % stories.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyDocumentHasNoSentences() {
        assertTrue(annotate("   \n\n ", SentenceSelector.ALL).isEmpty());
    }

    @Test
    void nerOptionTagsSelectedSentencesOnly() {
        CoreNlpAnnotator withNer = new CoreNlpAnnotator(new CoreNlpAnnotator.Options(true));
        String text = "Vladimir Putin met Joe Biden in Geneva. Sergei Lavrov flew to Geneva.";
        List<AnnotatedSentence> sentences = withNer.annotate(Document.of("ner", DEC_28_2021, text),
                tokens -> tokens.get(0).word().equals("Vladimir"));
        AnnotatedSentence met = sentences.get(0);
        assertEquals("PERSON", met.token(0).ner());
        assertEquals("LOCATION", met.tokens().stream()
                .filter(t -> t.word().equals("Geneva")).findFirst().orElseThrow().ner());
        assertTrue(sentences.get(1).tokens().stream().allMatch(t -> t.ner().equals("O")));
    }
}
