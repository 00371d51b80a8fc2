package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A PETRARCH validation file ({@code PETR.UnitTest.records.xml}): the dictionaries its {@code <Environment>} names,
 * and its {@code <Sentence>} records in order, each with the {@code <Config>} settings in force where it stands.
 */
record ValidationFile(Path file, Map<String, List<String>> environment, List<Record> records) {

    /** One expected event: source, target ("---" for none) and CAMEO code, as PETRARCH writes them. */
    record Coding(String source, String target, String code) {
        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }

    /**
     * One record. {@code expected} is empty when the record expects no event ({@code noevents="True"}) or an error
     * PETRARCH reports instead of coding ({@code error="storydiscard"}: in Dyad's terms, also no event).
     */
    record Record(String id, String category, LocalDate date, String text, String parse, Set<Coding> expected,
                  String expectedError, Map<String, String> config) {
        boolean requireDyad() {
            return !"false".equalsIgnoreCase(config.getOrDefault("require_dyad", "true"));
        }
    }

    static ValidationFile read(Path file) throws IOException {
        org.w3c.dom.Document xml;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml = f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not a PETRARCH validation file: " + e.getMessage(), e);
        }
        Map<String, List<String>> env = new LinkedHashMap<>();
        Map<String, String> config = new LinkedHashMap<>();
        NodeList envs = xml.getElementsByTagName("Environment");
        for (int i = 0; i < envs.getLength(); i++) {
            for (Node n = envs.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                if (e.getTagName().equals("Config")) {
                    config.put(e.getAttribute("option").toLowerCase(Locale.ROOT), e.getAttribute("value").trim());
                } else {
                    env.computeIfAbsent(e.getTagName(), k -> new ArrayList<>()).add(e.getTextContent().trim());
                }
            }
        }
        List<Record> records = new ArrayList<>();
        // Config records between sentences change the settings for the sentences after them.
        NodeList all = xml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getTagName().equals("Config") && !(e.getParentNode() instanceof Element p
                    && p.getTagName().equals("Environment"))) {
                config.put(e.getAttribute("option").toLowerCase(Locale.ROOT), e.getAttribute("value").trim());
            } else if (e.getTagName().equals("Sentence")) {
                records.add(record(e, Map.copyOf(config)));
            }
        }
        return new ValidationFile(file, env, records);
    }

    private static Record record(Element e, Map<String, String> config) {
        String id = e.getAttribute("id").trim();
        String category = e.getAttribute("category").trim();
        LocalDate date = LocalDate.parse(e.getAttribute("date").trim(), DateTimeFormatter.BASIC_ISO_DATE);
        String text = child(e, "Text");
        String parse = child(e, "Parse");
        Set<Coding> expected = new LinkedHashSet<>();
        String error = null;
        NodeList codings = e.getElementsByTagName("EventCoding");
        for (int i = 0; i < codings.getLength(); i++) {
            Element c = (Element) codings.item(i);
            if (c.hasAttribute("error")) error = c.getAttribute("error").trim();
            if (c.hasAttribute("eventcode")) {
                expected.add(new Coding(c.getAttribute("sourcecode").trim(), c.getAttribute("targetcode").trim(),
                        c.getAttribute("eventcode").trim()));
            }
        }
        return new Record(id, category, date, text == null ? "" : text.replaceAll("\\s+", " ").trim(), parse,
                expected, error, config);
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    /** The dictionary files the environment names, resolved in {@code dir}. */
    List<Path> dictionaries(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String tag : List.of("Verbfile", "Actorfile", "Agentfile", "Discardfile", "Issuefile")) {
            for (String v : environment.getOrDefault(tag, List.of())) {
                for (String name : v.split("[,;]")) if (!name.isBlank()) out.add(dir.resolve(name.trim()));
            }
        }
        return out;
    }
}
