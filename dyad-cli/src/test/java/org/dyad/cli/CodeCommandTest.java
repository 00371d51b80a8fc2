package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user runs it: files in, events on stdout, one-line problems on stderr, an honest exit code. */
class CodeCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<JsonNode> events() throws IOException {
            List<JsonNode> list = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : out.split("\n")) if (!line.isBlank()) list.add(json.readTree(line));
            return list;
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Path example(String name) {
        Path p = Path.of("..", "examples", name);
        return Files.exists(p) ? p : Path.of("examples", name);
    }

    @Test
    void theReutersStoryCodesItsTalksThreatsAndTheDeniedAssault() throws IOException {
        Run run = run("code", "--quiet", "--format", "jsonl", "--date", "2021-12-28",
                example("reuters-2021-12-28.txt").toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> events = run.events();
        assertFalse(events.isEmpty());
        for (JsonNode e : events) {
            for (String field : List.of("doc", "sentence", "text", "span", "source", "target", "cameo", "goldstein",
                    "quad_class", "plover", "date", "date_basis", "modality", "location")) {
                assertTrue(e.has(field), "missing " + field + " in " + e);
            }
            assertEquals("reuters-2021-12-28", e.get("doc").asText());
            assertFalse(e.get("text").asText().contains("Bosnia"), "page furniture coded: " + e);
        }
        assertTrue(events.stream().anyMatch(e -> e.get("date").asText().equals("2022-01-10")
                && e.get("modality").asText().equals("planned")), "talks on Jan. 10");
        assertTrue(events.stream().anyMatch(e -> e.get("date").asText().equals("2022-01-12")), "NATO-Russia on Jan. 12");
        assertTrue(events.stream().anyMatch(e -> e.get("cameo").asText().equals("1312")
                && e.get("source").get("code").asText().equals("USA")), "the U.S. sanctions threat");
        assertTrue(events.stream().anyMatch(e -> e.get("cameo").asText().startsWith("13")
                && e.get("source").get("code").asText().equals("RUSGOV")), "Russia's threat of military action");
        assertTrue(events.stream().filter(e -> e.get("cameo").asText().startsWith("19")
                        && e.get("text").asText().contains("denied"))
                .allMatch(e -> e.get("modality").asText().equals("negated")), "the denied assault is no assault");
        assertTrue(events.stream().anyMatch(e -> e.get("date").asText().startsWith("2014")), "Crimea in 2014");
        assertTrue(events.stream().noneMatch(e -> e.get("cameo").asText().startsWith("16")
                && e.get("modality").asText().equals("asserted")), "no sanctions were imposed");
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheRestIsCoded() throws IOException {
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"a\",\"date\":\"2022-02-24\",\"text\":\"Russia attacked Ukraine on Thursday.\"}",
                "{\"id\":\"b\",\"date\":\"2022-02-24\"",
                "{\"id\":\"c\",\"date\":\"2022-03-01\",\"text\":\"Joe Biden criticized Vladimir Putin.\"}", ""));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x10});
        Path badUtf8 = Files.write(dir.resolve("latin1.txt"), "Russia criticized Ukraine. Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path longSentence = dir.resolve("long.txt");
        StringBuilder b = new StringBuilder("Russia criticized Ukraine.\n\n");
        for (int i = 0; i < 500; i++) b.append("word").append(i).append(' ');
        b.append("end.\n\nNATO criticized Russia.");
        Files.writeString(longSentence, b.toString());
        Path missing = dir.resolve("missing.txt");

        Run run = run("code", "--quiet", "--format", "jsonl", "--date", "2022-03-01", jsonl.toString(), empty.toString(),
                binary.toString(), badUtf8.toString(), longSentence.toString(), missing.toString());

        assertEquals(1, run.exit(), "some input failed");
        String err = run.err();
        assertTrue(err.contains("feed.jsonl:2"), err);
        assertTrue(err.contains("empty.txt"), err);
        assertTrue(err.contains("blob.txt"), err);
        assertTrue(err.contains("latin1.txt"), err);
        assertTrue(err.contains("long") && err.contains("500") || err.contains("sentence 1"), err);
        assertTrue(err.contains("missing.txt"), err);
        assertFalse(err.contains("\tat "), "no stack traces: " + err);
        List<String> docs = run.events().stream().map(e -> e.get("doc").asText()).distinct().toList();
        assertTrue(docs.containsAll(List.of("a", "c", "long")), "valid documents are not lost: " + docs);
    }

    @Test
    void aWrongOptionValueIsOneLineAndExitCode2() {
        Run run = run("code", "--date", "28/12/2021", "x.txt");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--date"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void stdinIsReadWhenNoFileIsGiven() throws IOException {
        java.io.InputStream oldIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Russia attacked Ukraine on Thursday.".getBytes(StandardCharsets.UTF_8)));
            Run run = run("code", "--quiet", "--format", "tsv", "--date", "2022-02-25", "-");
            assertEquals(0, run.exit(), run.err());
            String[] cols = run.out().strip().split("\n")[0].split("\t");
            assertEquals("20220224", cols[0]);
            assertEquals("RUS", cols[1]);
            assertEquals("UKR", cols[2]);
            assertTrue(cols[3].startsWith("19"));
            assertEquals("stdin", cols[7]);
        } finally {
            System.setIn(oldIn);
        }
    }
}
