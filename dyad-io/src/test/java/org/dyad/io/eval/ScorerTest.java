package org.dyad.io.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each figure of score.py on small hand-made gold and events, worked out by hand. */
class ScorerTest {

    /** Events by document, from (doc, event) pairs in order. */
    private static Map<String, List<CodedEvent>> events(CodedEvent... events) {
        Map<String, List<CodedEvent>> byDoc = new LinkedHashMap<>();
        for (CodedEvent e : events) byDoc.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
        return byDoc;
    }

    /** A Dyad event with actor texts (codes made up from them) and a PLOVER type. */
    private static CodedEvent plover(String doc, String source, String type, String target) {
        return new CodedEvent(doc, source == null ? null : new CodedEvent.Party("XXX", source),
                target == null ? null : new CodedEvent.Party("XXX", target), "010", type, "asserted", null);
    }

    @Test
    void labelRecallCountsTheTypeAndFullRecallAlsoTheActors() {
        List<GoldRecord> gold = List.of(
                GoldRecord.of("a", GoldEvent.plover("Foreign Minister Ana Reyes", "ACCUSE", "the national election board")),
                GoldRecord.of("b", GoldEvent.plover("Kenya", "AID", "flood victims in Somalia")),
                GoldRecord.of("c", GoldEvent.plover("Police", "ASSAULT", "protesters")));
        Score s = Scorer.score(gold, events(
                plover("a", "Reyes", "ACCUSE", "the election board"),        // both actors share a word: full
                plover("b", "Kenya", "AID", "Ethiopia"),                    // right type, wrong target: label only
                plover("c", "Police", "PROTEST", "protesters")));           // wrong type: nothing
        assertEquals(3, s.goldEvents());
        assertEquals(2, s.labelHits());
        assertEquals(1, s.fullHits());
        assertEquals(2.0 / 3, s.labelRecall());
        assertEquals(1.0 / 3, s.fullRecall());
        assertEquals("set: 3 records, 3 gold events; label recall 0.667; full recall 0.333", s.summary("set", false));
        assertEquals(List.of("b", "c"), s.misses().stream().map(m -> m.record().id()).toList());
        assertEquals("PROTEST", s.misses().get(1).coded().get(0).plover());
    }

    @Test
    void draftPloverNamesCountForTheTypesTheyStandFor() {
        List<GoldRecord> gold = List.of(
                GoldRecord.of("1", GoldEvent.plover(null, "YIELD", null)),
                GoldRecord.of("2", GoldEvent.plover(null, "yield", null)),
                GoldRecord.of("3", GoldEvent.plover(null, "YIELD", null)),
                GoldRecord.of("4", GoldEvent.plover(null, "DEMAND", null)),
                GoldRecord.of("5", GoldEvent.plover(null, "FIGHT", null)),
                GoldRecord.of("6", GoldEvent.plover(null, "DISAPPROVE", null)),
                GoldRecord.of("7", GoldEvent.plover(null, "INVESTIGATE", null)),
                GoldRecord.of("8", GoldEvent.plover(null, "REQUEST", null)));
        Score s = Scorer.score(gold, events(
                plover("1", "A", "CONCEDE", null), plover("2", "A", "retreat", null), plover("3", "A", "AGREE", null),
                plover("4", "A", "REQUEST", null), plover("5", "A", "ASSAULT", null), plover("6", "A", "ACCUSE", null),
                plover("7", "A", "ACCUSE", null),
                plover("8", "A", "DEMAND", null)));  // the alias works one way: a gold REQUEST wants REQUEST
        assertEquals(6, s.labelHits());
        assertEquals(List.of("3", "8"), s.misses().stream().map(m -> m.record().id()).toList());
        assertEquals("YIELD", s.misses().get(0).label(), "the label is upper-cased");
    }

    @Test
    void aNullGoldActorIsNotCheckedButANullDyadTargetNeverMatchesALabelledOne() {
        List<GoldRecord> gold = List.of(
                GoldRecord.of("a", GoldEvent.plover(null, "ASSAULT", "villagers")),
                GoldRecord.of("b", GoldEvent.plover("the army", "ASSAULT", "villagers")),
                GoldRecord.of("c", GoldEvent.plover("the army", "ASSAULT", null)));
        Score s = Scorer.score(gold, events(
                plover("a", "Rebels", "ASSAULT", "villagers"),
                plover("b", "army", "ASSAULT", null),
                plover("c", "army", "ASSAULT", null)));
        assertEquals(3, s.labelHits());
        assertEquals(2, s.fullHits());
        assertEquals("b", s.misses().get(0).record().id());
    }

    @Test
    void actorsMatchOnASharedContentWordNotOnStopWords() {
        CodedEvent.Party hague = new CodedEvent.Party("NLD", "The Hague");
        assertFalse(Scorer.actorMatches("the United States", hague), "'the' is a stop word");
        assertFalse(Scorer.actorMatches("Russia's army", new CodedEvent.Party("IRN", "Iran's navy")),
                "'s' alone is no match");
        assertFalse(Scorer.actorMatches("Prime Minister of Spain", new CodedEvent.Party("FRA", "France and its allies")));
        assertTrue(Scorer.actorMatches("the Government of Iran", new CodedEvent.Party("IRNGOV", "the government")));
        assertTrue(Scorer.actorMatches("IRAN'S NAVY", new CodedEvent.Party("IRNMIL", "Iranian navy")), "case-insensitive");
        assertTrue(Scorer.actorMatches("U.N. envoy", new CodedEvent.Party("IGOUNO", "the U.N.")), "u and n are words");
        assertTrue(Scorer.actorMatches("G7", new CodedEvent.Party("IGO", "g7 leaders")), "digits are word characters");
        // Without text the code is the words, as score.py's actor_text() does.
        assertTrue(Scorer.actorMatches("nato", new CodedEvent.Party("NATO", null)));
        assertFalse(Scorer.actorMatches("", new CodedEvent.Party("USA", "")), "an empty gold actor matches nothing");
        assertEquals(java.util.Set.of("government", "iran"), Scorer.words("the Government of Iran"));
    }

    @Test
    void aGoldActorCodeMatchesOnItsFirstThreeCharacters() {
        CodedEvent.Party russianTroops = new CodedEvent.Party("RUSMIL", "Russian troops");
        assertTrue(Scorer.actorMatches("RUSGOV", russianTroops));
        assertTrue(Scorer.actorMatches("RUS", russianTroops));
        assertFalse(Scorer.actorMatches("UKRMIL", russianTroops));
        assertFalse(Scorer.actorMatches("Rus", russianTroops), "not written as a code: words only");
        assertFalse(Scorer.actorMatches("RU", new CodedEvent.Party("RUS", "Moscow")), "a code has 3 to 20 characters");
        assertTrue(Scorer.actorMatches("---GOV", new CodedEvent.Party("---GOV", "officials")));
        assertFalse(Scorer.actorMatches("USAGOV", new CodedEvent.Party(null, "Washington")), "no code, no match");
    }

    @Test
    void cameoGoldComparesTheRootAndPentaclassGoldTheClassOfDyadsCode() {
        List<GoldRecord> gold = List.of(
                GoldRecord.of("c1", GoldEvent.cameo(null, "0251", null)),
                GoldRecord.of("c2", GoldEvent.cameo(null, "19", null)),
                GoldRecord.of("p3", GoldEvent.pentaclass(null, "3", null)),
                GoldRecord.of("p3b", GoldEvent.pentaclass(null, "3", null)),
                GoldRecord.of("p4", GoldEvent.pentaclass(null, "4", null)),
                GoldRecord.of("p0", GoldEvent.pentaclass(null, "0", null)),
                GoldRecord.of("p2", GoldEvent.pentaclass(null, "2", null)));
        Score s = Scorer.score(gold, events(
                CodedEvent.of("c1", "A", "020", null),     // root 02: a hit
                CodedEvent.of("c2", "A", "180", null),     // root 18: not 19
                CodedEvent.of("p3", "A", "160", null),     // 16 is verbal conflict
                CodedEvent.of("p3b", "A", "145", null),    // 14 is material conflict
                CodedEvent.of("p4", "A", "145", null),
                CodedEvent.of("p0", "A", "010", null),
                CodedEvent.of("p2", "A", null, null)));    // no CAMEO code, no class
        assertEquals(4, s.labelHits());
        assertEquals(List.of("19", "3", "2"), s.misses().stream().map(Score.Miss::label).toList());
        assertEquals("1", Scorer.pentaclass("0314"));
        assertEquals("2", Scorer.pentaclass("08"));
        assertEquals("3", Scorer.pentaclass("0911"));
        assertEquals("4", Scorer.pentaclass("204"));
        assertNull(Scorer.pentaclass("xyz"));
        assertNull(Scorer.pentaclass(""));
    }

    @Test
    void precisionF1AndFalseAlarmsForCompleteGold() {
        List<GoldRecord> gold = List.of(
                GoldRecord.of("r1", GoldEvent.plover(null, "ACCUSE", null)),
                GoldRecord.of("r2", GoldEvent.plover(null, "AID", null)),
                GoldRecord.of("empty1"),
                GoldRecord.of("empty2"));
        Score s = Scorer.score(gold, events(
                plover("r1", "A", "ACCUSE", null), plover("r1", "A", "ASSAULT", null),
                plover("r2", "A", "AID", null),
                plover("empty1", "A", "CONSULT", null),
                plover("elsewhere", "A", "CONSULT", null)));   // a document the gold does not have: ignored
        assertEquals(4, s.emitted());
        assertEquals(2, s.emittedRight());
        assertEquals(0.5, s.precision());
        assertEquals(1.0, s.labelRecall());
        assertEquals(2 * 0.5 * 1.0 / 1.5, s.f1());
        assertEquals(1, s.falseAlarms());
        assertEquals(2, s.noEventRecords());
        assertEquals("g: 4 records, 2 gold events; label recall 1.000; full recall 1.000; precision 0.500; F1 0.667;"
                + " false alarms 1/2 no-event records", s.summary("g", true));
        assertEquals("g: 4 records, 2 gold events; label recall 1.000; full recall 1.000;"
                + " false alarms 1/2 no-event records", s.summary("g", false));
    }

    @Test
    void aGoldEventWithoutALabelIsNotCountedAndItsRecordIsNotANoEventRecord() {
        List<GoldRecord> gold = List.of(GoldRecord.of("r", new GoldEvent("A", "B", null, "", null)));
        Score s = Scorer.score(gold, events(plover("r", "A", "AID", null)));
        assertEquals(0, s.goldEvents());
        assertEquals(0, s.noEventRecords());
        assertEquals(1, s.emitted());
        assertEquals(0, s.emittedRight());
        assertEquals("r: 1 records, 0 gold events; label recall 0.000; full recall 0.000; precision 0.000; F1 0.000",
                s.summary("r", true));
    }

    @Test
    void figuresArePrintedAsPythonRoundsThem() {
        // 1/16 = 0.0625 exactly: Python rounds the tie to even (0.062), Java's %.3f would print 0.063.
        List<GoldRecord> gold = new ArrayList<>();
        for (int i = 0; i < 16; i++) gold.add(GoldRecord.of("r" + i, GoldEvent.plover(null, i < 8 ? "AID" : "ACCUSE", null)));
        Score s = Scorer.score(gold, events(plover("r0", "A", "AID", null)));
        assertEquals("t: 16 records, 16 gold events; label recall 0.062; full recall 0.062", s.summary("t", false));
        // 1/8 = 0.125 exactly: "0.12" in the by-label table.
        assertEquals(List.of("  ACCUSE        8 gold  label 0.00  full 0.00", "  AID           8 gold  label 0.12  full 0.12"),
                s.byLabelLines());
        assertEquals("0.38", Score.fixed(0.375, 2));
        assertEquals("1.000", Score.fixed(1.0, 3));
    }

    @Test
    void theSetIsNamedByItsFolderAsTheSummaryLineNamesIt() {
        assertEquals("dev-plv", Score.datasetName("../shared/eval/dev-plv/gold.json"));
        assertEquals("gold.json", Score.datasetName("gold.json"));
        assertEquals(".", Score.datasetName("./gold.json"));
        assertEquals("", Score.datasetName("/gold.json"));
    }
}
