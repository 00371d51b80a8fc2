package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Event;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.junit.jupiter.api.Test;

/**
 * The event-type model on a sentence whose main verb the test lexicon lacks: a tiny hand-written model that reads
 * "expel" and "oust" as acts of coercion stands in for the trained one.
 */
class EventTypeModelTest {
    /** A model whose PLOVER head says COERCE for "expel" and whose pentaclass head says material conflict (4). */
    static final String MODEL = String.join("\n",
            "# a test model",
            "threshold\t0.5",
            "head\tplover\tCOERCE\tCONSULT",
            "plover\tBIAS\t0\t0.5",
            "plover\tv:expel\t4\t0",
            "head\tpentaclass\t1\t4",
            "pentaclass\tBIAS\t0.5\t0",
            "pentaclass\tw:expel\t0\t3",
            "");

    static EventTypeModel model() {
        return EventTypeModel.read(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), "test-model");
    }

    // Russia expelled Ukrainian diplomats .
    static final String EXPELLED = """
            1 Russia Russia NNP 2 nsubj
            2 expelled expel VBD 0 root
            3 Ukrainian Ukrainian JJ 4 amod
            4 diplomats diplomat NNS 2 obj
            5 . . . 2 punct
            """;

    static EventCoder coder(EventTypeModel m) {
        return new EventCoder(EventCoderTest.VERBS, CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn(), false, true, m);
    }

    static List<Event> code(EventCoder coder, AnnotatedSentence s) {
        return coder.code("doc", EventCoderTest.STORY, s, EventCoderTest.ACTOR_CODER.mentions(s.tokens(), EventCoderTest.STORY));
    }

    @Test
    void anUnlistedVerbIsCodedWithTheGenericCodeOfTheTypeTheModelNames() {
        List<Event> events = code(coder(model()), HandParse.parse(EXPELLED));
        assertEquals(List.of("RUS>UKR 170 asserted"), events.stream().map(EventCoderTest::dyad).toList());
        assertEquals("COERCE", events.get(0).plover().type());
    }

    @Test
    void withoutAModelOrBelowTheThresholdNothingIsCoded() {
        assertTrue(code(coder(null), HandParse.parse(EXPELLED)).isEmpty());
        assertTrue(code(coder(model().withThreshold(0.999)), HandParse.parse(EXPELLED)).isEmpty());
    }

    @Test
    void theModelNeedsBothPartiesNamed() {
        // Russia expelled them . — no named target: the model's guess alone is not enough for an event.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 expelled expel VBD 0 root
                3 them they PRP 2 obj
                4 . . . 2 punct
                """);
        assertTrue(code(coder(model()), s).isEmpty());
    }

    @Test
    void aLexiconPatternAlwaysWinsOverTheModel() {
        // Russia criticized Ukrainian officials . — "criticize" is in the lexicon (111); the model is not asked.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 Ukrainian Ukrainian JJ 4 amod
                4 officials official NNS 2 obj
                5 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKRGOV 111 asserted"), code(coder(model()), s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void theReportingVerbLeadsToTheActInItsClause() {
        // Officials said Russia expelled Ukrainian diplomats . — the act is "expelled", not "said".
        AnnotatedSentence s = HandParse.parse("""
                1 Officials official NNS 2 nsubj
                2 said say VBD 0 root
                3 Russia Russia NNP 4 nsubj
                4 expelled expel VBD 2 ccomp
                5 Ukrainian Ukrainian JJ 6 amod
                6 diplomats diplomat NNS 4 obj
                7 . . . 2 punct
                """);
        List<String> f = EventTypeModel.features(s, List.of());
        assertTrue(f.contains("v:expel"), f.toString());
        assertTrue(f.contains("vo:expel_diplomat"), f.toString());
        assertFalse(f.contains("v:say"), f.toString());
    }

    @Test
    void explainSaysWhatTheModelReadAndWhy() {
        AnnotatedSentence s = HandParse.parse(EXPELLED);
        String reading = coder(model()).arbiterReading(s, EventCoderTest.ACTOR_CODER.mentions(s.tokens(), EventCoderTest.STORY));
        assertTrue(reading.contains("'expelled' reads as 170"), reading);
        assertTrue(reading.contains("v:expel"), reading);
    }

    @Test
    void aMalformedModelFileIsReportedWithItsLine() {
        String bad = "head\tplover\tA\tB\nhead\tpentaclass\t0\nplover\tBIAS\t1\n";
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> EventTypeModel.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad-model"));
        assertTrue(e.getMessage().contains("bad-model:3"), e.getMessage());
    }

    @Test
    void theWrittenModelReadsBackTheSame() throws Exception {
        java.io.StringWriter w = new java.io.StringWriter();
        EventTypeModel.write(w, 0.4, Map.of("plover", List.of("COERCE", "CONSULT"), "pentaclass", List.of("1", "4")),
                Map.of("plover", Map.of("v:expel", new double[] {4, 0}, "BIAS", new double[] {0, 0.5}),
                        "pentaclass", Map.of("w:expel", new double[] {0, 3}, "BIAS", new double[] {0.5, 0})), "test");
        EventTypeModel m = EventTypeModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "rt");
        assertEquals(0.4, m.threshold());
        assertEquals(List.of("RUS>UKR 170 asserted"),
                code(coder(m), HandParse.parse(EXPELLED)).stream().map(EventCoderTest::dyad).toList());
    }
}
