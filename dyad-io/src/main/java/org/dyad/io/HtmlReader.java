package org.dyad.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.Document;
import org.jsoup.Jsoup;

/**
 * A saved news page: one document holding the article body only (see {@link HtmlArticle} for what is kept).
 * Title from og:title, {@code <title>} or the first h1. Date from the page (article:published_time and similar
 * meta, or a {@code <time datetime>}), else the caller's {@code --date}, else the file's date with a warning.
 */
public final class HtmlReader implements DocumentReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final LocalDate date;

    /** @param date the caller's date ({@code --date}) for pages that carry none, or null */
    public HtmlReader(LocalDate date) {
        this.date = date;
    }

    @Override
    public void read(InputSpec in, DocumentSink sink) {
        byte[] bytes;
        try (InputStream stream = in.open()) {
            bytes = stream.readNBytes(TextReader.MAX_BYTES + 1);
        } catch (IOException e) {
            sink.problem(InputProblem.error(in.name(), "cannot read: " + Readers.describe(e)));
            return;
        }
        if (bytes.length > TextReader.MAX_BYTES) {
            sink.problem(InputProblem.error(in.name(), "page larger than "
                    + TextReader.MAX_BYTES / (1024 * 1024) + " MB: not read"));
            return;
        }
        String html;
        Optional<Charset> declared = declaredCharset(bytes);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            // An old page saying windows-1252 means it; every byte decodes in such charsets.
            html = new String(bytes, declared.get());
        } else {
            Utf8.Decoded decoded = Utf8.decode(bytes);
            if (!decoded.ok()) {
                sink.problem(InputProblem.error(in.name(), decoded.error()));
                return;
            }
            html = decoded.text();
        }
        HtmlArticle article;
        try {
            article = HtmlArticle.extract(Jsoup.parse(html));
        } catch (RuntimeException e) {
            sink.problem(InputProblem.error(in.name(), "cannot read HTML: " + Readers.describe(e)));
            return;
        }
        if (article.text().isEmpty()) {
            sink.problem(InputProblem.error(in.name(), "no article text found in the page"));
            return;
        }
        LocalDate docDate = DocumentDates.parse(article.date()).orElse(null);
        if (docDate == null) {
            if (article.date() != null && date == null) {
                sink.problem(InputProblem.warning(in.name(), "cannot read the page's date \"" + article.date() + "\""));
            }
            docDate = DocumentDates.fallback(date, in, in.name(), sink);
        }
        sink.document(new Document(in.id(), docDate, article.text(), article.title(), article.url(), article.site(),
                in.name()));
    }

    /** The charset a page declares in its first 4 KB, if any and if Java knows it. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
