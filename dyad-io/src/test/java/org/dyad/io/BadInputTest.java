package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is one line naming file and line or record; the documents around it survive. */
class BadInputTest {

    @TempDir Path dir;

    private static final ReaderOptions DATED = ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28));

    private static String words(int n) {
        StringBuilder sb = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) sb.append(i % 12 == 11 ? "talks. " : "Geneva ");
        return sb.toString().strip();
    }

    @Test
    void anEmptyFile() throws Exception {
        Path file = Collected.write(dir, "empty.txt", "");
        Collected c = Collected.read(DATED, file);
        assertTrue(c.documents.isEmpty());
        assertEquals(List.of(InputProblem.error(file.toString(), "empty file")), c.problems);
    }

    @Test
    void aFileOfBlankLines() throws Exception {
        Collected c = Collected.read(DATED, Collected.write(dir, "blank.jsonl", "\n\n   \n"));
        assertTrue(c.documents.isEmpty());
        assertEquals("empty file (whitespace only)", c.errors().get(0).message());
    }

    @Test
    void aBinaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = Files.write(dir.resolve("photo.txt"), png);
        Collected c = Collected.read(DATED, file);
        assertTrue(c.documents.isEmpty());
        assertEquals(file + ": error: binary file (mostly non-text bytes)", c.problems.get(0).toString());
    }

    @Test
    void mostlyControlBytesAreBinaryToo() throws Exception {
        byte[] junk = new byte[400];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        Collected c = Collected.read(DATED, Files.write(dir.resolve("junk.dat"), junk));
        assertEquals("binary file (mostly non-text bytes)", c.errors().get(0).message());
    }

    @Test
    void invalidUtf8InTextSaysLineAndByte() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Kyiv welcomed the aid.\nPresident Zelensk".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);  // never valid in UTF-8
        bytes.write("y spoke.\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("latin.txt"), bytes.toByteArray());

        Collected c = Collected.read(DATED, file);
        assertTrue(c.documents.isEmpty());
        assertEquals("invalid UTF-8 at line 2, byte 18", c.errors().get(0).message());
    }

    @Test
    void invalidUtf8InOneJsonlLineCostsOnlyThatLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\": \"a\", \"date\": \"2021-12-28\", \"text\": \"Talks are set.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\": \"b\", \"date\": \"2021-12-28\", \"text\": \"M".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});  // byte 45: a lead byte without its continuation
        bytes.write("nchen hosted it.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\": \"c\", \"date\": \"2021-12-28\", \"text\": \"Talks ended.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());

        Collected c = Collected.read(file);
        assertEquals(List.of("a", "c"), c.documents.stream().map(d -> d.id()).toList());
        assertEquals(file + ":2: error: invalid UTF-8 at byte 45", c.problems.get(0).toString());
    }

    @Test
    void aDocumentOverTheWordLimitIsSkippedAndItsNeighboursKept() throws Exception {
        String huge = words(200_000);
        Path file = Collected.write(dir, "corpus.jsonl",
                "{\"id\": \"before\", \"date\": \"2021-12-28\", \"text\": \"Russia denied the plans.\"}\n"
                        + "{\"id\": \"book\", \"date\": \"2021-12-28\", \"text\": \"" + huge + "\"}\n"
                        + "{\"id\": \"after\", \"date\": \"2021-12-28\", \"text\": \"NATO will meet Russia.\"}\n");
        Collected c = Collected.read(file);

        assertEquals(List.of("before", "after"), c.documents.stream().map(d -> d.id()).toList());
        assertEquals(file + ":2: error: document too long: 200000 words (limit 100000)", c.problems.get(0).toString());
    }

    @Test
    void theWordLimitIsConfigurableAndAppliesToTextFiles() throws Exception {
        Path file = Collected.write(dir, "long.txt", words(200_000));
        Collected c = Collected.read(DATED, file);
        assertTrue(c.documents.isEmpty());
        assertEquals("document too long: 200000 words (limit 100000)", c.errors().get(0).message());

        Collected raised = Collected.read(DATED.withMaxWords(250_000), file);
        assertEquals(200_000, raised.only().words());
    }

    @Test
    void aMissingFileIsReportedAndTheNextInputIsRead() throws Exception {
        Path good = Collected.write(dir, "good.txt", "Kyiv welcomed the aid.");
        Path missing = dir.resolve("missing.txt");
        Collected c = new Collected();
        new Readers(DATED).readAll(List.of(missing.toString(), good.toString()), new ByteArrayInputStream(new byte[0]), c);

        assertEquals("good", c.only().id());
        assertEquals(missing + ": error: cannot read: no such file", c.problems.get(0).toString());
    }

    @Test
    void anUnreadableFileIsReported() throws Exception {
        Path locked = Collected.write(dir, "locked.txt", "Kyiv welcomed the aid.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads everything (root)");
        Collected c = Collected.read(DATED, locked);
        assertEquals("cannot read: permission denied", c.errors().get(0).message());
    }

    @Test
    void aDirectoryIsReported() {
        Collected c = Collected.read(DATED, dir);
        assertTrue(c.documents.isEmpty());
        assertTrue(c.errors().get(0).message().startsWith("cannot read"), c.problems.toString());
    }

    @Test
    void dashReadsStdinAmongFiles() throws Exception {
        Path file = Collected.write(dir, "first.txt", "Russia seized Crimea in 2014.");
        Collected c = new Collected();
        new Readers(DATED).readAll(List.of(file.toString(), "-"),
                new ByteArrayInputStream("Biden signed the defense bill.".getBytes(StandardCharsets.UTF_8)), c);
        assertEquals(List.of("first", "stdin"), c.documents.stream().map(d -> d.id()).toList());
    }

    @Test
    void aForcedFormatOverridesTheExtension() throws Exception {
        Path file = Collected.write(dir, "export.txt",
                "{\"id\": \"x1\", \"date\": \"2021-12-28\", \"text\": \"Talks are set for Jan. 10.\"}\n");
        Collected asText = Collected.read(DATED, file);
        assertEquals("export", asText.only().id());

        Collected asJsonl = Collected.read(DATED.withFormat(InputFormat.JSONL), file);
        assertEquals("x1", asJsonl.only().id());
    }

    @Test
    void aNulByteCostsItsDocumentWhereverItComes() throws Exception {
        String story = "Kyiv welcomed the aid. ".repeat(600);  // about 14 KB: past the 8 KB head
        Path early = Collected.write(dir, "early.txt", "Kyiv\0 welcomed the aid. " + story);
        Path late = Collected.write(dir, "late.txt", story + "Kyiv\0 welcomed the aid.");
        for (Path file : List.of(early, late)) {
            Collected c = Collected.read(DATED, file);
            assertTrue(c.documents.isEmpty(), file + " was coded with a NUL in it");
            assertEquals(file + ": error: binary data: the text holds NUL bytes; not coded", c.problems.get(0).toString());
        }
        Path jsonl = Collected.write(dir, "nul.jsonl",
                "{\"id\": \"a\", \"date\": \"2021-12-28\", \"text\": \"Talks \\u0000 are set.\"}\n"
                        + "{\"id\": \"b\", \"date\": \"2021-12-28\", \"text\": \"Talks ended.\"}\n");
        Collected c = Collected.read(jsonl);
        assertEquals(List.of("b"), c.documents.stream().map(d -> d.id()).toList());
        assertEquals(jsonl + ":1: error: binary data: the text holds NUL bytes; not coded", c.problems.get(0).toString());
    }

    @Test
    void aDirectoryArgumentReadsItsFilesAsIngestDoes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("stories"));
        Collected.write(folder, "b.txt", "NATO will meet Russia.");
        Collected.write(folder, "a.txt", "Kyiv welcomed the aid.");
        Collected.write(folder, ".hidden.txt", "Not read.");
        Collected c = new Collected();
        new Readers(DATED).readAll(List.of(folder.toString()), new ByteArrayInputStream(new byte[0]), c);
        assertEquals(List.of("a", "b"), c.documents.stream().map(d -> d.id()).toList());
        assertTrue(c.problems.isEmpty(), c.problems.toString());
    }

    @Test
    void undatedFilesOfADirectoryGetOneWarningNotOneEach() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("undated"));
        for (int i = 0; i < 5; i++) Collected.write(folder, "s" + i + ".txt", "Kyiv welcomed the aid.");
        Collected c = new Collected();
        new Inputs(ReaderOptions.defaults()).readAll(List.of(folder.toString()), new ByteArrayInputStream(new byte[0]), c);
        assertEquals(5, c.documents.size());
        assertEquals(1, c.warnings().size(), c.problems.toString());
        InputProblem w = c.warnings().get(0);
        assertEquals(folder.toString(), w.origin());
        assertTrue(w.message().startsWith("no date given (use --date): 5 files"), w.message());

        Collected plain = new Collected();
        new Readers(ReaderOptions.defaults()).readAll(List.of(folder.toString()), new ByteArrayInputStream(new byte[0]), plain);
        assertEquals(1, plain.warnings().size(), "dyad code says it once too: " + plain.problems);
    }

    @Test
    void aNameThePlatformCannotEncodeCostsThatInputOnly() throws Exception {
        // A NUL in a name is refused on every platform, as a UTF-8 name is under LANG=C: the same InvalidPathException.
        Path good = Collected.write(dir, "good.txt", "Kyiv welcomed the aid.");
        Collected c = new Collected();
        new Readers(DATED).readAll(List.of("bad\0name.txt", good.toString()), new ByteArrayInputStream(new byte[0]), c);
        assertEquals("good", c.only().id());
        assertEquals("cannot read: the name holds a NUL character", c.errors().get(0).message());
        Collected ingest = new Collected();
        new Inputs(DATED).readAll(List.of("bad\0name.txt", good.toString()), new ByteArrayInputStream(new byte[0]), ingest);
        assertEquals("good", ingest.only().id());
    }
}
