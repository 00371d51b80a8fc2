package org.dyad.io;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.dyad.core.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An RSS or Atom feed, from a file or a URL: each entry is one document. The text is the entry's content, else its
 * description, cleaned of HTML (paragraphs kept as blank-line breaks); an entry with neither is its headline. The
 * id is the entry's guid or link, the date its publication (else update) date, the source the feed's title.
 * Linked articles are not fetched: a feed is coded as the feed says it.
 *
 * <p>A URL that cannot be fetched is a problem reported for that input, never the end of the run.
 */
public final class FeedReader implements DocumentReader {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final LocalDate date;

    /** @param date the caller's {@code --date} for entries without a date of their own; or null */
    public FeedReader(LocalDate date) {
        this.date = date;
    }

    /** Whether a file is a feed: by extension (.rss, .atom) or by its first element (rss, feed, rdf:RDF). */
    public static boolean looksLikeFeed(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rss") || lower.endsWith(".atom")) return true;
        String start = new String(head, StandardCharsets.UTF_8);
        start = start.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<!--.*?-->", "").stripLeading();
        return start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<rdf:RDF");
    }

    public static boolean isUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Fetches and reads a feed URL; a failed fetch is reported to the sink. */
    public void fetch(String url, DocumentSink sink) {
        HttpResponse<InputStream> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("User-Agent", "dyad/0.1 (political event data)").GET().build();
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException | IllegalArgumentException e) {
            sink.problem(InputProblem.error(url, "cannot fetch: " + Readers.describe(e)));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.problem(InputProblem.error(url, "cannot fetch: interrupted"));
            return;
        }
        if (response.statusCode() != 200) {
            sink.problem(InputProblem.error(url, "cannot fetch: HTTP status " + response.statusCode()));
            return;
        }
        read(InputSpec.stream(url, url, response.body()), sink);
    }

    @Override
    public void read(InputSpec in, DocumentSink sink) {
        SyndFeed feed;
        try (InputStream stream = in.open()) {
            feed = new SyndFeedInput().build(new XmlReader(stream));
        } catch (Exception e) {
            // ROME throws FeedException, IllegalArgumentException and XML parser errors for a bad feed.
            sink.problem(InputProblem.error(in.name(), "cannot read feed: " + Readers.describe(e)));
            return;
        }
        String source = blankToNull(feed.getTitle());
        LocalDate feedDate = day(feed.getPublishedDate());
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String origin = in.name() + "#" + index;
            String id = firstNonBlank(entry.getUri(), entry.getLink(), in.id() + "-" + index);
            String title = blankToNull(entry.getTitle());
            String text = text(entry);
            if (text == null) text = title;
            if (text == null) {
                sink.problem(InputProblem.error(origin, "entry has no text and no title"));
                continue;
            }
            LocalDate d = day(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            if (d == null) d = date != null ? date : feedDate;
            if (d == null) {
                sink.problem(InputProblem.error(origin, "entry has no date (give --date)"));
                continue;
            }
            sink.document(new Document(id, d, text, title, blankToNull(entry.getLink()), source, origin));
        }
    }

    /** The entry's content or description as plain text, paragraphs separated by blank lines; null when empty. */
    static String text(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent c : entry.getContents()) if (c.getValue() != null) parts.add(c.getValue());
        if (parts.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            parts.add(entry.getDescription().getValue());
        }
        StringBuilder text = new StringBuilder();
        for (String html : parts) {
            org.jsoup.nodes.Document page = Jsoup.parseBodyFragment(html);
            List<String> paragraphs = new ArrayList<>();
            for (Element p : page.select("p, li, h1, h2, h3, blockquote")) {
                if (p.parents().stream().anyMatch(e -> e.is("p, li, blockquote"))) continue;
                String t = p.text().strip();
                if (!t.isEmpty()) paragraphs.add(t);
            }
            String body = paragraphs.isEmpty() ? page.text().strip() : String.join("\n\n", paragraphs);
            if (!body.isEmpty()) text.append(text.length() == 0 ? "" : "\n\n").append(body);
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static LocalDate day(Date d) {
        return d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
