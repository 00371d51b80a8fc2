package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.server.DyadServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A user's own dictionary gives the same events in every command that codes: {@code code}, {@code ingest},
 * {@code explain}, {@code evaluate} and {@code serve}'s paste box all build their coder from the same options
 * through {@link Pipelines}; {@code spark} too, where Spark can run in the test's JVM (its options are given
 * there, see {@code LocalSpark.whyNot}), read back through {@code ingest --parquet}.
 */
class SameEventsEverywhereTest {
    private static final String TEXT = "Freedonia accused Sylvania of shelling its border villages.";
    private static final String DATE = "2025-03-04";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aUserDictionaryCodesTheSameEventsInEveryCommand() throws Exception {
        // Two made-up countries no built-in dictionary knows, so only the user's file can code them.
        Path actors = Files.writeString(dir.resolve("Actors.txt"), "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
        Path input = Files.writeString(dir.resolve("story.jsonl"),
                "{\"id\": \"s1\", \"date\": \"" + DATE + "\", \"text\": \"" + TEXT + "\"}\n");
        String[] dictionary = {"--actors", actors.toString()};

        CodeCommandTest.Run builtIn = CodeCommandTest.run("code", "--threads", "1", "--quiet", "--format", "jsonl", input.toString());
        assertEquals(0, builtIn.exit(), builtIn.err());
        assertFalse(dyads(builtIn.events()).contains("FRD>SYL 1123"), builtIn.out());

        CodeCommandTest.Run code = CodeCommandTest.run(concat(new String[] {"code", "--threads", "1", "--quiet",
                "--format", "jsonl"}, dictionary, input.toString()));
        assertEquals(0, code.exit(), code.err());
        List<String> expected = dyads(code.events());
        assertEquals(List.of("FRD>SYL 1123"), expected, code.out());

        Path db = dir.resolve("events.duckdb");
        CodeCommandTest.Run ingest = CodeCommandTest.run(concat(new String[] {"ingest", "--db", db.toString(),
                "--threads", "1", "--quiet"}, dictionary, input.toString()));
        assertEquals(0, ingest.exit(), ingest.err());
        CodeCommandTest.Run stored = CodeCommandTest.run("events", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, stored.exit(), stored.err());
        assertEquals(expected, dyads(stored.events()), "ingest");

        CodeCommandTest.Run explain = CodeCommandTest.run(concat(new String[] {"explain", "--date", DATE}, dictionary, TEXT));
        assertEquals(0, explain.exit(), explain.err());
        List<String> explained = new ArrayList<>();
        Matcher m = Pattern.compile("EVENT: (\\S+) → (\\S+) (\\S+) ").matcher(explain.out());
        while (m.find()) explained.add(m.group(1) + ">" + m.group(2) + " " + m.group(3));
        assertEquals(expected, explained, "explain");

        Path gold = Files.writeString(dir.resolve("gold.json"), "[{\"id\": \"s1\", \"events\": [{\"source\": \"Freedonia\","
                + " \"target\": \"Sylvania\", \"cameo\": \"112\", \"plover\": null, \"pentaclass\": null}]}]");
        Path saved = dir.resolve("saved.jsonl");
        CodeCommandTest.Run evaluate = CodeCommandTest.run(concat(new String[] {"evaluate", "--threads", "1", "--quiet",
                "--save-events", saved.toString()}, dictionary, gold.toString(), input.toString()));
        assertEquals(0, evaluate.exit(), evaluate.err());
        assertEquals(expected, dyads(new CodeCommandTest.Run(0, Files.readString(saved), "").events()), "evaluate");

        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(concat(new String[] {"--no-store"}, dictionary));
        try (DyadServer server = DyadServer.create(new DyadServer.Options(null, "127.0.0.1", 0, null, serve.pasteBoxCoder())).start()) {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/api/code"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + TEXT + "\", \"date\": \"" + DATE + "\"}",
                            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply.body());
            List<JsonNode> events = new ArrayList<>();
            JSON.readTree(reply.body()).get("events").forEach(events::add);
            assertEquals(expected, dyads(events), "serve");
        }

        if (org.dyad.spark.LocalSpark.whyNot() == null) {
            Path tables = dir.resolve("spark-out");
            CodeCommandTest.Run spark = CodeCommandTest.run(concat(new String[] {"spark", "--master", "local[1]"},
                    dictionary, input.toString(), tables.toString()));
            assertEquals(0, spark.exit(), spark.err());
            Path sparkDb = dir.resolve("spark.duckdb");
            CodeCommandTest.Run imported = CodeCommandTest.run("ingest", "--db", sparkDb.toString(), "--quiet",
                    "--parquet", tables.toString());
            assertEquals(0, imported.exit(), imported.err());
            CodeCommandTest.Run sparkEvents = CodeCommandTest.run("events", "--db", sparkDb.toString(), "--format", "jsonl");
            assertEquals(expected, dyads(sparkEvents.events()), "spark");
        }
    }

    private static List<String> dyads(List<JsonNode> events) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            out.add(e.get("source").get("code").asText() + ">"
                    + (e.get("target").isNull() ? "-" : e.get("target").get("code").asText()) + " " + e.get("cameo").asText());
        }
        return out;
    }

    private static String[] concat(String[] head, String[] middle, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(middle));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
