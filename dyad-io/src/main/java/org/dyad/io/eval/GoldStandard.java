package org.dyad.io.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dyad.core.model.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A gold standard file, its format told from its content:
 * <ul>
 *   <li>{@link Format#COMMON}: the format of Dyad's development sets (shared/eval/README.md), a JSON list of
 *       {@code {"id", "events": [{"source", "target", "cameo", "plover", "pentaclass"}]}};</li>
 *   <li>{@link Format#PLOVER}: PLOVER gold-standard records, a JSON list (or one object a line) of
 *       {@code {"id", "text", "event", "source", "target", "date", ...}}, one event each; records that share an id
 *       are one sentence with several events, and a record without {@code event} holds none;</li>
 *   <li>{@link Format#PETRARCH_XML}: PETRARCH validation XML, {@code <Sentence id date>} with {@code <Text>} and
 *       {@code <EventCoding sourcecode targetcode eventcode>}. Actors are codes, compared by their first three
 *       characters; PETRARCH's "---" (no actor) is read as not labelled. A record with {@code noevents} or an
 *       {@code error} coding holds no event.</li>
 * </ul>
 */
public record GoldStandard(Path file, Format format, List<GoldRecord> records) {

    public enum Format {
        COMMON("the common gold format of shared/eval"),
        PLOVER("PLOVER gold-standard records"),
        PETRARCH_XML("PETRARCH validation XML");

        private final String description;

        Format(String description) {
            this.description = description;
        }

        public String description() { return description; }
    }

    public GoldStandard {
        records = List.copyOf(records);
    }

    /** Reads and checks a gold file; every problem is one line naming the file and, where known, line and record. */
    public static GoldStandard read(Path file) throws GoldFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GoldFormatException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new GoldFormatException(file + ": permission denied");
        } catch (IOException e) {
            throw new GoldFormatException(file + ": cannot read: " + e.getMessage());
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int first = start;
        while (first < bytes.length && Character.isWhitespace(bytes[first])) first++;
        if (first == bytes.length) throw new GoldFormatException(file + ": empty file");
        return switch (bytes[first]) {
            case '<' -> new GoldStandard(file, Format.PETRARCH_XML, readXml(file, bytes));
            case '[', '{' -> readJson(file, new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
            default -> throw new GoldFormatException(file + ": not a gold file: expected a JSON list of records ("
                    + Format.COMMON.description + " or " + Format.PLOVER.description + ") or "
                    + Format.PETRARCH_XML.description);
        };
    }

    /** Whether every record carries its sentence, so that the gold can be coded without a separate input. */
    public boolean hasSentences() {
        return !records.isEmpty() && records.stream().allMatch(r -> r.text() != null && !r.text().isBlank());
    }

    /**
     * The records' sentences as documents to code, dated by the record or else by {@code date}.
     *
     * @throws GoldFormatException naming the first record without a sentence, or without a date when {@code date}
     *                             is null
     */
    public List<Document> documents(LocalDate date) throws GoldFormatException {
        List<Document> docs = new ArrayList<>();
        for (GoldRecord r : records) {
            if (r.text() == null || r.text().isBlank()) {
                throw new GoldFormatException(file + ": record " + r.id() + " has no \"text\" to code");
            }
            LocalDate d = r.date() != null ? r.date() : date;
            if (d == null) {
                throw new GoldFormatException(file + ": record " + r.id() + " has no \"date\": give --date");
            }
            docs.add(new Document(r.id(), d, r.text(), null, null, null, file + "#" + r.id()));
        }
        return docs;
    }

    // ---- JSON: the common format and PLOVER records ----

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Located(JsonNode node, int line, int index) {}

    private static GoldStandard readJson(Path file, String content) throws GoldFormatException {
        List<Located> nodes = new ArrayList<>();
        try (JsonParser p = JSON.createParser(content)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) throw new GoldFormatException(file + ": the JSON list is not closed");
                    nodes.add(new Located(p.readValueAsTree(), p.currentTokenLocation().getLineNr(), nodes.size() + 1));
                }
                if (p.nextToken() != null) {
                    throw new GoldFormatException(at(file, p.currentTokenLocation()) + "more data after the JSON list");
                }
            } else {
                // One record a line (JSONL), as PLOVER records are often kept.
                for (; t != null; t = p.nextToken()) {
                    int line = p.currentTokenLocation().getLineNr();
                    nodes.add(new Located(p.readValueAsTree(), line, nodes.size() + 1));
                }
            }
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            throw new GoldFormatException(file + ": the JSON ends before its list or record is closed");
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(at(file, e.getLocation()) + "bad JSON: " + jsonMessage(e));
        } catch (IOException e) {
            throw new GoldFormatException(file + ": cannot read: " + e.getMessage());
        }
        if (nodes.isEmpty()) return new GoldStandard(file, Format.COMMON, List.of());
        Located head = nodes.get(0);
        if (!head.node().isObject()) throw bad(file, head, "not a JSON object");
        Format format;
        if (head.node().has("events")) format = Format.COMMON;
        else if (head.node().has("event")) format = Format.PLOVER;
        else throw bad(file, head, "neither \"events\" (" + Format.COMMON.description + ") nor \"event\" ("
                    + Format.PLOVER.description + ")");
        List<GoldRecord> records = format == Format.COMMON ? commonRecords(file, nodes) : ploverRecords(file, nodes);
        return new GoldStandard(file, format, records);
    }

    private static List<GoldRecord> commonRecords(Path file, List<Located> nodes) throws GoldFormatException {
        List<GoldRecord> records = new ArrayList<>();
        for (Located r : nodes) {
            JsonNode n = r.node();
            String id = id(file, r);
            JsonNode events = n.get("events");
            if (events == null) throw bad(file, r, id, "no \"events\" list");
            List<GoldEvent> list = new ArrayList<>();
            if (!events.isNull()) {
                if (!events.isArray()) throw bad(file, r, id, "\"events\" is not a list");
                for (JsonNode e : events) {
                    if (!e.isObject()) throw bad(file, r, id, "an event is not a JSON object");
                    list.add(new GoldEvent(actor(file, r, id, e, "source"), actor(file, r, id, e, "target"),
                            CodedEvent.truthyText(e.get("cameo")), CodedEvent.truthyText(e.get("plover")),
                            e.hasNonNull("pentaclass") ? CodedEvent.pythonStr(e.get("pentaclass")) : null));
                }
            }
            records.add(new GoldRecord(id, list, text(n), date(file, r, id)));
        }
        return records;
    }

    private static List<GoldRecord> ploverRecords(Path file, List<Located> nodes) throws GoldFormatException {
        // Records sharing an id are one sentence's events, in the order they come.
        Map<String, List<GoldEvent>> events = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (Located r : nodes) {
            JsonNode n = r.node();
            String id = id(file, r);
            List<GoldEvent> list = events.computeIfAbsent(id, k -> new ArrayList<>());
            String type = CodedEvent.truthyText(n.get("event"));
            if (type != null) list.add(GoldEvent.plover(actor(file, r, id, n, "source"), type, actor(file, r, id, n, "target")));
            String text = text(n);
            if (text != null) texts.putIfAbsent(id, text);
            LocalDate date = date(file, r, id);
            if (date != null) dates.putIfAbsent(id, date);
        }
        List<GoldRecord> records = new ArrayList<>();
        events.forEach((id, list) -> records.add(new GoldRecord(id, list, texts.get(id), dates.get(id))));
        return records;
    }

    private static String id(Path file, Located r) throws GoldFormatException {
        if (!r.node().isObject()) throw bad(file, r, "not a JSON object");
        JsonNode id = r.node().get("id");
        if (id == null || id.isNull()) throw bad(file, r, "no \"id\"");
        if (!id.isValueNode()) throw bad(file, r, "\"id\" is not a string or number");
        return CodedEvent.pythonStr(id);
    }

    /** An actor's words: text, or null when not labelled; an object is read for its "text" (else "code"). */
    private static String actor(Path file, Located r, String id, JsonNode event, String field) throws GoldFormatException {
        JsonNode a = event.get(field);
        if (a == null || a.isNull()) return null;
        if (a.isObject()) {
            String t = CodedEvent.truthyText(a.get("text"));
            return t != null ? t : a.hasNonNull("code") ? CodedEvent.pythonStr(a.get("code")) : null;
        }
        if (!a.isValueNode()) throw bad(file, r, id, "\"" + field + "\" is not text");
        return CodedEvent.pythonStr(a);
    }

    private static String text(JsonNode n) {
        JsonNode t = n.get("text");
        return t != null && t.isTextual() ? t.textValue() : null;
    }

    private static LocalDate date(Path file, Located r, String id) throws GoldFormatException {
        JsonNode d = r.node().get("date");
        if (d == null || d.isNull()) return null;
        LocalDate date = parseDate(d.asText());
        if (date == null) throw bad(file, r, id, "\"date\" is not a date: \"" + d.asText() + "\"");
        return date;
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})([T ].*)?");

    /** "2018-07-01", "20180701", or a timestamp starting with a date; null otherwise. */
    static LocalDate parseDate(String value) {
        Matcher m = ISO_DATE.matcher(value.strip());
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Jackson's message in one line, without its "(for Array starting at [Source: ...])" tail. */
    private static String jsonMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage().replaceAll("(?s)\\s*\\((for |start marker).*$", "");
        return m.lines().findFirst().orElse("").strip();
    }

    private static String at(Path file, JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? file + ": " : file + ":" + loc.getLineNr() + ": ";
    }

    private static GoldFormatException bad(Path file, Located r, String message) {
        return new GoldFormatException(file + ":" + r.line() + ": record " + r.index() + ": " + message);
    }

    private static GoldFormatException bad(Path file, Located r, String id, String message) {
        return new GoldFormatException(file + ":" + r.line() + ": record " + r.index() + " (id " + id + "): " + message);
    }

    // ---- PETRARCH validation XML ----

    private static List<GoldRecord> readXml(Path file, byte[] bytes) throws GoldFormatException {
        org.w3c.dom.Document xml;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // No DTDs or external entities: a gold file must not make us fetch or read other files.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            // Errors reach us as the exception; the JDK's default handler would also print them on stderr.
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            xml = builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new GoldFormatException(file + ":" + e.getLineNumber() + ": malformed XML: " + e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new GoldFormatException(file + ": malformed XML: " + e.getMessage());
        }
        NodeList sentences = xml.getElementsByTagName("Sentence");
        if (sentences.getLength() == 0) {
            throw new GoldFormatException(file + ": no <Sentence> records (" + Format.PETRARCH_XML.description + ")");
        }
        List<GoldRecord> records = new ArrayList<>();
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id").strip();
            if (id.isEmpty()) throw new GoldFormatException(file + ": <Sentence> number " + (i + 1) + " has no id");
            LocalDate date = null;
            if (!s.getAttribute("date").isBlank()) {
                date = parseDate(s.getAttribute("date"));
                if (date == null) {
                    throw new GoldFormatException(file + ": <Sentence id=\"" + id + "\">: bad date \"" + s.getAttribute("date") + "\"");
                }
            }
            NodeList texts = s.getElementsByTagName("Text");
            String text = texts.getLength() == 0 ? null : texts.item(0).getTextContent().replaceAll("\\s+", " ").strip();
            // PETRARCH compares the set of codings: a coding written twice is one event.
            Set<GoldEvent> events = new LinkedHashSet<>();
            NodeList codings = s.getElementsByTagName("EventCoding");
            for (int j = 0; j < codings.getLength(); j++) {
                Element c = (Element) codings.item(j);
                if (!c.hasAttribute("eventcode") || c.getAttribute("eventcode").isBlank()) continue;
                events.add(GoldEvent.cameo(code(c.getAttribute("sourcecode")), c.getAttribute("eventcode").strip(),
                        code(c.getAttribute("targetcode"))));
            }
            records.add(new GoldRecord(id, new ArrayList<>(events), text, date));
        }
        return records;
    }

    /** A PETRARCH actor code; "---" (no actor) and "" are not labelled. */
    private static String code(String value) {
        String v = value.strip();
        return v.isEmpty() || v.equals("---") ? null : v;
    }
}
