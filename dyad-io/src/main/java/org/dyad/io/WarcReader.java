package org.dyad.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC, plain or gzipped): every captured HTML page with status 200 is one document, read like a
 * saved page by {@link HtmlReader} (article body only). The document id is the page's URL, so the same page in two
 * crawls is the same document; the capture date is the date when the page gives none. Requests, metadata, images,
 * redirects and errors are skipped without a word: they are most of a crawl and none of them is news.
 */
public final class WarcReader implements DocumentReader {
    private final LocalDate date;

    /** @param date the caller's {@code --date}, used before the capture date for pages that carry none; or null */
    public WarcReader(LocalDate date) {
        this.date = date;
    }

    /** Whether the input is a WARC file: by name (.warc, .warc.gz) or by its first bytes ("WARC/"). */
    public static boolean looksLikeWarc(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) return true;
        return head.length >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
    }

    @Override
    public void read(InputSpec in, DocumentSink sink) {
        int pages = 0;
        try (InputStream stream = in.open(); org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(stream)) {
            for (Optional<WarcRecord> next = warc.next(); next.isPresent(); next = warc.next()) {
                WarcRecord record = next.get();
                try {
                    if (readRecord(in, record, sink)) pages++;
                } catch (StopReading e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    sink.problem(InputProblem.error(in.name() + "#" + record.id(), "cannot read record: " + Readers.describe(e)));
                }
            }
        } catch (StopReading e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.problem(InputProblem.error(in.name(), "cannot read WARC: " + Readers.describe(e)));
            return;
        }
        if (pages == 0) sink.problem(InputProblem.warning(in.name(), "no HTML pages in the archive"));
    }

    /** One record; true when it was an HTML page handed to the HTML reader. */
    private boolean readRecord(InputSpec in, WarcRecord record, DocumentSink sink) throws IOException {
        byte[] body;
        String url;
        if (record instanceof WarcResponse response) {
            url = response.target();
            HttpResponse http = response.http();
            if (http.status() != 200 || !isHtml(http.contentType())) return false;
            body = http.bodyDecoded().stream().readAllBytes();
        } else if (record instanceof WarcResource resource) {
            url = resource.target();
            if (!isHtml(resource.contentType())) return false;
            body = resource.body().stream().readAllBytes();
        } else {
            return false;
        }
        LocalDate captured = LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        InputSpec page = new InputSpec(in.name() + "#" + url, url, null, captured, () -> new ByteArrayInputStream(body));
        new HtmlReader(date != null ? date : captured).read(page, new DocumentSink() {
            @Override
            public void document(org.dyad.core.model.Document d) {
                // The URL is the page's identity; the HTML's canonical URL, when it names one, is kept as its url.
                sink.document(new org.dyad.core.model.Document(url, d.date(), d.text(), d.title(),
                        d.url() != null ? d.url() : url, d.source(), d.origin()));
            }

            @Override
            public void problem(InputProblem problem) {
                sink.problem(problem);
            }
        });
        return true;
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) return false;
        String t = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }
}
