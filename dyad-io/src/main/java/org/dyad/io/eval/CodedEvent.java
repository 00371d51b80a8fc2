package org.dyad.io.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.Actor;
import org.dyad.core.model.Event;

/**
 * The part of a coded event that is scored, read from Dyad's JSONL output ({@link #fromJson}) or taken from an
 * {@link Event} ({@link #of}); both give the same values for the same event.
 *
 * @param doc      the document id ({@code "doc"}); "None" when the line has none, as score.py reads it
 * @param source   the source, or null
 * @param target   the target, or null
 * @param cameo    the CAMEO event code, or null
 * @param plover   the PLOVER type, or "" when there is none
 * @param modality asserted, negated, planned, hypothetical (shown with a miss, not scored), or null
 * @param text     the sentence (shown with a miss), or null
 */
public record CodedEvent(String doc, Party source, Party target, String cameo, String plover, String modality,
                         String text) {

    /**
     * A coded actor: its code and its words in the sentence. Either may be null (a line written by another tool);
     * a party with neither matches no gold actor.
     */
    public record Party(String code, String text) {
        /** The words compared with a gold actor's: the text, else the code, else "" (score.py's actor_text). */
        public String words() {
            if (text != null && !text.isEmpty()) return text;
            return code != null && !code.isEmpty() ? code : "";
        }

        @Override
        public String toString() {
            return words();
        }
    }

    public CodedEvent {
        if (plover == null) plover = "";
        if (cameo != null && cameo.isEmpty()) cameo = null;
    }

    /** A hand-made event for tests and examples: codes only, texts taken from the codes. */
    public static CodedEvent of(String doc, String source, String cameo, String target) {
        return new CodedEvent(doc, source == null ? null : new Party(source, source),
                target == null ? null : new Party(target, target), cameo, "", "asserted", null);
    }

    public static CodedEvent of(Event e) {
        return new CodedEvent(e.doc(), party(e.source()), party(e.target()),
                e.cameo() == null ? null : e.cameo().code(),
                e.plover() == null || e.plover().type() == null ? "" : e.plover().type(),
                e.modality() == null ? null : e.modality().label(), e.text());
    }

    private static Party party(Actor a) {
        return a == null ? null : new Party(a.code(), a.text());
    }

    /** The same event with another PLOVER type (tests). */
    public CodedEvent withPlover(String type) {
        return new CodedEvent(doc, source, target, cameo, type, modality, text);
    }

    /** One object of Dyad's JSONL output; fields are read as leniently as score.py reads them. */
    public static CodedEvent fromJson(JsonNode e) {
        JsonNode p = e.path("plover");
        String plover = p.isObject() ? truthyText(p.path("type")) : truthyText(p);
        return new CodedEvent(pythonStr(e.get("doc")), party(e.get("source")), party(e.get("target")),
                truthyText(e.get("cameo")), plover == null ? "" : plover, text(e.get("modality")), text(e.get("text")));
    }

    private static Party party(JsonNode n) {
        if (!truthy(n)) return null;
        if (n.isObject()) return new Party(text(n.get("code")), text(n.get("text")));
        if (n.isValueNode()) return new Party(n.asText(), n.asText());
        return null;
    }

    /**
     * Dyad's events of a JSONL file by document id, read as score.py reads them: lines that do not start with "{"
     * or are not valid JSON are skipped.
     */
    public static Map<String, List<CodedEvent>> readJsonl(Path file) throws IOException {
        Map<String, List<CodedEvent>> byDoc = new LinkedHashMap<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                CodedEvent e = parseLine(line);
                if (e != null) byDoc.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
            }
        }
        return byDoc;
    }

    /** One line of a JSONL file, or null when score.py would skip it. */
    static CodedEvent parseLine(String line) {
        String s = pythonStrip(line);
        if (!s.startsWith("{")) return null;
        JsonNode node;
        try {
            node = JSON.readTree(s);
        } catch (IOException e) {
            return null;
        }
        return node != null && node.isObject() ? fromJson(node) : null;
    }

    // Python's json module accepts NaN and Infinity and rejects trailing data; so do we.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Python's {@code str()} of a JSON value: null is "None". */
    static String pythonStr(JsonNode n) {
        if (n == null || n.isNull()) return "None";
        if (n.isBoolean()) return n.booleanValue() ? "True" : "False";
        return n.isValueNode() ? n.asText() : n.toString();
    }

    /** Whether Python treats the value as true: not null, not "", not 0, not false, not empty. */
    static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return false;
        if (n.isTextual()) return !n.textValue().isEmpty();
        if (n.isNumber()) return n.doubleValue() != 0;
        if (n.isBoolean()) return n.booleanValue();
        return n.size() > 0;
    }

    /** The value as text when it is true in Python's sense, else null. */
    static String truthyText(JsonNode n) {
        return truthy(n) ? pythonStr(n) : null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.isValueNode() ? n.asText() : n.toString();
    }

    /** Python's {@code str.strip()}: also strips no-break spaces, which Java's strip() keeps. */
    static String pythonStrip(String s) {
        int b = 0, e = s.length();
        while (b < e && isPythonSpace(s.charAt(b))) b++;
        while (e > b && isPythonSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
