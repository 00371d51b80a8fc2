package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    @TempDir Path dir;

    private Path fixture() throws Exception {
        Path file = dir.resolve("us-russia-geneva-talks.html");
        try (InputStream in = getClass().getResourceAsStream("news-page.html")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aNewsPageKeepsItsStoryAndLosesItsFurniture() throws Exception {
        Collected c = Collected.read(fixture());
        Document d = c.only();
        String text = d.text();

        // the story
        assertTrue(text.startsWith("U.S. and Russian officials will hold talks on Jan. 10 in Geneva"), text);
        assertTrue(text.contains("The United States has threatened to impose economic sanctions on Russia"));
        assertTrue(text.contains("Russia has denied plans for an assault on Ukraine."));
        assertTrue(text.contains("$300 million for Ukraine's armed forces"));
        assertTrue(text.endsWith("Russia seized Crimea from Ukraine in 2014."), text);

        // not the story
        for (String furniture : List.of("World", "Markets", "Share on Facebook", "Email this story",
                "lakeside in Geneva", "Photo: troops", "Advertisement", "Gas prices soar", "Read more",
                "Check Also", "Bosnia", "withdraw from the national army", "You may also like", "China warns Taiwan",
                "North Korea", "All rights reserved", "cookies", "dataLayer", "Staff Reporter")) {
            assertFalse(text.contains(furniture), () -> "\"" + furniture + "\" left in:\n" + text);
        }
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() throws Exception {
        String text = Collected.read(fixture()).only().text();
        assertEquals(5, text.split("\n\n").length, text);
        assertFalse(text.contains("\n\n\n"));
        assertTrue(text.contains("military build-up near Ukraine, a White House official said on Tuesday.\n\n"
                + "Russia and NATO will meet on Jan. 12"), "line breaks inside a <p> are spaces: " + text);
    }

    @Test
    void titleDateUrlAndSiteComeFromThePage() throws Exception {
        Collected c = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2000, 1, 1)), fixture());
        Document d = c.only();
        assertEquals("us-russia-geneva-talks", d.id());
        assertEquals("U.S. and Russia set Geneva talks for Jan. 10", d.title());
        assertEquals(LocalDate.of(2021, 12, 28), d.date(), "the page's article:published_time comes first");
        assertEquals("https://dispatch.example/world/us-russia-geneva-talks", d.url());
        assertEquals("The Daily Dispatch", d.source());
        assertTrue(c.problems.isEmpty(), c.problems.toString());
    }

    /** No {@code <article>}: the div with the most paragraph text wins; a "Related" heading ends the story. */
    private static final String PLAIN_PAGE = """
            <html><head><title>Talks in Geneva</title></head><body>
            <div id="top"><a href="/">Home</a> <a href="/world">World</a></div>
            <div class="col-left"><p>Short promo text for our newsletter.</p></div>
            <div class="col-main">
              <h1>Talks in Geneva</h1>
              <p>NATO and Russia will meet on Jan. 12 in Brussels, the alliance said on Tuesday.</p>
              <p>The meeting follows U.S.-Russian talks in Geneva on Jan. 10, officials said.</p>
              <h4>Related</h4>
              <p>Serbia and Kosovo trade accusations over border crossing</p>
              <p>Turkey's lira slides again after central bank cut</p>
            </div>
            </body></html>
            """;

    @Test
    void withoutAnArticleElementTheDensestBlockIsTheStory() throws Exception {
        Path file = Collected.write(dir, "plain.htm", PLAIN_PAGE);
        Collected c = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)), file);
        Document d = c.only();
        assertEquals("NATO and Russia will meet on Jan. 12 in Brussels, the alliance said on Tuesday.\n\n"
                + "The meeting follows U.S.-Russian talks in Geneva on Jan. 10, officials said.", d.text());
        assertEquals("Talks in Geneva", d.title());
        assertEquals(LocalDate.of(2021, 12, 28), d.date(), "no date in the page: the caller's --date");
        assertTrue(c.problems.isEmpty(), c.problems.toString());
    }

    @Test
    void aPageWithoutAnyDateWarns() throws Exception {
        Path file = Collected.write(dir, "plain.html", PLAIN_PAGE);
        Collected c = Collected.read(file);
        assertEquals(1, c.documents.size());
        assertEquals(1, c.warnings().size());
        assertTrue(c.warnings().get(0).message().contains("modification date"));
    }

    @Test
    void aTimeElementDatesThePage() throws Exception {
        Path file = Collected.write(dir, "timed.html", "<html><body><article><time datetime=\"2022-01-10T09:00:00+01:00\">"
                + "10 January</time><p>Russian and U.S. delegations met in Geneva for more than seven hours.</p>"
                + "</article></body></html>");
        Collected c = Collected.read(file);
        assertEquals(LocalDate.of(2022, 1, 10), c.only().date());
        assertTrue(c.problems.isEmpty(), c.problems.toString());
    }

    @Test
    void aPageWithNoStoryTextIsAProblem() throws Exception {
        Path file = Collected.write(dir, "menu.html",
                "<html><body><nav><a href=\"/\">Home</a></nav><footer>Contact</footer></body></html>");
        Collected c = Collected.read(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)), file);
        assertTrue(c.documents.isEmpty());
        assertEquals("no article text found in the page", c.errors().get(0).message());
    }

    @Test
    void stdinHtmlIsSniffedFromItsContent() {
        Collected c = Collected.readStdin(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)),
                "<!DOCTYPE html><html><body><article><p>Kyiv welcomed the aid.</p></article></body></html>");
        Document d = c.only();
        assertEquals("stdin", d.id());
        assertEquals("Kyiv welcomed the aid.", d.text());
    }
}
