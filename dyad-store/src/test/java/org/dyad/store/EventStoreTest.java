package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on hand-made events (no CoreNLP): exactly once, clusters, mention counts, series and exports. */
class EventStoreTest {
    @TempDir
    Path dir;

    static final String STORY = MinHashTest.P1 + "\n\n" + MinHashTest.P2 + "\n\n" + MinHashTest.P3;
    static final String COPY = MinHashTest.P1 + "\n\n" + MinHashTest.P3 + "\n\n" + MinHashTest.P2;

    static Event event(String doc, int sentence, String source, String target, String cameo, LocalDate date,
                       Modality modality) {
        var code = CameoCatalog.builtIn().get(cameo);
        return new Event(doc, sentence, "sentence " + sentence, 0, 10, new Actor(source, source), new Actor(target, target),
                code, new PloverType("ATTACK", null), date, DateBasis.DOCUMENT, "day", modality, null);
    }

    static EventStore.Ingestion ingestion(String id, String title, LocalDate date, String text, List<Event> events) {
        Document d = new Document(id, date, text, title, "https://example.org/" + id, "pub-" + id, id);
        return new EventStore.Ingestion(d, EventStore.contentHash(d), 3, 2, events, List.of(new EventStore.Name(0, "Kyiv City Council")));
    }

    private EventStore filled() throws SQLException {
        EventStore store = EventStore.open(dir.resolve("t.duckdb"));
        LocalDate jan = LocalDate.of(2025, 1, 14);
        LocalDate feb = LocalDate.of(2025, 2, 3);
        store.store(ingestion("wire", "Russia strikes Kyiv", jan, STORY, List.of(
                event("wire", 0, "RUSMIL", "UKR", "190", jan, Modality.ASSERTED),
                event("wire", 2, "RUSGOV", "UKR", "190", jan, Modality.NEGATED))));
        store.store(ingestion("copy", "Kyiv hit by missiles", jan, COPY, List.of(
                event("copy", 0, "RUSMIL", "UKR", "190", jan, Modality.ASSERTED))));
        store.store(ingestion("g7", "G7 ministers meet", feb, MinHashTest.OTHER, List.of(
                event("g7", 0, "USAGOV", "RUSGOV", "1312", feb, Modality.ASSERTED),
                event("g7", 1, "RUS", "USA", "111", feb, Modality.ASSERTED))));
        return store;
    }

    @Test
    void storingTheSameDocumentsAgainAddsNothing() throws SQLException {
        try (EventStore store = filled()) {
            EventStore.Counts before = store.counts();
            var again = store.store(ingestion("g7", "G7 ministers meet", LocalDate.of(2025, 2, 3), MinHashTest.OTHER, List.of()));
            assertEquals(EventStore.Outcome.ALREADY_STORED, again.outcome());
            var changed = store.store(ingestion("g7", "G7", LocalDate.of(2025, 2, 3), "Other text entirely.", List.of()));
            assertEquals(EventStore.Outcome.ID_CONFLICT, changed.outcome());
            assertEquals(before, store.counts());
            assertEquals(new EventStore.Counts(3, 4, 5, 2), before);
        }
    }

    @Test
    void aWireCopyJoinsTheOriginalsClusterAndItsAttackIsOneEventWithTwoMentions() throws Exception {
        try (EventStore store = filled(); Statement s = store.connection().createStatement()) {
            ResultSet r = s.executeQuery("SELECT id, cluster FROM documents ORDER BY seq");
            r.next();
            assertEquals("wire", r.getString(2));
            r.next();
            assertEquals("wire", r.getString(2), "the copy with a new headline and moved paragraph");
            r.next();
            assertEquals("g7", r.getString(2), "a different story starts its own cluster");
            r = s.executeQuery("SELECT num_mentions, num_articles, num_sources FROM events"
                    + " WHERE source = 'RUSMIL' AND modality = 'asserted'");
            r.next();
            assertEquals(List.of(2, 2, 2), List.of(r.getInt(1), r.getInt(2), r.getInt(3)));
            assertTrue(!r.next(), "one event, not two");
        }
    }

    @Test
    void aFailureIsRecordedOnceAndClearedWhenTheDocumentIsStored() throws SQLException {
        try (EventStore store = EventStore.open(dir.resolve("f.duckdb"))) {
            store.recordFailure("news.jsonl:3", "n3", "coding failed: boom");
            store.recordFailure("news.jsonl:3", "n3", "coding failed: boom");
            assertEquals(1, store.failures().size());
            store.store(ingestion("n3", null, LocalDate.of(2025, 1, 1), "Russia attacked Ukraine.", List.of()));
            assertEquals(List.of(), store.failures());
        }
    }

    @Test
    void seriesCountsQuadClassesAndGoldsteinPerMonthInBothDirectionsOrOne() throws Exception {
        try (EventStore store = filled()) {
            StringWriter both = new StringWriter();
            new Queries(store).series(EventFilter.ALL.withDyad(Dyad.parse("USA:RUS")).withModality("asserted"),
                    Queries.Period.MONTH, Rows.Format.CSV, both);
            List<CSVRecord> rows = csv(both.toString());
            assertEquals(1, rows.size());
            CSVRecord feb = rows.get(0);
            assertEquals("2025-02", feb.get("period"));
            assertEquals("2", feb.get("events"));
            assertEquals("2", feb.get("verbal_conflict"));
            double expected = CameoCatalog.builtIn().get("1312").goldstein() + CameoCatalog.builtIn().get("111").goldstein();
            assertEquals(expected, Double.parseDouble(feb.get("goldstein_sum")), 1e-9);
            StringWriter one = new StringWriter();
            new Queries(store).series(EventFilter.ALL.withDyad(Dyad.parse("USA>RUS")).withModality("asserted"),
                    Queries.Period.MONTH, Rows.Format.CSV, one);
            assertEquals("1", csv(one.toString()).get(0).get("events"));
        }
    }

    @Test
    void everyExportFormatReadsBack() throws Exception {
        Path parquet = dir.resolve("events.parquet");
        try (EventStore store = filled()) {
            Exporter exporter = new Exporter(store);
            StringWriter phoenix = new StringWriter();
            assertEquals(4, exporter.write(Exporter.Format.PHOENIX_TSV, EventFilter.ALL, false, phoenix));
            List<CSVRecord> tsv = CSVFormat.TDF.parse(new StringReader(phoenix.toString())).getRecords();
            assertEquals(4, tsv.size());
            assertEquals(26, tsv.get(0).size());
            assertEquals("RUSMIL", tsv.get(0).get(5));
            assertEquals("MIL", tsv.get(0).get(7));

            StringWriter gdelt = new StringWriter();
            exporter.write(Exporter.Format.GDELT_CSV, EventFilter.ALL, false, gdelt);
            List<CSVRecord> g = csv(gdelt.toString());
            assertEquals(61, g.get(0).size());
            assertEquals("2", g.get(0).get("NumMentions"));
            assertEquals("RUS", g.get(0).get("Actor1CountryCode"));
            assertEquals("20250114", g.get(0).get("Day"));

            StringWriter plover = new StringWriter();
            exporter.write(Exporter.Format.PLOVER_JSONL, EventFilter.ALL, false, plover);
            assertTrue(plover.toString().lines().allMatch(l -> l.startsWith("{\"id\": \"dyad-")));

            StringWriter all = new StringWriter();
            exporter.write(Exporter.Format.CSV, EventFilter.ALL, false, all);
            assertEquals(4, csv(all.toString()).size());

            assertEquals(4, exporter.writeParquet(EventFilter.ALL, false, parquet));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), sum(num_mentions) FROM read_parquet('" + parquet + "')")) {
            r.next();
            assertEquals(4, r.getInt(1));
            assertEquals(5, r.getInt(2));
        }
    }

    @Test
    void oneADayKeepsOneEventPerDateSourceTargetAndCode() throws Exception {
        try (EventStore store = filled()) {
            // The same attack from a different story on the same day: a second event, until one-a-day folds it.
            LocalDate jan = LocalDate.of(2025, 1, 14);
            store.store(ingestion("local", "Night of attacks", jan, "A local report about other damage in the suburbs.",
                    List.of(event("local", 0, "RUSMIL", "UKR", "190", jan, Modality.ASSERTED))));
            StringWriter all = new StringWriter();
            StringWriter folded = new StringWriter();
            new Exporter(store).write(Exporter.Format.CSV, EventFilter.ALL, false, all);
            new Exporter(store).write(Exporter.Format.CSV, EventFilter.ALL, true, folded);
            assertEquals(5, csv(all.toString()).size());
            assertEquals(4, csv(folded.toString()).size(), "the two Jan 14 attacks fold; the denied one and Feb's stay");
        }
    }

    @Test
    void sqlIsReadOnly() throws Exception {
        try (EventStore store = filled()) {
            store.checkpoint();
        }
        try (EventStore ro = EventStore.openReadOnly(dir.resolve("t.duckdb"))) {
            StringWriter out = new StringWriter();
            new Queries(ro).sql("SELECT count(*) AS n FROM events", Rows.Format.CSV, out);
            assertEquals("n\n4\n", out.toString());
            assertThrows(IllegalArgumentException.class, () -> new Queries(ro).sql("DELETE FROM events_t", Rows.Format.CSV, out));
            // A query that starts like one but writes is refused by DuckDB's own parse, before it runs.
            assertThrows(IllegalArgumentException.class, () -> new Queries(ro).sql(
                    "WITH x AS (SELECT 1) INSERT INTO failures_t VALUES ('a', 'b', 'c')", Rows.Format.CSV, out));
        }
        assertNotEquals(0, java.nio.file.Files.size(dir.resolve("t.duckdb")));
    }

    /** The message for a refused query, which must be one line. */
    static String refusal(EventStore ro, String query) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Queries(ro).sql(query, Rows.Format.CSV, new StringWriter()), query);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void sqlRunsOneQueryOfTheViewsAndNothingElse() throws Exception {
        try (EventStore store = filled()) {
            store.checkpoint();
        }
        Path secret = Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
        Path victim = dir.resolve("victim.csv");
        try (EventStore ro = EventStore.openReadOnly(dir.resolve("t.duckdb"))) {
            StringWriter out = new StringWriter();
            new Queries(ro).sql("WITH r AS (SELECT root, count(*) AS n FROM events GROUP BY root) SELECT n FROM r"
                    + " JOIN (SELECT DISTINCT substr(cameo, 1, 2) AS root FROM events) USING (root) ORDER BY n DESC LIMIT 1;",
                    Rows.Format.CSV, out);
            assertTrue(out.toString().startsWith("n\n"), out.toString());
            new Queries(ro).sql("DESCRIBE events", Rows.Format.CSV, new StringWriter());
            new Queries(ro).sql("SELECT range FROM range(3)", Rows.Format.CSV, new StringWriter());

            assertTrue(refusal(ro, "SELECT 1; COPY (SELECT * FROM events) TO '" + victim + "'").startsWith("one statement only"));
            assertTrue(refusal(ro, "COPY (SELECT * FROM events) TO '" + victim + "'").endsWith("not COPY"));
            assertTrue(refusal(ro, "SELECT * FROM read_csv('" + secret + "')").startsWith("read_csv(...) is not allowed"));
            assertTrue(refusal(ro, "SELECT * FROM read_text('/etc/passwd')").startsWith("read_text(...) is not allowed"));
            assertTrue(refusal(ro, "SELECT * FROM glob('/etc/*')").startsWith("glob(...) is not allowed"));
            assertTrue(refusal(ro, "SELECT * FROM '" + secret + "'").contains("is not a view of the store"));
            assertTrue(refusal(ro, "SELECT count(*) FROM events WHERE id IN (SELECT 1 FROM read_csv('" + secret + "'))")
                    .startsWith("read_csv(...)"), "inside a subquery too");
            assertTrue(refusal(ro, "INSTALL httpfs").endsWith("not INSTALL"));
            assertTrue(refusal(ro, "LOAD httpfs").endsWith("not LOAD"));
            assertTrue(refusal(ro, "ATTACH '" + dir.resolve("other.duckdb") + "' AS other").endsWith("not ATTACH"));
            assertTrue(refusal(ro, "SET enable_external_access = true").endsWith("not SET"));
            assertTrue(refusal(ro, "SELECT * FROM information_schema.tables").contains("not a view"));
            assertTrue(refusal(ro, "SELEC 1").contains("syntax error"));
        }
        assertFalse(Files.exists(victim));
        assertFalse(Files.exists(dir.resolve("other.duckdb")));
    }

    @Test
    void theReadOnlyConnectionReadsNoFilesEvenWhenAskedDirectly() throws Exception {
        try (EventStore store = filled()) {
            store.checkpoint();
        }
        Path secret = Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
        try (Connection c = EventStore.connectReadOnly(dir.resolve("t.duckdb")); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM read_csv('" + secret + "')"));
            assertTrue(e.getMessage().contains("disabled by configuration"), e.getMessage());
        }
        try (Connection c = EventStore.connectReadOnly(dir.resolve("t.duckdb")); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("SET enable_external_access = true"));
            assertTrue(e.getMessage().contains("locked"), e.getMessage());
        }
    }

    @Test
    void aStoreInUseIsSaidPlainly() throws Exception {
        try (EventStore store = filled()) {
            store.checkpoint();
        }
        Path db = dir.resolve("t.duckdb");
        // Another process holding the store is simulated by a child JVM: DuckDB's lock is per process.
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), db.toString());
        pb.redirectErrorStream(true);
        Process holder = pb.start();
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            assertEquals("holding", lines.readLine());
            SQLException e = assertThrows(SQLException.class, () -> EventStore.open(db));
            assertTrue(e.getMessage().startsWith("the store is open in another process (PID " + holder.pid() + ": 'dyad serve'"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("-readonly"), "no DuckDB shell flag: " + e.getMessage());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    /** A second process that opens a store read-only, as 'dyad serve' does, and holds it until killed. */
    public static final class HoldStore {
        public static void main(String[] args) throws Exception {
            try (EventStore ro = EventStore.openReadOnly(Path.of(args[0]))) {
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    static List<CSVRecord> csv(String text) throws java.io.IOException {
        try (Reader r = new StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
