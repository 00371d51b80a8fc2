package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

    @TempDir Path dir;

    @Test
    void oneDocumentPerLineWithOptionalFields() throws Exception {
        Path file = Collected.write(dir, "news.jsonl", """
                {"id": "geneva-1", "date": "2022-01-10", "text": "U.S. and Russian officials met in Geneva.", "title": "Geneva talks", "url": "https://news.example/1", "source": "Example Wire"}

                {"id": 42, "date": "2021-12-28", "text": "Russia seized Crimea in 2014."}
                """);
        Collected c = Collected.read(file);

        assertEquals(2, c.documents.size(), c.problems.toString());
        Document first = c.documents.get(0);
        assertEquals("geneva-1", first.id());
        assertEquals(LocalDate.of(2022, 1, 10), first.date());
        assertEquals("Geneva talks", first.title());
        assertEquals("https://news.example/1", first.url());
        assertEquals("Example Wire", first.source());
        assertEquals(file + ":1", first.origin());
        Document second = c.documents.get(1);
        assertEquals("42", second.id(), "numeric ids are read as text");
        assertNull(second.title());
        assertEquals(file + ":3", second.origin(), "the blank line 2 is skipped but counted");
        assertTrue(c.problems.isEmpty());
    }

    @Test
    void publishedIsAnAliasOfDateAndTimestampsGiveTheirDate() throws Exception {
        Path file = Collected.write(dir, "voa.jsonl", """
                {"id": "8011115", "published": "2025-03-14 20:30:26Z", "title": "Iraq says key Islamic State leader is dead", "text": "Iraqi forces killed a senior Islamic State leader."}
                {"id": "b", "date": "2025-03-14T23:30:26-05:00", "text": "The date is the one written, not converted to UTC."}
                """);
        Collected c = Collected.read(file);
        assertEquals(2, c.documents.size(), c.problems.toString());
        assertEquals(LocalDate.of(2025, 3, 14), c.documents.get(0).date());
        assertEquals(LocalDate.of(2025, 3, 14), c.documents.get(1).date());
    }

    @Test
    void aMalformedLineBetweenTwoGoodOnesIsReportedAndSkipped() throws Exception {
        Path file = Collected.write(dir, "corpus.jsonl", """
                {"id": "a", "date": "2021-12-28", "text": "Russia has denied plans for an assault on Ukraine."}
                {"id": "b", "date": "2021-12-28", "text": ""}
                {"id": "c", "date": "2021-12-28", "text": "NATO and Russia will meet on Jan. 12."}
                """);
        Collected c = Collected.read(file);

        assertEquals(2, c.documents.size());
        assertEquals("a", c.documents.get(0).id());
        assertEquals("c", c.documents.get(1).id());
        assertEquals(1, c.problems.size());
        InputProblem p = c.problems.get(0);
        assertEquals(file + ":2", p.origin());
        assertEquals("empty field \"text\"", p.message());
        assertEquals(file + ":2: error: empty field \"text\"", p.toString());
    }

    @Test
    void eachKindOfBadLineNamesItsFieldAndLine() throws Exception {
        Path file = Collected.write(dir, "bad.jsonl", """
                {"id": "no-date", "text": "Kyiv welcomed the aid."}
                {"id": "bad-date", "date": "28/12/2021", "text": "Kyiv welcomed the aid."}
                {"id": "feb-30", "date": "2022-02-30", "text": "Kyiv welcomed the aid."}
                {"date": "2021-12-28", "text": "Kyiv welcomed the aid."}
                {"id": "x", "date": "2021-12-28", "text": "unterminated
                ["an", "array"]
                {"id": "ok", "date": "2021-12-28", "text": "Kyiv welcomed the aid."}
                """);
        Collected c = Collected.read(file);

        assertEquals(1, c.documents.size());
        assertEquals("ok", c.documents.get(0).id());
        assertEquals(6, c.errors().size(), c.problems.toString());
        assertEquals(file + ":1: error: missing field \"date\"", c.problems.get(0).toString());
        assertEquals("field \"date\": not a date: \"28/12/2021\"", c.problems.get(1).message());
        assertEquals("field \"date\": not a date: \"2022-02-30\"", c.problems.get(2).message());
        assertEquals("missing field \"id\"", c.problems.get(3).message());
        assertTrue(c.problems.get(4).message().startsWith("bad JSON"), c.problems.get(4).message());
        assertEquals(file + ":5", c.problems.get(4).origin());
        assertEquals("not a JSON object", c.problems.get(5).message());
    }

    @Test
    void theVoaBenchmarkCorpusReadsCleanly() {
        Path corpus = Path.of(System.getProperty("dyad.shared", "../../shared"), "corpus", "voa-2025.jsonl");
        assumeTrue(Files.exists(corpus), "shared corpus not present");
        Collected c = Collected.read(corpus);
        assertTrue(c.problems.isEmpty(), c.problems.toString());
        assertEquals(89, c.documents.size());
        Document first = c.documents.get(0);
        assertEquals("8011115", first.id());
        assertEquals(LocalDate.of(2025, 3, 14), first.date());
        assertEquals("Iraq says key Islamic State leader is dead", first.title());
    }

    /**
     * Streaming: the first document reaches the sink while most of a large corpus is still unread, so a
     * corpus of millions of lines never has to fit in memory.
     */
    @Test
    void documentsAreHandedOnWhileTheCorpusIsStillBeingRead() {
        int lines = 50_000;
        byte[] line = "{\"id\": \"n\", \"date\": \"2025-03-14\", \"text\": \"Officials met in Geneva.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        long total = (long) lines * line.length;
        AtomicLong served = new AtomicLong();
        InputStream corpus = new InputStream() {
            @Override public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override public int read(byte[] b, int off, int len) {
                long pos = served.get();
                if (pos >= total) return -1;
                int n = (int) Math.min(len, total - pos);
                for (int i = 0; i < n; i++) b[off + i] = line[(int) ((pos + i) % line.length)];
                served.addAndGet(n);
                return n;
            }
        };
        long[] servedAtFirstDocument = {-1};
        int[] count = {0};
        DocumentSink sink = new DocumentSink() {
            @Override public void document(Document d) {
                if (count[0]++ == 0) servedAtFirstDocument[0] = served.get();
            }

            @Override public void problem(InputProblem p) { throw new AssertionError(p.toString()); }
        };
        new Readers(ReaderOptions.defaults().withFormat(InputFormat.JSONL)).readStdin(corpus, sink);

        assertEquals(lines, count[0]);
        // buffers read ahead (64 KB at a time), but nowhere near the whole corpus
        assertTrue(servedAtFirstDocument[0] <= 256 * 1024 && total > 3_000_000,
                "first document after " + servedAtFirstDocument[0] + " of " + total + " bytes");
    }

    @Test
    void stdinJsonlIsSniffedFromItsFirstLine() throws IOException {
        Collected c = Collected.readStdin(ReaderOptions.defaults(),
                "{\"id\": \"s1\", \"date\": \"2021-12-28\", \"text\": \"Talks are set for Jan. 10.\"}\n");
        assertEquals("s1", c.only().id());
        assertEquals("stdin:1", c.only().origin());
    }
}
