package org.dyad.io.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DESIGN.md output contract, field by field, read back with Jackson. */
class JsonlEventWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> writeAndParse() throws Exception {
        StringWriter out = new StringWriter();
        try (EventWriter writer = new JsonlEventWriter(out)) {
            writer.write(SampleEvents.sanctionsThreat());
            writer.write(SampleEvents.genevaTalks());
            writer.write(SampleEvents.deniedAssault());
        }
        String text = out.toString();
        assertTrue(text.endsWith("}\n"), "every object ends its line");
        String[] lines = text.split("\n");
        assertEquals(3, lines.length, "one object per line, nothing else:\n" + text);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test
    void everyLineIsOneObjectStartingWithABrace() throws Exception {
        StringWriter out = new StringWriter();
        try (EventWriter writer = new JsonlEventWriter(out)) {
            for (int i = 0; i < 3; i++) {
                writer.write(SampleEvents.sanctionsThreat());
                writer.write(SampleEvents.deniedAssault());
            }
        }
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.StringReader(out.toString()))) {
            int n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine(), n++) {
                assertTrue(line.startsWith("{") && line.endsWith("}"), "line " + (n + 1) + ": [" + line + "]");
                assertTrue(JSON.readTree(line).isObject());
            }
            assertEquals(6, n);
        }
    }

    @Test
    void aThreatOfSanctionsCarriesEveryContractField() throws Exception {
        JsonNode e = writeAndParse().get(0);

        assertEquals("reuters-2021-12-28", e.get("doc").asText());
        assertTrue(e.get("sentence").isInt());
        assertEquals(5, e.get("sentence").asInt());
        assertEquals(SampleEvents.sanctionsThreat().text(), e.get("text").asText());
        assertTrue(e.get("span").isArray());
        assertEquals(612, e.get("span").get(0).asInt());
        assertEquals(612 + SampleEvents.sanctionsThreat().text().length(), e.get("span").get(1).asInt());
        assertEquals("USA", e.get("source").get("code").asText());
        assertEquals("The United States", e.get("source").get("text").asText());
        assertEquals("RUS", e.get("target").get("code").asText());
        assertEquals("Russia", e.get("target").get("text").asText());
        assertTrue(e.get("cameo").isTextual(), "the CAMEO code is a string, so 036 keeps its zero");
        assertEquals("1312", e.get("cameo").asText());
        assertTrue(e.get("goldstein").isNumber());
        assertEquals(-5.8, e.get("goldstein").asDouble(), 1e-9);
        assertTrue(e.get("quad_class").isInt());
        assertEquals(3, e.get("quad_class").asInt(), "verbal conflict");
        assertEquals("THREATEN", e.get("plover").get("type").asText());
        assertEquals("restrict", e.get("plover").get("mode").asText());
        assertEquals("2021-12-28", e.get("date").asText());
        assertEquals("document", e.get("date_basis").asText());
        assertEquals("day", e.get("date_precision").asText(), "an added field, after the contract's date_basis");
        assertEquals("asserted", e.get("modality").asText());
        assertTrue(e.has("location") && e.get("location").isNull());
    }

    @Test
    void fieldsComeInContractOrder() throws Exception {
        List<String> names = new ArrayList<>();
        Iterator<String> it = writeAndParse().get(0).fieldNames();
        it.forEachRemaining(names::add);
        assertEquals(List.of("doc", "sentence", "text", "span", "source", "target", "cameo", "goldstein", "quad_class",
                "plover", "date", "date_basis", "date_precision", "modality", "location"), names);
    }

    @Test
    void plannedTalksInGenevaHaveATextDateAndALocation() throws Exception {
        JsonNode e = writeAndParse().get(1);
        assertEquals("036", e.get("cameo").asText());
        assertEquals(4.0, e.get("goldstein").asDouble(), 1e-9);
        assertEquals(1, e.get("quad_class").asInt());
        assertTrue(e.get("plover").get("mode").isNull(), "mode is null where the PLOVER table gives none");
        assertEquals("2022-01-10", e.get("date").asText());
        assertEquals("text", e.get("date_basis").asText());
        assertEquals("planned", e.get("modality").asText());
        JsonNode location = e.get("location");
        assertEquals("Geneva", location.get("name").asText());
        assertEquals("CHE", location.get("country").asText());
        assertEquals(46.2, location.get("lat").asDouble(), 1e-9);
        assertEquals(6.14, location.get("lon").asDouble(), 1e-9);
        assertTrue(e.get("text").asText().contains("\t") && e.get("text").asText().contains("\n"),
                "the sentence is kept exactly; JSON escapes its tab and newline");
    }

    @Test
    void anEventWithoutTargetHasNullTarget() throws Exception {
        JsonNode e = writeAndParse().get(2);
        assertTrue(e.has("target") && e.get("target").isNull());
        assertEquals("negated", e.get("modality").asText());
        assertEquals(4, e.get("quad_class").asInt());
    }
}
