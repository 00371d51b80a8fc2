package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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

    static Run run(String... args) {
        return runWithStdout(new ByteArrayOutputStream(), args);
    }

    /**
     * Runs with stdout going to the given stream (one that fails, in the tests of lost output). The command's out
     * and err are set on its command line, as picocli injects them: no global stream is swapped.
     */
    static Run runWithStdout(java.io.OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        int exit = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new Run(exit, out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "",
                err.toString(StandardCharsets.UTF_8));
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

    /** A stdout that takes {@code capacity} bytes, then fails every write, counting the writes tried after that. */
    static final class FailingStdout extends java.io.OutputStream {
        final int capacity;
        final String reason;
        int written;
        int writesAfterFailure;

        FailingStdout(int capacity, String reason) {
            this.capacity = capacity;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > capacity) {
                writesAfterFailure++;
                throw new IOException(reason);
            }
            written += len;
        }
    }

    static Path corpus(int documents) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < documents; i++) {
            b.append("{\"id\":\"d").append(i).append("\",\"date\":\"2022-02-24\",\"text\":\"Russia attacked Ukraine on Thursday. ")
                    .append("NATO condemned Russia.\"}\n");
        }
        return Files.writeString(Files.createTempDirectory("dyad-corpus").resolve("corpus.jsonl"), b.toString());
    }

    @Test
    void aFullDiskStopsTheRunWithOneLineAndANonZeroExit() throws IOException {
        FailingStdout full = new FailingStdout(0, "No space left on device");
        Run run = runWithStdout(full, "code", "--threads", "1", "--format", "jsonl", corpus(12).toString());
        assertEquals(Main.OUTPUT_FAILED, run.exit(), run.err());
        assertTrue(run.err().contains("dyad: error: cannot write the output"), run.err());
        assertFalse(run.err().contains("done:"), "no 'done' when nothing was written: " + run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(full.writesAfterFailure <= 2, "coding went on after the output failed: " + full.writesAfterFailure + " more writes");
    }

    @Test
    void aReaderThatGoesAwayEndsTheRunAtOnce() throws IOException {
        // `dyad code corpus | head -1`: the pipe takes the first events, then closes.
        FailingStdout pipe = new FailingStdout(600, "Broken pipe");
        Run run = runWithStdout(pipe, "code", "--threads", "1", "--quiet", "--format", "jsonl", corpus(30).toString());
        assertNotEquals(Main.OK, run.exit());
        assertTrue(pipe.writesAfterFailure <= 2, "the other documents were coded for nobody: " + pipe.writesAfterFailure + " writes");
    }

    @Test
    void aDirectoryIsCodedFileByFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("stories"));
        Files.writeString(folder.resolve("a.txt"), "Russia attacked Ukraine on Thursday.");
        Files.writeString(folder.resolve("b.txt"), "NATO condemned Russia on Friday.");
        Run run = run("code", "--quiet", "--format", "jsonl", "--date", "2022-02-25", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("a", "b"), run.events().stream().map(e -> e.get("doc").asText()).distinct().toList());
    }

    @Test
    void aWordLimitBelowOneIsAUsageError() {
        for (String limit : List.of("0", "-1")) {
            Run run = run("code", "--max-words", limit, "x.txt");
            assertEquals(Main.USAGE, run.exit(), run.err());
            assertEquals("dyad: --max-words must be at least 1, not " + limit, run.err().strip());
        }
    }

    @Test
    void anUnknownCommandSuggestsTheTopLevelHelp() {
        Run run = run("bogus");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("Try 'dyad --help'."), run.err());
        assertFalse(run.err().contains("dyad dyad"), run.err());
        assertTrue(run("code", "--bogus").err().contains("Try 'dyad code --help'."));
    }

    @Test
    void anIpv6BindIsBracketedOnceInTheUrl() {
        assertEquals("http://[::1]:8080/", ServeCommand.url("[::1]", 8080));
        assertEquals("http://[::1]:8080/", ServeCommand.url("::1", 8080));
        assertEquals("http://127.0.0.1:8080/", ServeCommand.url("127.0.0.1", 8080));
        assertEquals("::1", ServeCommand.address("[::1]"));
    }
}
