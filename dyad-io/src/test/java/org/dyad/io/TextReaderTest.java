package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

    @TempDir Path dir;

    private static final String STORY = "Russia has denied plans for an assault on Ukraine.\n\n"
            + "The United States has threatened to impose economic sanctions if Russia attacks.\n";

    @Test
    void aTextFileIsOneDocumentNamedAfterTheFileDatedByTheCaller() throws Exception {
        Path file = Collected.write(dir, "reuters-2021-12-28.txt", STORY);
        Collected c = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)), file);

        Document d = c.only();
        assertEquals("reuters-2021-12-28", d.id());
        assertEquals(LocalDate.of(2021, 12, 28), d.date());
        assertEquals(STORY.strip(), d.text());
        assertTrue(c.problems.isEmpty(), c.problems.toString());
    }

    @Test
    void withoutDateTheFileDateIsUsedAndAWarningSaysSo() throws Exception {
        Path file = Collected.write(dir, "story.txt", STORY);
        LocalDate modified = LocalDate.of(2021, 12, 27);
        Files.setLastModifiedTime(file, FileTime.from(modified.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));

        Collected c = Collected.read(file);

        assertEquals(modified, c.only().date());
        assertTrue(c.errors().isEmpty());
        assertEquals(1, c.warnings().size());
        InputProblem warning = c.warnings().get(0);
        assertTrue(warning.message().contains("2021-12-27") && warning.message().contains("--date"), warning.message());
        assertEquals(file.toString(), warning.origin());
    }

    @Test
    void aScrapedPageLosesItsCheckAlsoTeaser() throws Exception {
        Path file = Collected.write(dir, "scraped.txt",
                "Russia seized Crimea from Ukraine in 2014.\n\n"
                        + "Separatists backed by Moscow have fought Ukrainian forces in eastern Ukraine since then.\n\n"
                        + "Check Also\n"
                        + "Bosnia's Serb leader vows to press on with plan to pull out of national institutions\n");
        Document d = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)), file).only();

        assertTrue(d.text().endsWith("in eastern Ukraine since then."), d.text());
        assertFalse(d.text().contains("Bosnia"));
        assertFalse(d.text().contains("Check Also"));
    }

    @Test
    void theReadmeExampleReadsAsOneCleanStory() {
        Path example = Path.of("..", "examples", "reuters-2021-12-28.txt");
        Document d = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)), example).only();

        assertEquals("reuters-2021-12-28", d.id());
        assertTrue(d.text().contains("Jan. 10 in Geneva"));
        assertTrue(d.text().contains("$300 million for Ukraine's armed forces"));
        assertFalse(d.text().contains("Bosnia"), "the Check Also teaser is not part of the story");
        assertEquals("U.S. and Russia set Geneva talks for Jan. 10 as tensions over Ukraine mount", d.title());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreNormalised() throws Exception {
        Path file = dir.resolve("crlf.txt");
        Files.write(file, ("\uFEFFNATO and Russia will meet on Jan. 12.\r\n\r\nThe OSCE follows on Jan. 13.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document d = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)), file).only();
        assertEquals("NATO and Russia will meet on Jan. 12.\n\nThe OSCE follows on Jan. 13.", d.text());
        assertNull(d.title(), "a first line ending in a full stop is a sentence, not a headline");
    }

    @Test
    void stdinIsSniffedAsTextAndCalledStdin() {
        Collected c = Collected.readStdin(ReaderOptions.defaults().withDate(LocalDate.of(2022, 1, 10)),
                "U.S. and Russian officials met in Geneva on Monday.");
        Document d = c.only();
        assertEquals("stdin", d.id());
        assertEquals(LocalDate.of(2022, 1, 10), d.date());
        assertTrue(c.problems.isEmpty());
    }

    @Test
    void stdinWithoutDateFallsBackToTodayWithAWarning() {
        Collected c = Collected.readStdin(ReaderOptions.defaults(), "Talks were held in Geneva.");
        assertEquals(LocalDate.now(), c.only().date());
        assertEquals(1, c.warnings().size());
        assertTrue(c.warnings().get(0).message().contains("today"));
    }

    @Test
    void aPipeIsReadLikeAFile() throws Exception {
        // bash's <(curl ...) hands Dyad a pipe such as /dev/fd/63, which cannot seek.
        Path fifo = dir.resolve("story.pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, STORY);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Collected c = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)), fifo);
        writer.join(10_000);

        assertEquals(STORY.strip(), c.only().text());
        assertTrue(c.errors().isEmpty(), c.problems.toString());
    }
}
