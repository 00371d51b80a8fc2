package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} and the store's questions as an analyst runs them, with the real pipeline. CoreNLP loads
 * once for the class (its models are shared per JVM); the kill test pays for one more JVM.
 */
class EventStoreCommandsTest {
    @TempDir
    static Path dir;

    static Path small;
    static Path smallDb;

    static Path resource(String name) {
        Path p = Path.of("src", "test", "resources", "store", name);
        return Files.exists(p) ? p : Path.of("dyad-cli", "src", "test", "resources", "store", name);
    }

    @BeforeAll
    static void ingestTheSmallCorpus() {
        small = resource("small.jsonl");
        smallDb = dir.resolve("small.duckdb");
        // --unasserted: the store keeps the denied assault, for the --modality filter to find.
        CodeCommandTest.Run run = CodeCommandTest.run("ingest", "--db", smallDb.toString(), "--quiet", "--unasserted",
                small.toString());
        assertEquals(0, run.exit(), run.err());
    }

    static String sql(Path db, String query) {
        CodeCommandTest.Run run = CodeCommandTest.run("sql", "--db", db.toString(), "--format", "csv", query);
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    static List<CSVRecord> csv(String text, CSVFormat format) throws IOException {
        return format.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    static String counts(Path db) {
        return sql(db, "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,"
                + " (SELECT count(*) FROM mentions) AS mentions");
    }

    @Test
    void ingestingTheSameCorpusTwiceLeavesTheCountsUnchanged() {
        String before = counts(smallDb);
        assertEquals("documents,events,mentions\n5,13,13\n", before);
        CodeCommandTest.Run again = CodeCommandTest.run("ingest", "--db", smallDb.toString(), small.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("0 documents stored, 5 already stored"), again.err());
        assertTrue(!again.err().contains("loaded CoreNLP"), "nothing to code, so no models loaded: " + again.err());
        assertEquals(before, counts(smallDb));
    }

    @Test
    void theUsRussiaSeriesByMonthCountsQuadClassesAndGoldstein() throws IOException {
        CodeCommandTest.Run run = CodeCommandTest.run("series", "--db", smallDb.toString(), "--dyad", "USA:RUS",
                "--by", "month", "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        List<CSVRecord> rows = csv(run.out(), CSVFormat.DEFAULT);
        assertEquals(List.of("2022-01", "2022-02"), rows.stream().map(r -> r.get("period")).toList());
        // January: talks both ways (046, 7.0 each), Russian officials criticize the US (111), Biden threatens Putin
        // with sanctions (1312). February: the US condemns Russia (111), imposes sanctions (163), Russia accuses (1123).
        assertEquals(Map.of("events", "4", "verbal_coop", "2", "verbal_conflict", "2", "material_conflict", "0"),
                Map.of("events", rows.get(0).get("events"), "verbal_coop", rows.get(0).get("verbal_coop"),
                        "verbal_conflict", rows.get(0).get("verbal_conflict"), "material_conflict", rows.get(0).get("material_conflict")));
        assertEquals("3", rows.get(1).get("events"));
        assertEquals("1", rows.get(1).get("material_conflict"));
        assertTrue(Double.parseDouble(rows.get(1).get("goldstein_sum")) < 0, "February was conflict");
        CodeCommandTest.Run oneWay = CodeCommandTest.run("series", "--db", smallDb.toString(), "--dyad", "RUS>USA",
                "--format", "csv");
        assertEquals("2", csv(oneWay.out(), CSVFormat.DEFAULT).get(0).get("events"), "Jan: talks and criticism by Russia");
    }

    @Test
    void eventsFilterBySourceCodeAndText() {
        CodeCommandTest.Run run = CodeCommandTest.run("events", "--db", smallDb.toString(), "--format", "tsv",
                "--source", "USA", "--cameo", "16");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("The United States imposed sanctions on Russia"));
        CodeCommandTest.Run denied = CodeCommandTest.run("events", "--db", smallDb.toString(), "--format", "jsonl",
                "--modality", "negated", "--text", "assault");
        assertTrue(denied.out().contains("\"modality\":\"negated\""), denied.out());
    }

    @Test
    void everyExportFormatReadsBack() throws Exception {
        for (String format : List.of("phoenix-tsv", "gdelt-csv", "plover-jsonl", "csv", "parquet")) {
            Path out = dir.resolve("export." + format);
            CodeCommandTest.Run run = CodeCommandTest.run("export", "--db", smallDb.toString(), "--format", format,
                    "--out", out.toString());
            assertEquals(0, run.exit(), format + ": " + run.err());
            String text = format.equals("parquet") ? "" : Files.readString(out);
            switch (format) {
                case "phoenix-tsv" -> {
                    List<CSVRecord> rows = CSVFormat.TDF.parse(new StringReader(text)).getRecords();
                    assertEquals(13, rows.size());
                    assertTrue(rows.stream().allMatch(r -> r.size() == 26));
                    assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("RUS") && r.get(9).equals("UKR") && r.get(13).equals("190")));
                }
                case "gdelt-csv" -> {
                    List<CSVRecord> rows = csv(text, CSVFormat.DEFAULT);
                    assertEquals(13, rows.size());
                    CSVRecord attack = rows.stream().filter(r -> r.get("EventCode").equals("190") && r.get("Day").equals("20220224"))
                            .findFirst().orElseThrow();
                    assertEquals("RUS", attack.get("Actor1CountryCode"));
                    assertEquals("UKR", attack.get("Actor2Code"));
                    assertEquals("4", attack.get("QuadClass"));
                    assertEquals("1", attack.get("NumMentions"));
                }
                case "plover-jsonl" -> assertTrue(text.lines().anyMatch(l -> l.contains("\"event_type\": \"ASSAULT\"")), text);
                case "csv" -> assertEquals(13, csv(text, CSVFormat.DEFAULT).size());
                case "parquet" -> {
                    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                         ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + out + "') WHERE cameo = '190'")) {
                        r.next();
                        assertEquals(2, r.getInt(1), "the attack and the denied assault");
                    }
                }
                default -> throw new AssertionError(format);
            }
        }
    }

    @Test
    void sqlRefusesToChangeTheStore() {
        CodeCommandTest.Run run = CodeCommandTest.run("sql", "--db", smallDb.toString(), "DROP TABLE events_t");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("only a read-only query is allowed"), run.err());
    }

    @Test
    void exportEventsAndSqlIntoAFullDiskExitNonZeroWithOneLine() {
        List<List<String>> commands = List.of(
                List.of("export", "--format", "csv"), List.of("export", "--format", "plover-jsonl"),
                List.of("events", "--format", "jsonl"), List.of("sql", "SELECT * FROM events"));
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--db", smallDb.toString()));
            CodeCommandTest.Run run = CodeCommandTest.runWithStdout(
                    new CodeCommandTest.FailingStdout(0, "No space left on device"), args.toArray(String[]::new));
            assertEquals(Main.OUTPUT_FAILED, run.exit(), command + ": " + run.err());
            assertTrue(run.err().startsWith("dyad: error: cannot write the output"), command + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), command + ": " + run.err());
        }
    }

    @Test
    void sqlRefusesWritesFileReadsExtensionsAndSecondStatementsInOneLineEach() throws IOException {
        Path victim = dir.resolve("victim.csv");
        Map<String, String> refusals = Map.of(
                "SELECT 1; COPY (SELECT * FROM events) TO '" + victim + "'", "one statement only",
                "COPY (SELECT * FROM events) TO '" + victim + "'", "not COPY",
                "SELECT * FROM read_csv('/etc/passwd')", "read_csv(...) is not allowed",
                "SELECT * FROM read_text('/etc/hostname')", "read_text(...) is not allowed",
                "SELECT * FROM glob('/etc/*')", "glob(...) is not allowed",
                "INSTALL httpfs", "not INSTALL",
                "LOAD httpfs", "not LOAD",
                "ATTACH '" + dir.resolve("other.duckdb") + "'", "not ATTACH");
        for (Map.Entry<String, String> r : refusals.entrySet()) {
            CodeCommandTest.Run run = CodeCommandTest.run("sql", "--db", smallDb.toString(), r.getKey());
            assertEquals(Main.USAGE, run.exit(), r.getKey());
            assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
            assertTrue(run.err().startsWith("dyad: sql: ") && run.err().contains(r.getValue()), r.getKey() + " -> " + run.err());
        }
        assertTrue(Files.notExists(victim));
        assertTrue(Files.notExists(dir.resolve("other.duckdb")));
        // Queries over the views work as before.
        assertTrue(sql(smallDb, "WITH e AS (SELECT * FROM events) SELECT count(*) AS n FROM e").startsWith("n\n"));
    }

    @Test
    void aWireCopyWithANewHeadlineAndAMovedParagraphSharesItsCluster() throws IOException {
        Path db = dir.resolve("dups.duckdb");
        CodeCommandTest.Run run = CodeCommandTest.run("ingest", "--db", db.toString(), "--quiet",
                resource("near-duplicates.jsonl").toString());
        assertEquals(0, run.exit(), run.err());
        List<CSVRecord> docs = csv(sql(db, "SELECT id, cluster FROM documents ORDER BY seq"), CSVFormat.DEFAULT);
        assertEquals("wire-1", docs.get(0).get("cluster"));
        assertEquals("wire-1", docs.get(1).get("cluster"), "copy-1 is the same story");
        assertEquals("other-1", docs.get(2).get("cluster"), "a different story is its own cluster");
        // The attack is one event reported by two articles from two publishers.
        List<CSVRecord> attack = csv(sql(db, "SELECT num_mentions, num_articles, num_sources FROM events"
                + " WHERE source = 'RUS' AND target = 'UKR' AND cameo LIKE '19%'"), CSVFormat.DEFAULT);
        assertEquals(1, attack.size());
        assertEquals(List.of("2", "2", "2"), List.of(attack.get(0).get(0), attack.get(0).get(1), attack.get(0).get(2)));
    }

    /** The first stories of the VOA corpus: enough for a kill to land mid-run. */
    static Path voaSample(int stories) throws IOException {
        Path corpus = Path.of(System.getProperty("dyad.shared", "../../shared"), "corpus", "voa-2025.jsonl");
        Assumptions.assumeTrue(Files.exists(corpus), "the VOA corpus is not at " + corpus.toAbsolutePath()
                + " (pass -Ddyad.shared=DIR); skipped");
        Path sample = dir.resolve("voa-" + stories + ".jsonl");
        try (var lines = Files.lines(corpus)) {
            Files.write(sample, lines.limit(stories).toList());
        }
        return sample;
    }

    @Test
    void killedMidIngestAndResumedEndsWithTheRowsOfAnUninterruptedRun() throws Exception {
        Path corpus = voaSample(20);
        Path reference = dir.resolve("reference.duckdb");
        Path killed = dir.resolve("killed.duckdb");
        CodeCommandTest.Run full = CodeCommandTest.run("ingest", "--db", reference.toString(), "--quiet", corpus.toString());
        assertEquals(0, full.exit(), full.err());

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.dyad.cli.Main",
                "ingest", "--db", killed.toString(), "--progress-every", "0", "--threads", "2", corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger storedWhenKilled = new AtomicInteger(-1);
        Pattern progress = Pattern.compile("ingest: (\\d+) documents stored");
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher m = progress.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= 4) {
                    storedWhenKilled.set(Integer.parseInt(m.group(1)));
                    child.destroyForcibly();  // SIGKILL: no shutdown hooks, no clean close of the database
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, child.exitValue(), "the child was killed, it did not finish");
        assertTrue(storedWhenKilled.get() > 0 && storedWhenKilled.get() < 20, "killed after " + storedWhenKilled.get());
        try (EventStore partial = EventStore.open(killed)) {
            long stored = partial.counts().documents();
            assertTrue(stored >= storedWhenKilled.get() && stored < 20, "partial store holds " + stored + " documents");
        }

        CodeCommandTest.Run resumed = CodeCommandTest.run("ingest", "--db", killed.toString(), corpus.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().matches("(?s).*documents stored, [1-9]\\d* already stored.*"), resumed.err());

        assertEquals(counts(reference), counts(killed));
        String events = "SELECT * FROM events ORDER BY id";
        assertEquals(sql(reference, events), sql(killed, events));
        String documents = "SELECT * EXCLUDE (origin) FROM documents ORDER BY seq";
        assertEquals(sql(reference, documents), sql(killed, documents));
        assertEquals(sql(reference, "SELECT * FROM mentions ORDER BY event_id, doc, sentence"),
                sql(killed, "SELECT * FROM mentions ORDER BY event_id, doc, sentence"));
    }
}
