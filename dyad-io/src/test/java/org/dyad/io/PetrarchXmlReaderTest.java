package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchXmlReaderTest {

    @TempDir Path dir;

    @Test
    void sentencesAreOneDocumentEachAndParseTreesAreIgnored() throws Exception {
        Path file = Collected.write(dir, "records.xml", """
                <Sentences>
                <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
                <!-- a comment -->
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <Text>
                Arnor is about to restore full diplomatic ties with Gondor almost
                five years after crowds trashed its embassy.
                </Text>
                <Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))</Parse>
                </Sentence>
                <Sentence date = "20080801" id ="AFP080801M008-2" sentence="true">
                <Text>Russia warned Georgia on Friday.</Text>
                </Sentence>
                </Sentences>
                """);
        Collected c = Collected.read(file);

        assertEquals(2, c.documents.size(), c.problems.toString());
        Document d = c.documents.get(0);
        assertEquals("DEMO-00", d.id());
        assertEquals(LocalDate.of(1995, 1, 1), d.date());
        assertEquals("Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds "
                + "trashed its embassy.", d.text());
        assertEquals(file + "#DEMO-00", d.origin());
        assertEquals("AFP080801M008-2", c.documents.get(1).id());
        assertEquals(LocalDate.of(2008, 8, 1), c.documents.get(1).date());
        assertTrue(c.problems.isEmpty());
    }

    @Test
    void articlesAreOneDocumentEach() throws Exception {
        Path file = Collected.write(dir, "articles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Articles>
                <Article date="20211228" id="reuters-1" source="Reuters">
                <Text>
                U.S. and Russian officials will hold talks on Jan. 10 in Geneva.

                NATO and Russia will meet on Jan. 12.
                </Text>
                </Article>
                <Article date="2021-12-29" id="reuters-2"><Text><![CDATA[Russia & the OSCE meet on Jan. 13.]]></Text></Article>
                </Articles>
                """);
        Collected c = Collected.read(file);

        assertEquals(2, c.documents.size(), c.problems.toString());
        Document d = c.documents.get(0);
        assertEquals("reuters-1", d.id());
        assertEquals("U.S. and Russian officials will hold talks on Jan. 10 in Geneva.\n\n"
                + "NATO and Russia will meet on Jan. 12.", d.text(), "paragraph breaks are kept");
        assertEquals("Reuters", d.source());
        assertEquals("Russia & the OSCE meet on Jan. 13.", c.documents.get(1).text());
        assertEquals(LocalDate.of(2021, 12, 29), c.documents.get(1).date());
    }

    @Test
    void aRecordWithoutTextIsReportedByIdAndTheRunGoesOn() throws Exception {
        Path file = Collected.write(dir, "gaps.xml", """
                <Sentences>
                <Sentence date="20150806" id="first"><Text>Iran rejected the proposal.</Text></Sentence>
                <Sentence date="20150806" id="EMPTY-01"><Text>   </Text></Sentence>
                <Sentence date="20150806" id="NOTEXT-02"><Parse>(ROOT)</Parse></Sentence>
                <Sentence id="NODATE-03"><Text>Iraq hosted the talks.</Text></Sentence>
                <Sentence date="20150807" id="last"><Text>Syria accused Turkey.</Text></Sentence>
                </Sentences>
                """);
        Collected c = Collected.read(file);

        assertEquals(2, c.documents.size());
        assertEquals("first", c.documents.get(0).id());
        assertEquals("last", c.documents.get(1).id());
        assertEquals(3, c.errors().size(), c.problems.toString());
        assertEquals(file + "#EMPTY-01: error: record EMPTY-01 has no text", c.problems.get(0).toString());
        assertEquals("record NOTEXT-02 has no text", c.problems.get(1).message());
        assertEquals("record NODATE-03: missing attribute \"date\"", c.problems.get(2).message());
    }

    @Test
    void aRecordWithoutDateTakesTheCallersDateWithAWarning() throws Exception {
        Path file = Collected.write(dir, "nodate.xml",
                "<Sentences><Sentence id=\"s1\"><Text>Iraq hosted the talks.</Text></Sentence></Sentences>");
        Collected c = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2015, 8, 6)), file);
        assertEquals(LocalDate.of(2015, 8, 6), c.only().date());
        assertEquals(1, c.warnings().size());
        assertTrue(c.errors().isEmpty());
    }

    @Test
    void malformedXmlKeepsTheRecordsReadBeforeIt() throws Exception {
        Path file = Collected.write(dir, "broken.xml", """
                <Sentences>
                <Sentence date="20150806" id="good-1"><Text>Iran rejected the proposal.</Text></Sentence>
                <Sentence date="20150806" id="good-2"><Text>Iraq hosted the talks.</Text></Sentence>
                <Sentence date="20150806" id="bad"><Text>Syria accused Turkey.</Txt></Sentence>
                </Sentences>
                """);
        Collected c = Collected.read(file);

        assertEquals(2, c.documents.size());
        assertEquals(1, c.errors().size());
        InputProblem p = c.errors().get(0);
        assertEquals(file + ":4", p.origin());
        assertTrue(p.message().startsWith("malformed XML at line 4, column "), p.message());
        assertTrue(p.message().contains("2 records before it were kept"), p.message());
    }

    @Test
    void thePetrarchUnitTestRecordsReadInFull() {
        Path records = Path.of(System.getProperty("dyad.shared", "../../shared"), "petrarch", "PETR.UnitTest.records.xml");
        assumeTrue(Files.exists(records), "shared PETRARCH records not present");
        Collected c = Collected.read(records);

        assertTrue(c.problems.isEmpty(), c.problems.toString());
        assertEquals(284, c.documents.size());
        Document first = c.documents.get(0);
        assertEquals("DEMO-00", first.id());
        assertEquals(LocalDate.of(1995, 1, 1), first.date());
        assertTrue(first.text().startsWith("Arnor is about to restore full diplomatic ties with Gondor"));
        assertEquals("FINAL-RECORD", c.documents.get(283).id());
    }

    @Test
    void invalidUtf8InXmlIsReportedWithItsPlace() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("<Sentences>\n<Sentence date=\"20150806\" id=\"ok\"><Text>Iran rejected it.</Text></Sentence>\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write("<Sentence date=\"20150806\" id=\"bad\"><Text>M".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("nchen</Text></Sentence>\n</Sentences>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("latin.xml"), bytes.toByteArray());

        Collected c = Collected.read(file);
        assertEquals("ok", c.only().id());
        assertEquals(1, c.errors().size());
        assertEquals(file + ":3: error: invalid UTF-8 at line 3, byte 43 (1 records before it were kept)",
                c.errors().get(0).toString());
    }
}
