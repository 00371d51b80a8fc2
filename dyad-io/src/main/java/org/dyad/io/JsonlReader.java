package org.dyad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.core.model.Document;

/**
 * One document per line: {@code {"id": ..., "date": ..., "text": ...}} with optional {@code title}, {@code url}
 * and {@code source}. {@code published} is accepted for {@code date} (scraped corpora such as our VOA benchmark use
 * it); dates may be ISO dates or timestamps. Read line by line: a corpus of millions of lines is never held
 * whole, and a bad line is reported with its number and the field, and skipped.
 */
public final class JsonlReader implements DocumentReader {

    /** One JSON line larger than this is not a news story. */
    static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public void read(InputSpec in, DocumentSink sink) {
        try (InputStream stream = in.open()) {
            Utf8.LineReader lines = new Utf8.LineReader(stream, MAX_LINE_BYTES);
            for (Utf8.LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String origin = in.name() + ":" + line.number();
                if (line.error() != null) {
                    sink.problem(InputProblem.error(origin, line.error()));
                } else if (!line.text().isBlank()) {
                    readLine(line.text(), origin, sink);
                }
            }
        } catch (IOException e) {
            sink.problem(InputProblem.error(in.name(), "cannot read: " + Readers.describe(e)));
        }
    }

    private static void readLine(String line, String origin, DocumentSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.problem(InputProblem.error(origin, "bad JSON: " + describe(e)));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(InputProblem.error(origin, "not a JSON object"));
            return;
        }
        try {
            String id = required(node, "id");
            String text = required(node, "text");
            String dateField = node.hasNonNull("date") || !node.hasNonNull("published") ? "date" : "published";
            String dateValue = required(node, dateField);
            Optional<LocalDate> date = DocumentDates.parse(dateValue);
            if (date.isEmpty()) {
                throw new BadField("field \"" + dateField + "\": not a date: \"" + dateValue + "\"");
            }
            sink.document(new Document(id, date.get(), text, optional(node, "title"), optional(node, "url"),
                    optional(node, "source"), origin));
        } catch (BadField e) {
            sink.problem(InputProblem.error(origin, e.getMessage()));
        }
    }

    /** A required field as text; ids may be numbers. */
    private static String required(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw new BadField("missing field \"" + field + "\"");
        if (!value.isValueNode()) throw new BadField("field \"" + field + "\" is not a string");
        String text = value.asText();
        if (text.isBlank()) throw new BadField("empty field \"" + field + "\"");
        return text;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) return null;
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Jackson appends where the object started, in its own words; the file and line are already named.
        int where = line.indexOf(" (start marker");
        line = where < 0 ? line : line.substring(0, where);
        return e.getLocation() == null ? line : line + " (column " + e.getLocation().getColumnNr() + ")";
    }

    /** A required field missing, empty or malformed: one line's problem, not the corpus's. */
    private static final class BadField extends Exception {
        BadField(String message) { super(message, null, false, false); }
    }
}
