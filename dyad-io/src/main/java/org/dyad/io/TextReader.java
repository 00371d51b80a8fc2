package org.dyad.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.dyad.core.model.Document;

/**
 * Plain text: the whole input is one document, id = the file name without extension. Page furniture that a
 * scraper left at the end ("Check Also" and a teaser headline) is cut with {@link PageFurniture}.
 */
public final class TextReader implements DocumentReader {

    /** A larger file cannot be one news story; refusing it early saves reading gigabytes into memory. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final LocalDate date;

    /** @param date the caller's publication date ({@code --date}), or null to fall back to the file's date */
    public TextReader(LocalDate date) {
        this.date = date;
    }

    @Override
    public void read(InputSpec in, DocumentSink sink) {
        byte[] bytes;
        try (InputStream stream = in.open()) {
            bytes = stream.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            sink.problem(InputProblem.error(in.name(), "cannot read: " + Readers.describe(e)));
            return;
        }
        if (bytes.length > MAX_BYTES) {
            sink.problem(InputProblem.error(in.name(), "file larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB cannot be one document; split it or use JSONL"));
            return;
        }
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (!decoded.ok()) {
            sink.problem(InputProblem.error(in.name(), decoded.error()));
            return;
        }
        String text = PageFurniture.clean(decoded.text().replace("\r\n", "\n").replace('\r', '\n')).strip();
        if (text.isEmpty()) {
            sink.problem(InputProblem.error(in.name(), "no text"));
            return;
        }
        LocalDate docDate = DocumentDates.fallback(date, in, in.name(), sink);
        sink.document(new Document(in.id(), docDate, text, headline(text), null, null, in.name()));
    }

    /**
     * A first line standing alone, short and without a closing full stop, reads as a headline. It stays in the
     * text (the annotator sees the blank line after it as a sentence break).
     */
    static String headline(String text) {
        int end = text.indexOf("\n\n");
        if (end < 0) return null;
        String first = text.substring(0, end).strip();
        if (first.contains("\n") || first.length() > 150 || first.endsWith(".")) return null;
        return first;
    }
}
