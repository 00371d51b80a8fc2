package org.dyad.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dyad.core.model.Document;

/**
 * PETRARCH's input records, streamed with StAX: {@code <Sentences><Sentence id=... date=YYYYMMDD><Text>} gives one
 * document per sentence, {@code <Articles><Article id=... date=...><Text>} one per article. The records may sit
 * under any root (the PETRARCH unit-test file wraps them in {@code <Validation>}); {@code <Parse>} trees,
 * {@code <EventCoding>} and comments are ignored. A record without text or date is reported and skipped; malformed
 * XML stops the file with its line and column, keeping the records read before it.
 */
public final class PetrarchXmlReader implements DocumentReader {

    private final LocalDate date;

    /** @param date the caller's date ({@code --date}) for records without one, or null to skip such records */
    public PetrarchXmlReader(LocalDate date) {
        this.date = date;
    }

    public PetrarchXmlReader() {
        this(null);
    }

    /** A record being read. */
    private static final class Record {
        final String element;
        final String id;
        final String date;
        final String source;
        final int line;
        final List<String> texts = new ArrayList<>();

        Record(String element, String id, String date, String source, int line) {
            this.element = element;
            this.id = id;
            this.date = date;
            this.source = source;
            this.line = line;
        }
    }

    @Override
    public void read(InputSpec in, DocumentSink sink) {
        XMLStreamReader xml = null;
        int records = 0;
        try (BufferedInputStream stream = new BufferedInputStream(in.open())) {
            xml = open(stream);
            Record record = null;
            int depth = 0;
            int recordDepth = -1;
            int parseDepth = 0;
            StringBuilder text = null;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        if (record == null && (name.equals("Sentence") || name.equals("Article"))) {
                            record = new Record(name, attribute(xml, "id"), attribute(xml, "date"),
                                    attribute(xml, "source"), xml.getLocation().getLineNumber());
                            recordDepth = depth;
                        } else if (record != null && name.equals("Parse")) {
                            parseDepth++;
                        } else if (record != null && parseDepth == 0 && name.equals("Text")) {
                            text = new StringBuilder();
                        }
                        depth++;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text != null) text.append(xml.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        String name = xml.getLocalName();
                        if (text != null && name.equals("Text")) {
                            record.texts.add(text.toString());
                            text = null;
                        } else if (record != null && name.equals("Parse")) {
                            parseDepth--;
                        } else if (record != null && depth == recordDepth && name.equals(record.element)) {
                            emit(record, in, sink);
                            records++;
                            record = null;
                        }
                    }
                    default -> { }
                }
            }
            if (records == 0) {
                sink.problem(InputProblem.warning(in.name(), "no <Sentence> or <Article> records found"));
            }
        } catch (XMLStreamException e) {
            Utf8.InvalidUtf8 bad = invalidUtf8(e);
            if (bad != null) {
                sink.problem(InputProblem.error(in.name() + ":" + bad.line, bad.getMessage()
                        + " (" + records + " records before it were kept)"));
                return;
            }
            sink.problem(InputProblem.error(where(in, e.getLocation()), "malformed XML" + at(e.getLocation())
                    + ": " + xmlMessage(e) + " (" + records + " records before it were kept)"));
        } catch (Utf8.InvalidUtf8 bad) {
            sink.problem(InputProblem.error(in.name() + ":" + bad.line, bad.getMessage()
                    + " (" + records + " records before it were kept)"));
        } catch (StopReading e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Location loc = xml == null ? null : safeLocation(xml);
            sink.problem(InputProblem.error(where(in, loc), "cannot read XML" + at(loc) + ": "
                    + Readers.describe(e) + " (" + records + " records before it were kept)"));
        } finally {
            if (xml != null) {
                try { xml.close(); } catch (XMLStreamException ignored) { }
            }
        }
    }

    private void emit(Record r, InputSpec in, DocumentSink sink) {
        String id = r.id;
        if (id == null || id.isBlank()) {
            id = in.id() + "-" + r.line;
            sink.problem(InputProblem.warning(in.name() + ":" + r.line,
                    "<" + r.element + "> has no id attribute: calling it " + id));
        }
        String origin = in.name() + "#" + id;
        String body = normalise(String.join("\n\n", r.texts));
        if (body.isEmpty()) {
            sink.problem(InputProblem.error(origin, "record " + id + " has no text"));
            return;
        }
        Optional<LocalDate> recordDate = DocumentDates.parse(r.date);
        LocalDate docDate;
        if (recordDate.isPresent()) {
            docDate = recordDate.get();
        } else if (date != null) {
            docDate = date;
            sink.problem(InputProblem.warning(origin, (r.date == null ? "missing" : "bad") + " attribute \"date\""
                    + (r.date == null ? "" : " \"" + r.date + "\"") + ": using --date " + date));
        } else {
            sink.problem(InputProblem.error(origin, "record " + id + ": "
                    + (r.date == null ? "missing attribute \"date\"" : "bad attribute \"date\": \"" + r.date + "\"")));
            return;
        }
        sink.document(new Document(id, docDate, body, null, null, r.source, origin));
    }

    /**
     * PETRARCH text is wrapped at arbitrary points: spaces are collapsed within a paragraph, and blank lines
     * between paragraphs (or between several {@code <Text>} parts) are kept as sentence breaks.
     */
    static String normalise(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            String collapsed = p.replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) paragraphs.add(collapsed);
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * UTF-8 (declared or not) is checked by us as it streams, so a bad byte is an error with its line and byte,
     * raised only after the parser has had every good byte before it (the records before it are kept), and not the
     * JDK parser's "[Fatal Error]" line on stderr. Other declared encodings are left to the parser.
     */
    private static XMLStreamReader open(BufferedInputStream stream) throws IOException, XMLStreamException {
        stream.mark(256);
        byte[] head = stream.readNBytes(200);
        stream.reset();
        String prolog = new String(head, StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(prolog);
        if (m.find() && !m.group(1).equalsIgnoreCase("UTF-8") && !m.group(1).equalsIgnoreCase("UTF8")) {
            return factory().createXMLStreamReader(stream);
        }
        return factory().createXMLStreamReader(new Utf8.CheckedStream(stream));
    }

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)");

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // No DTDs or external entities: an input file must not make us fetch or read other files.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Errors reach the sink through the exception; without a reporter the JDK parser also prints to stderr.
        f.setXMLReporter((message, type, info, location) -> { });
        return f;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? null : v.strip();
    }

    private static Utf8.InvalidUtf8 invalidUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Utf8.InvalidUtf8 bad) return bad;
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof Utf8.InvalidUtf8 bad) return bad;
        }
        return null;
    }

    private static Location safeLocation(XMLStreamReader xml) {
        try {
            return xml.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String where(InputSpec in, Location loc) {
        return loc != null && loc.getLineNumber() > 0 ? in.name() + ":" + loc.getLineNumber() : in.name();
    }

    private static String at(Location loc) {
        if (loc == null || loc.getLineNumber() <= 0) return "";
        return " at line " + loc.getLineNumber() + (loc.getColumnNumber() > 0 ? ", column " + loc.getColumnNumber() : "");
    }

    /** The JDK parser prefixes "ParseError at [row,col]:[3,5]\nMessage: "; the location is reported already. */
    private static String xmlMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int i = m.indexOf("Message: ");
        if (i >= 0) m = m.substring(i + "Message: ".length());
        if (m.contains("UTF-8 sequence")) return "invalid UTF-8";
        return m.strip().replaceAll("\\s+", " ");
    }
}
