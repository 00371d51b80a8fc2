package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dyad evaluate --events} against {@code shared/eval/score.py} itself on the real development sets: the same
 * output, line for line, for an events file that exercises every rule (exact events, right type with wrong or null
 * actors, stop-word-only actors, draft PLOVER names, wrong types, unknown documents, lines that are not events).
 * Skipped when ../shared or python3 is missing.
 */
class ScorePyParityTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CAMEO_OF_PENTACLASS = Map.of("0", "010", "1", "036", "2", "071", "3", "112", "4", "190");
    private static final Map<String, String> OTHER_PLOVER = Map.of("YIELD", "CONCEDE", "DEMAND", "REQUEST", "FIGHT", "ASSAULT");

    static Path shared() {
        for (Path p : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))) {
            if (Files.isDirectory(p.resolve("eval"))) return p;
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-plv", "dev-conflibert"})
    void evaluatePrintsWhatScorePyPrints(String set) throws Exception {
        Path shared = shared();
        assumeTrue(shared != null, "../shared/eval is not here: parity with score.py not checked");
        assumeTrue(python3Works(), "python3 is not available: parity with score.py not checked");
        Path gold = shared.resolve("eval").resolve(set).resolve("gold.json");
        Path events = dir.resolve(set + ".jsonl");
        Files.writeString(events, eventsExercisingEveryRule(gold), StandardCharsets.UTF_8);

        for (List<String> flags : List.<List<String>>of(List.of(), List.of("--by-label", "--complete"))) {
            List<String> py = new ArrayList<>(List.of("python3", shared.resolve("eval").resolve("score.py").toString(),
                    gold.toString(), events.toString()));
            py.addAll(flags);
            String expected = run(py);
            List<String> args = new ArrayList<>(List.of("evaluate", "--events", events.toString(), gold.toString()));
            args.addAll(flags);
            CodeCommandTest.Run got = CodeCommandTest.run(args.toArray(String[]::new));
            assertEquals(0, got.exit(), got.err());
            assertEquals(expected, got.out(), "dyad evaluate " + String.join(" ", flags));
        }
    }

    /** Events made from each gold record by a rule chosen by its position, so that every rule of score.py is used. */
    private static String eventsExercisingEveryRule(Path gold) throws IOException {
        StringBuilder out = new StringBuilder("dyad: a progress line, not an event\n");
        JsonNode records = JSON.readTree(gold.toFile());
        int i = 0;
        for (JsonNode rec : records) {
            String id = rec.get("id").asText();
            int rule = i++ % 9;
            for (JsonNode g : rec.get("events")) {
                String plover = g.path("plover").isTextual() ? g.get("plover").asText() : null;
                String cameo = CAMEO_OF_PENTACLASS.getOrDefault(g.path("pentaclass").asText(), "020");
                String source = g.path("source").isTextual() ? g.get("source").asText() : null;
                String target = g.path("target").isTextual() ? g.get("target").asText() : null;
                switch (rule) {
                    case 0 -> out.append(event(id, source, target, cameo, plover));                       // exact
                    case 1 -> out.append(event(id, source, null, cameo, plover));                         // null target
                    case 2 -> out.append(event(id, "the of and", target, cameo, plover));                 // stop words only
                    case 3 -> out.append(event(id, source, target, "180", "PROTEST"));                    // wrong type
                    case 4 -> out.append(event(id, source, target, cameo,
                            plover == null ? null : OTHER_PLOVER.getOrDefault(plover, plover.toLowerCase())));  // alias, case
                    case 5 -> { }                                                                         // nothing
                    case 6 -> out.append(event(id, "Somebody Else", "Another One", cameo, plover))      // wrong actors
                            .append(event(id, source, target, "043", "CONSULT"));                         // and one more
                    case 7 -> out.append(event("not-in-gold-" + id, source, target, cameo, plover));      // unknown doc
                    default -> out.append(event(id, source, target, cameo, plover)).append("{broken json\n");
                }
            }
        }
        return out.toString();
    }

    private static String event(String doc, String source, String target, String cameo, String plover) {
        ObjectNode e = JSON.createObjectNode();
        e.put("doc", doc);
        actor(e, "source", source);
        actor(e, "target", target);
        e.put("cameo", cameo);
        if (plover == null) e.putNull("plover");
        else e.putObject("plover").put("type", plover).putNull("mode");
        e.put("modality", "asserted");
        return e + "\n";
    }

    private static void actor(ObjectNode e, String field, String text) {
        if (text == null) e.putNull(field);
        else e.putObject(field).put("code", "XXX").put("text", text);
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "score.py failed: " + command);
        return out;
    }
}
