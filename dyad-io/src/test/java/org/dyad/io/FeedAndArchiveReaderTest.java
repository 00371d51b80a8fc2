package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dyad ingest} reads beyond {@code dyad code}: web archives, news feeds, folders. */
class FeedAndArchiveReaderTest {
    @TempDir
    Path dir;

    static final String PAGE = """
            <html><head><title>Russia attacks Ukraine's grid | Example News</title>
            <meta property="article:published_time" content="2025-03-13T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Russia attacks Ukraine's grid</h1>
            <p>Russia attacked Ukraine's power grid overnight with missiles and drones, officials in Kyiv said on Thursday.</p>
            <p>The United States condemned the strikes and promised more air defence systems for Ukraine.</p>
            </article></body></html>
            """;

    /** One WARC record with a correct Content-Length. */
    static String record(String type, String uri, String contentType, String block) {
        int length = block.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                (type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2025-03-14T10:00:00Z\r\n"
                + "WARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                + "\r\n\r\n" + block + "\r\n\r\n";
    }

    static String http(int status, String type, String body) {
        return "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static String crawl() {
        return record("request", "https://news.example/a/1", "application/http;msgtype=request",
                "GET /a/1 HTTP/1.1\r\nHost: news.example\r\n\r\n")
                + record("response", "https://news.example/a/1", "application/http;msgtype=response",
                        http(200, "text/html; charset=utf-8", PAGE))
                + record("response", "https://news.example/logo.png", "application/http;msgtype=response",
                        http(200, "image/png", "not really a png"))
                + record("response", "https://news.example/gone", "application/http;msgtype=response",
                        http(404, "text/html", "<html><body><p>Not found</p></body></html>"));
    }

    @Test
    void aWarcCrawlGivesOneDocumentPerHtmlPageAndSkipsTheRest() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        Files.writeString(warc, crawl());
        Collected c = new Collected();
        new Inputs(ReaderOptions.defaults()).readAll(List.of(warc.toString()), System.in, c);
        Document page = c.only();
        assertEquals("https://news.example/a/1", page.id());
        assertEquals(LocalDate.of(2025, 3, 13), page.date(), "the page's own date before the capture date");
        assertTrue(page.text().contains("Russia attacked Ukraine's power grid overnight"), page.text());
        assertTrue(!page.text().contains("Home"), "navigation is not the article");
        assertEquals(List.of(), c.errors());
    }

    @Test
    void aGzippedWarcReadsTheSame() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(crawl().getBytes(StandardCharsets.UTF_8));
        }
        Files.write(warc, bytes.toByteArray());
        Collected c = new Collected();
        new Inputs(ReaderOptions.defaults()).readAll(List.of(warc.toString()), System.in, c);
        assertEquals("https://news.example/a/1", c.only().id());
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>World News</title><link>https://news.example/</link>
            <description>World</description>
            <item><title>Biden criticizes Putin</title><link>https://news.example/a/2</link>
              <guid>news-2</guid><pubDate>Fri, 21 Jan 2022 14:00:00 GMT</pubDate>
              <description>&lt;p&gt;Joe Biden criticized Vladimir Putin on Friday.&lt;/p&gt;&lt;p&gt;Russia denied the charges.&lt;/p&gt;</description></item>
            <item><title>NATO meets</title><link>https://news.example/a/3</link>
              <pubDate>Sat, 22 Jan 2022 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    @Test
    void anRssFeedGivesOneDocumentPerItemWithParagraphsKept() throws IOException {
        Path feed = dir.resolve("world.xml");  // .xml: recognised as a feed by its <rss> element, not as PETRARCH XML
        Files.writeString(feed, RSS);
        Collected c = new Collected();
        new Inputs(ReaderOptions.defaults()).readAll(List.of(feed.toString()), System.in, c);
        assertEquals(2, c.documents.size(), c.problems.toString());
        Document first = c.documents.get(0);
        assertEquals("news-2", first.id());
        assertEquals(LocalDate.of(2022, 1, 21), first.date());
        assertEquals("Joe Biden criticized Vladimir Putin on Friday.\n\nRussia denied the charges.", first.text());
        assertEquals("World News", first.source());
        assertEquals("NATO meets", c.documents.get(1).text(), "an item with no description is its headline");
        assertEquals("https://news.example/a/3", c.documents.get(1).id());
    }

    @Test
    void anAtomFeedReadsToo() throws IOException {
        Path feed = dir.resolve("world.atom");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom World</title><id>urn:feed</id>
                <updated>2022-02-24T06:00:00Z</updated>
                <entry><title>Invasion</title><id>urn:entry:1</id><updated>2022-02-24T05:00:00Z</updated>
                <content type="html">&lt;p&gt;Russia attacked Ukraine on Thursday.&lt;/p&gt;</content></entry>
                </feed>
                """);
        Collected c = new Collected();
        new Inputs(ReaderOptions.defaults()).readAll(List.of(feed.toString()), System.in, c);
        Document d = c.only();
        assertEquals("urn:entry:1", d.id());
        assertEquals("Russia attacked Ukraine on Thursday.", d.text());
        assertEquals(LocalDate.of(2022, 2, 24), d.date());
    }

    @Test
    void aFeedUrlThatCannotBeFetchedIsReportedAndTheNextInputIsStillRead() throws IOException {
        Path feed = dir.resolve("world.rss");
        Files.writeString(feed, RSS);
        Collected c = new Collected();
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        new Inputs(ReaderOptions.defaults()).readAll(List.of("http://127.0.0.1:1/feed.xml", feed.toString()), System.in, c);
        assertEquals(1, c.errors().size());
        assertTrue(c.errors().get(0).toString().startsWith("http://127.0.0.1:1/feed.xml: error: cannot fetch"),
                c.errors().get(0).toString());
        assertEquals(2, c.documents.size());
    }

    @Test
    void aFolderIsReadInNameOrderSkippingHiddenFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(folder.resolve("b.jsonl"), "{\"id\": \"b\", \"date\": \"2022-01-02\", \"text\": \"Russia attacked Ukraine.\"}\n");
        Files.writeString(folder.resolve("a.jsonl"), "{\"id\": \"a\", \"date\": \"2022-01-01\", \"text\": \"Ukraine appealed to NATO.\"}\n");
        Files.writeString(folder.resolve(".hidden.jsonl"), "{\"id\": \"h\", \"date\": \"2022-01-01\", \"text\": \"x\"}\n");
        Collected c = new Collected();
        new Inputs(ReaderOptions.defaults()).readAll(List.of(folder.toString()), System.in, c);
        assertEquals(List.of("a", "b"), c.documents.stream().map(Document::id).toList());
    }
}
