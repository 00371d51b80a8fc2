package org.dyad.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The input formats {@code dyad code} reads, and how to tell them apart. */
public enum InputFormat {
    /** Plain text: the whole file is one document. */
    TEXT,
    /** A web page: cleaned to the article body. */
    HTML,
    /** One JSON document per line: {@code id}, {@code date} (or {@code published}), {@code text}. */
    JSONL,
    /** PETRARCH's {@code <Sentences><Sentence>} or {@code <Articles><Article>} records. */
    PETRARCH_XML;

    /** The reader for this format. {@code date} is the caller's {@code --date}, or null. */
    public DocumentReader reader(LocalDate date) {
        return switch (this) {
            case TEXT -> new TextReader(date);
            case HTML -> new HtmlReader(date);
            case JSONL -> new JsonlReader();
            case PETRARCH_XML -> new PetrarchXmlReader(date);
        };
    }

    /**
     * The format named on the command line ({@code --input}): text, html, jsonl (or ndjson), xml (or petrarch,
     * petrarch_xml); case does not matter.
     */
    public static Optional<InputFormat> fromName(String name) {
        if (name == null) return Optional.empty();
        return switch (name.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "text", "txt" -> Optional.of(TEXT);
            case "html", "htm" -> Optional.of(HTML);
            case "jsonl", "ndjson" -> Optional.of(JSONL);
            case "xml", "petrarch", "petrarch_xml" -> Optional.of(PETRARCH_XML);
            default -> Optional.empty();
        };
    }

    /**
     * By the file's extension first, then by its first bytes. {@code file} may be null (stdin): then only the
     * content decides. Anything unrecognised is read as plain text.
     */
    public static InputFormat detect(Path file, byte[] head) {
        if (file != null && file.getFileName() != null) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            switch (ext) {
                case "txt", "text" -> { return TEXT; }
                case "html", "htm", "xhtml" -> { return HTML; }
                case "jsonl", "ndjson" -> { return JSONL; }
                case "xml" -> { return PETRARCH_XML; }
                default -> { }
            }
        }
        return sniff(head);
    }

    /** By content alone: PETRARCH record tags, an HTML tag, a line starting with '{', else text. */
    public static InputFormat sniff(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8);
        if (start.startsWith("\uFEFF")) start = start.substring(1);
        String trimmed = start.stripLeading();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("<")) {
            if (trimmed.contains("<Sentences") || trimmed.contains("<Articles")
                    || trimmed.contains("<Sentence ") || trimmed.contains("<Article ")) return PETRARCH_XML;
            if (lower.contains("<html") || lower.startsWith("<!doctype html") || lower.contains("<body")
                    || lower.contains("<p>") || lower.contains("<div")) return HTML;
            if (lower.startsWith("<?xml")) return PETRARCH_XML;
            return HTML;
        }
        if (trimmed.startsWith("{")) return JSONL;
        return TEXT;
    }
}
