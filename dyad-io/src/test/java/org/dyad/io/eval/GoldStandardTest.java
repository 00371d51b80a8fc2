package org.dyad.io.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three gold formats, told apart by content, and one clear line for a file that is not one of them. */
class GoldStandardTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private String error(String name, String content) throws IOException {
        Path p = write(name, content);
        return assertThrows(GoldFormatException.class, () -> GoldStandard.read(p)).getMessage();
    }

    @Test
    void theCommonFormatKeepsEachFieldAsScorePyReadsIt() throws Exception {
        Path p = write("gold.json", """
                [
                 {"id": "s1", "events": [{"source": "Chad's army", "target": null, "cameo": null, "plover": "assault",
                                          "pentaclass": "4"}]},
                 {"id": 7, "events": [{"source": "Mali", "target": "Niger", "cameo": "0251", "plover": "",
                                       "pentaclass": null},
                                      {"source": null, "target": null, "cameo": null, "plover": null, "pentaclass": 3}]},
                 {"id": "none", "events": []}
                ]
                """);
        GoldStandard g = GoldStandard.read(p);
        assertEquals(GoldStandard.Format.COMMON, g.format());
        assertEquals(List.of("s1", "7", "none"), g.records().stream().map(GoldRecord::id).toList());
        GoldEvent assault = g.records().get(0).events().get(0);
        assertEquals(new GoldEvent.Label(GoldEvent.Kind.PLOVER, "ASSAULT"), assault.label());
        assertNull(assault.target());
        assertEquals(new GoldEvent.Label(GoldEvent.Kind.CAMEO, "02"), g.records().get(1).events().get(0).label(),
                "an empty PLOVER type gives way to the CAMEO code");
        assertEquals(new GoldEvent.Label(GoldEvent.Kind.PENTACLASS, "3"), g.records().get(1).events().get(1).label());
        assertTrue(g.records().get(2).events().isEmpty());
        assertFalse(g.hasSentences());
    }

    @Test
    void ploverRecordsSharingAnIdAreOneSentenceWithItsText() throws Exception {
        Path p = write("plover.json", """
                [{"id": "p1", "date": "2019-03-04", "text": "Ruritania expelled two diplomats from Elbonia.",
                  "event": "SANCTION", "mode": "expel", "source": "Ruritania", "target": "two diplomats from Elbonia"},
                 {"id": "p1", "text": "Ruritania expelled two diplomats from Elbonia.", "event": "ACCUSE",
                  "source": "Ruritania", "target": "Elbonia"},
                 {"id": "p2", "text": "The weather was fine.", "event": null}]
                """);
        GoldStandard g = GoldStandard.read(p);
        assertEquals(GoldStandard.Format.PLOVER, g.format());
        assertEquals(2, g.records().size());
        GoldRecord p1 = g.records().get(0);
        assertEquals(List.of("SANCTION", "ACCUSE"), p1.events().stream().map(e -> e.label().value()).toList());
        assertEquals("two diplomats from Elbonia", p1.events().get(0).target());
        assertEquals(LocalDate.of(2019, 3, 4), p1.date());
        assertTrue(g.records().get(1).events().isEmpty(), "a record without an event holds none");
        assertTrue(g.hasSentences());

        List<Document> docs = g.documents(LocalDate.of(2020, 1, 1));
        assertEquals(List.of("p1", "p2"), docs.stream().map(Document::id).toList());
        assertEquals(LocalDate.of(2019, 3, 4), docs.get(0).date());
        assertEquals(LocalDate.of(2020, 1, 1), docs.get(1).date(), "--date for a record without one");
        GoldFormatException noDate = assertThrows(GoldFormatException.class, () -> g.documents(null));
        assertEquals(p + ": record p2 has no \"date\": give --date", noDate.getMessage());
    }

    @Test
    void ploverRecordsMayComeOneALine() throws Exception {
        Path p = write("plover.jsonl", """
                {"id": "a", "text": "X met Y.", "event": "CONSULT", "source": "X", "target": "Y"}
                {"id": "b", "text": "X hit Y.", "event": "ASSAULT", "source": "X", "target": "Y"}
                """);
        GoldStandard g = GoldStandard.read(p);
        assertEquals(GoldStandard.Format.PLOVER, g.format());
        assertEquals(List.of("a", "b"), g.records().stream().map(GoldRecord::id).toList());
    }

    @Test
    void petrarchValidationXmlGivesCodesAndItsOwnSentences() throws Exception {
        Path p = write("records.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Validation>
                <Sentences>
                <Sentence date="20150102" id="T-01" category="TEST">
                <EventCoding sourcecode="RUSGOV" targetcode="UKR" eventcode="0251"/>
                <EventCoding sourcecode="RUSGOV" targetcode="UKR" eventcode="0251"/>
                <EventCoding sourcecode="UKR" targetcode="---" eventcode="111"/>
                <!-- <EventCoding sourcecode="XXX" targetcode="YYY" eventcode="190"/> -->
                <Text>
                The Kremlin appealed to Kyiv
                   for calm.
                </Text>
                <Parse>(ROOT (S (NP (NNP Kremlin))))</Parse>
                </Sentence>
                <Sentence date="20150103" id="T-02"><EventCoding noevents="True"/><Text>Nothing happened.</Text></Sentence>
                <Sentence date="20150104" id="T-03"><EventCoding error="storydiscard"/><Text>Sports.</Text></Sentence>
                </Sentences>
                </Validation>
                """);
        GoldStandard g = GoldStandard.read(p);
        assertEquals(GoldStandard.Format.PETRARCH_XML, g.format());
        GoldRecord t1 = g.records().get(0);
        assertEquals("The Kremlin appealed to Kyiv for calm.", t1.text());
        assertEquals(LocalDate.of(2015, 1, 2), t1.date());
        assertEquals(List.of(GoldEvent.cameo("RUSGOV", "0251", "UKR"), GoldEvent.cameo("UKR", "111", null)),
                t1.events(), "one event per distinct coding; '---' is no target, so not checked");
        assertTrue(g.records().get(1).events().isEmpty());
        assertTrue(g.records().get(2).events().isEmpty());
    }

    @Test
    void aBadFileIsOneLineNamingTheFileAndWhereItCan() throws Exception {
        assertEquals(dir.resolve("missing.json") + ": no such file",
                assertThrows(GoldFormatException.class, () -> GoldStandard.read(dir.resolve("missing.json"))).getMessage());
        assertEquals(dir.resolve("empty.json") + ": empty file", error("empty.json", "  \n"));
        assertTrue(error("notes.txt", "id,label\n1,AID\n").startsWith(dir.resolve("notes.txt") + ": not a gold file"));
        String badJson = error("bad.json", "[\n {\"id\": \"a\", \"events\": []},\n {\"id\": \"b\" \"events\": []}\n]\n");
        assertTrue(badJson.startsWith(dir.resolve("bad.json") + ":3: bad JSON: "), badJson);
        assertEquals(dir.resolve("noid.json") + ":3: record 2: no \"id\"",
                error("noid.json", "[\n {\"id\": \"a\", \"events\": []},\n {\"events\": []}\n]\n"));
        assertEquals(dir.resolve("noevents.json") + ":2: record 2 (id b): no \"events\" list",
                error("noevents.json", "[{\"id\": \"a\", \"events\": []},\n {\"id\": \"b\"}]\n"));
        assertEquals(dir.resolve("str.json") + ":1: record 1 (id a): \"events\" is not a list",
                error("str.json", "[{\"id\": \"a\", \"events\": \"AID\"}]"));
        assertTrue(error("what.json", "[{\"id\": \"a\", \"label\": \"AID\"}]")
                .endsWith(":1: record 1: neither \"events\" (the common gold format of shared/eval) nor \"event\" (PLOVER gold-standard records)"));
        assertEquals(dir.resolve("open.json") + ": the JSON ends before its list or record is closed",
                error("open.json", "[{\"id\": \"a\", \"events\": []}"));
        String badXml = error("bad.xml", "<Sentences>\n<Sentence id=\"a\" date=\"20150101\">\n<Text>x</Sentence>\n");
        assertTrue(badXml.startsWith(dir.resolve("bad.xml") + ":3: malformed XML: "), badXml);
        assertEquals(dir.resolve("none.xml") + ": no <Sentence> records (PETRARCH validation XML)",
                error("none.xml", "<Articles><Article id=\"a\"/></Articles>"));
        assertEquals(dir.resolve("date.xml") + ": <Sentence id=\"a\">: bad date \"1 May\"",
                error("date.xml", "<Sentences><Sentence id=\"a\" date=\"1 May\"><Text>x</Text></Sentence></Sentences>"));
    }
}
