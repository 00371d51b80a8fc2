package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Actor;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.io.DocumentSink;
import org.dyad.io.InputProblem;
import org.dyad.io.InputSpec;
import org.dyad.io.ReaderOptions;
import org.dyad.io.Readers;
import org.dyad.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty Voice of America stories of 2025, a story of our own whose events happened in named places, and one story
 * with a date nobody can read, coded on Spark in local mode (two cores, one session) and directly with
 * DocumentCoder, as `dyad code` does.
 */
class SparkCoderTest {
    static final int STORIES = 20;
    /** The VOA stories and the located one: the documents a run codes. */
    static final int DOCUMENTS = STORIES + 1;
    static final String BAD_ID = "voa-undated";
    static final String LOCATED_ID = "located";
    /** Two acts in places the GeoNames gazetteer resolves: a city (with its state) and a first-level division. */
    static final String LOCATED_TEXT = "Police arrested dozens of protesters in Portland, Maine, on Tuesday. "
            + "Russian troops shelled Ukrainian positions near Kharkiv on Wednesday.";

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path input;
    static RunSummary fewSplits;
    static RunSummary manySplits;
    static Path mixed;
    static java.time.LocalDate storyDate;

    @BeforeAll
    static void codeOnSpark() throws IOException {
        Path corpus = Path.of(System.getProperty("dyad.shared", "../../shared"), "corpus", "voa-2025.jsonl");
        // The VOA corpus lives in the shared folder beside the repository, not in a user's clone: skip, saying why.
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "the VOA corpus is not at " + corpus.toAbsolutePath()
                + " (pass -Ddyad.shared=DIR); the Spark parity tests are skipped");
        List<String> lines = new ArrayList<>(Files.readAllLines(corpus, StandardCharsets.UTF_8).subList(0, STORIES));
        // Planted in the middle of the file, so that it shares an input split with good stories.
        lines.add(STORIES / 2, "{\"id\": \"" + BAD_ID + "\", \"date\": \"the other day\", "
                + "\"text\": \"Russian troops shelled Kharkiv, Ukrainian officials said.\"}");
        lines.add(STORIES / 4, "{\"id\": \"" + LOCATED_ID + "\", \"date\": \"2025-03-06\", \"text\": \"" + LOCATED_TEXT + "\"}");
        input = dir.resolve("in/voa-21.jsonl");
        Files.createDirectories(input.getParent());
        Files.write(input, lines, StandardCharsets.UTF_8);

        System.setProperty("log4j2.configurationFile", "org/dyad/spark/log4j2-local.properties");
        spark = SparkCoder.localSession("local[2]");
        fewSplits = SparkCoder.run(spark, JobOptions.of(input.toString(), dir.resolve("few").toString())
                .withSplitsPerCore(1));
        manySplits = SparkCoder.run(spark, JobOptions.of(input.toString(), dir.resolve("many").toString())
                .withSplitsPerCore(8));

        // A directory as a newsroom might leave it: a story as plain text, and a web archive this job cannot read.
        mixed = dir.resolve("mixed");
        Files.createDirectories(mixed);
        var story = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
        Files.writeString(mixed.resolve("voa-story.txt"), story.get("text").asText());
        Files.write(mixed.resolve("crawl.warc.gz"), new byte[] {0x1f, (byte) 0x8b});
        storyDate = java.time.LocalDate.parse(story.get("published").asText().substring(0, 10));
        SparkCoder.run(spark, JobOptions.of(mixed.toString(), dir.resolve("mixed-out").toString()).withDate(storyDate));
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void sparkGivesTheEventsDyadCodeGives() {
        List<String> expected = dyadCode(input).stream().map(SparkCoderTest::fingerprint).sorted().toList();
        List<String> actual = events("few");
        assertTrue(expected.size() > 20, "the 20 stories hold events: " + expected.size());
        assertEquals(expected, actual);
        assertEquals(expected.size(), fewSplits.events());
    }

    @Test
    void theEventsDoNotDependOnHowTheInputIsSplit() {
        assertTrue(manySplits.partitions() > fewSplits.partitions(),
                fewSplits.partitions() + " vs " + manySplits.partitions() + " input splits");
        assertEquals(events("few"), events("many"));
        assertEquals(fewSplits.events(), manySplits.events());
    }

    @Test
    void theUndatedStoryIsListedAsFailedNotLost() {
        List<Row> failed = spark.read().parquet(dir.resolve("many/failed").toString()).collectAsList();
        assertEquals(1, failed.size(), failed.toString());
        Row bad = failed.get(0);
        assertEquals("read", bad.getAs("stage"));
        assertTrue(bad.<String>getAs("error").contains("not a date: \"the other day\""), bad.toString());
        assertTrue(bad.<String>getAs("origin").startsWith(input.toUri().toString().replace("file:///", "file:/") + "@"),
                bad.toString());

        List<Row> documents = spark.read().parquet(dir.resolve("many/documents").toString()).collectAsList();
        assertEquals(DOCUMENTS, documents.size());
        assertFalse(documents.stream().anyMatch(d -> BAD_ID.equals(d.getAs("id"))));
        assertEquals(DOCUMENTS, manySplits.documents());
        assertEquals(1, manySplits.failed());
    }

    @Test
    void theStoreImportsTheJobsOutputExactlyOnce() throws Exception {
        // `dyad ingest --parquet`: a cluster run feeds the store (and so the dashboard).
        Path db = dir.resolve("import.duckdb");
        try (org.dyad.store.EventStore store = org.dyad.store.EventStore.open(db)) {
            var importer = new org.dyad.store.ParquetImport(org.dyad.core.ontology.CameoCatalog.builtIn());
            var first = importer.run(dir.resolve("few"), store);
            assertEquals(DOCUMENTS, first.documents());
            assertEquals(DOCUMENTS, first.stored());
            assertEquals(fewSplits.events(), first.events());
            var counts = store.counts();
            var second = importer.run(dir.resolve("few"), store);
            assertEquals(0, second.stored(), "a second import adds nothing");
            assertEquals(counts, store.counts());
        }
    }

    @Test
    void aLocatedEventKeepsItsGeoNamesFieldsThroughSparkAndTheImportAsIngestKeepsThem() throws Exception {
        Assumptions.assumeTrue(org.dyad.core.geo.GeoNames.shared().isPresent(),
                "no GeoNames gazetteer in " + org.dyad.core.geo.GeoNames.defaultDir() + " (run scripts/fetch-geonames)");
        List<Row> located = spark.read().parquet(dir.resolve("few/events").toString())
                .where("doc = '" + LOCATED_ID + "'").orderBy("sentence").collectAsList();
        assertEquals(2, located.size(), located.toString());
        Row portland = located.get(0).getAs("location");
        assertEquals("Portland", portland.getAs("name"));
        assertEquals("USA", portland.getAs("country"));
        assertEquals("Maine", portland.getAs("admin1"));
        assertEquals("ME", portland.getAs("admin1_code"));
        assertTrue(portland.<String>getAs("feature").startsWith("PPL"), portland.toString());
        assertEquals("clause", portland.getAs("basis"));
        assertTrue(portland.<Integer>getAs("geonameid") != null, portland.toString());
        Row kharkiv = located.get(1).getAs("location");
        assertEquals("ADM1", kharkiv.getAs("feature"));
        assertEquals("UKR", kharkiv.getAs("country"));

        // Spark, then `dyad ingest --parquet`, then `dyad export --format gdelt-csv`: the ActionGeo columns of
        // `dyad ingest` storing what `dyad code` codes.
        Document doc = new Document(LOCATED_ID, java.time.LocalDate.of(2025, 3, 6), LOCATED_TEXT, null, null, null, "located");
        DocumentCoder.Result coded = new DocumentCoder(new CoreNlpAnnotator(), Codebook.builtIn()).code(doc);
        List<String> ingested;
        try (org.dyad.store.EventStore store = org.dyad.store.EventStore.open(dir.resolve("ingest.duckdb"))) {
            store.store(new org.dyad.store.EventStore.Ingestion(doc, org.dyad.store.EventStore.contentHash(doc),
                    coded.sentences(), coded.parsedSentences(), coded.events(), List.of()));
            ingested = actionGeo(store);
        }
        List<String> imported;
        try (org.dyad.store.EventStore store = org.dyad.store.EventStore.open(dir.resolve("parquet.duckdb"))) {
            new org.dyad.store.ParquetImport(org.dyad.core.ontology.CameoCatalog.builtIn()).run(dir.resolve("few"), store);
            imported = actionGeo(store);
        }
        assertEquals(2, ingested.size(), ingested.toString());
        assertTrue(ingested.stream().anyMatch(r -> r.contains("USME")), "Maine's ADM1 code: " + ingested);
        assertEquals(ingested, imported);
    }

    /** The ActionGeo columns of the GDELT export's rows for the located story's two sentences. */
    static List<String> actionGeo(org.dyad.store.EventStore store) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String words : List.of("dozens of protesters in Portland", "Ukrainian positions near Kharkiv")) {
            java.io.StringWriter csv = new java.io.StringWriter();
            var filter = new org.dyad.store.EventFilter(null, null, null, null, null, null, null, null, null, words);
            new org.dyad.store.Exporter(store).write(org.dyad.store.Exporter.Format.GDELT_CSV, filter, false, csv);
            List<String> lines = csv.toString().lines().toList();
            List<String> header = csvCells(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = csvCells(line);
                assertEquals(header.size(), cells.size(), line);
                StringBuilder geo = new StringBuilder();
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).startsWith("ActionGeo_")) geo.append(header.get(i)).append('=').append(cells.get(i)).append(' ');
                }
                rows.add(geo.toString().strip());
            }
        }
        return rows;
    }

    /** One CSV line's cells (RFC 4180 quoting; the export writes no line breaks inside a cell). */
    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void eventsArePartitionedByTheirYearAndMonth() throws IOException {
        List<Row> rows = spark.read().parquet(dir.resolve("few/events").toString())
                .selectExpr("year", "month", "year(date) AS y", "month(date) AS m").collectAsList();
        for (Row r : rows) {
            assertEquals(r.getInt(2), r.getInt(0));
            assertEquals(r.getInt(3), r.getInt(1));
        }
        try (var months = Files.list(dir.resolve("few/events/year=2025"))) {
            assertTrue(months.anyMatch(p -> p.getFileName().toString().startsWith("month=")));
        }
    }

    @Test
    void aTextFileIsCodedAsDyadCodeCodesItAndAWebArchiveIsListedAsNotRead() {
        List<String> expected = dyadCode(mixed.resolve("voa-story.txt"), ReaderOptions.defaults().withDate(storyDate))
                .stream().map(SparkCoderTest::fingerprint).sorted().toList();
        assertFalse(expected.isEmpty());
        Row document = spark.read().parquet(dir.resolve("mixed-out/documents").toString()).first();
        assertEquals("voa-story", document.getAs("id"));
        assertEquals(storyDate, document.<java.sql.Date>getAs("date").toLocalDate());
        assertEquals(expected, events("mixed-out"));
        List<Row> failed = spark.read().parquet(dir.resolve("mixed-out/failed").toString()).collectAsList();
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).<String>getAs("origin").endsWith("crawl.warc.gz"));
        assertTrue(failed.get(0).<String>getAs("error").contains("WARC"));
    }

    @Test
    void theModelsAreLoadedOncePerJvmNotPerRecord() {
        // Three runs, 43 records, two task threads: one pipeline.
        assertEquals(1, Pipeline.loads());
    }

    /** `dyad code` on the same file: dyad-io's readers and one DocumentCoder, document by document. */
    static List<Event> dyadCode(Path file) {
        return dyadCode(file, ReaderOptions.defaults());
    }

    static List<Event> dyadCode(Path file, ReaderOptions options) {
        DocumentCoder coder = new DocumentCoder(new CoreNlpAnnotator(), Codebook.builtIn());
        List<Event> events = new ArrayList<>();
        new Readers(options).read(InputSpec.file(file), new DocumentSink() {
            @Override
            public void document(Document d) {
                events.addAll(coder.code(d).events());
            }

            @Override
            public void problem(InputProblem problem) { }
        });
        return events;
    }

    List<String> events(String run) {
        return spark.read().parquet(dir.resolve(run + "/events").toString()).collectAsList().stream()
                .map(SparkCoderTest::fingerprint).sorted().collect(Collectors.toList());
    }

    /** Every field of the JSONL contract, one line per event. */
    static String fingerprint(Event e) {
        return String.join("|", e.doc(), String.valueOf(e.sentence()), e.text(), e.spanBegin() + "-" + e.spanEnd(),
                actor(e.source()), actor(e.target()),
                e.cameo() == null ? "null" : e.cameo().code() + "/" + e.cameo().goldstein() + "/" + e.cameo().quadClass(),
                e.plover() == null ? "null" : e.plover().type() + "/" + e.plover().mode(),
                String.valueOf(e.date()), e.dateBasis() == null ? "null" : e.dateBasis().label(),
                String.valueOf(e.datePrecision()), e.modality() == null ? "null" : e.modality().label(),
                e.location() == null ? "null" : String.join("/", e.location().name(), e.location().country(),
                        String.valueOf(e.location().lat()), String.valueOf(e.location().lon()),
                        String.valueOf(e.location().geonameid()), e.location().admin1(), e.location().admin1Code(),
                        e.location().feature(), e.location().basis()));
    }

    static String fingerprint(Row r) {
        List<Integer> span = r.getList(r.fieldIndex("span"));
        Row plover = r.getAs("plover");
        Row location = r.getAs("location");
        return String.join("|", r.<String>getAs("doc"), String.valueOf(r.<Integer>getAs("sentence")), r.getAs("text"),
                span.get(0) + "-" + span.get(1), actor(r.<Row>getAs("source")), actor(r.<Row>getAs("target")),
                r.getAs("cameo") == null ? "null" : r.getAs("cameo") + "/" + r.getAs("goldstein") + "/" + r.getAs("quad_class"),
                plover == null ? "null" : plover.getAs("type") + "/" + plover.getAs("mode"),
                String.valueOf(r.<Object>getAs("date")), String.valueOf(r.<String>getAs("date_basis")),
                String.valueOf(r.<String>getAs("date_precision")), String.valueOf(r.<String>getAs("modality")),
                location == null ? "null" : String.join("/", location.getAs("name"), location.getAs("country"),
                        String.valueOf(location.<Object>getAs("lat")), String.valueOf(location.<Object>getAs("lon")),
                        String.valueOf(location.<Object>getAs("geonameid")), location.getAs("admin1"),
                        location.getAs("admin1_code"), location.getAs("feature"), location.getAs("basis")));
    }

    static String actor(Actor a) {
        return a == null ? "null" : a.code() + ":" + a.text();
    }

    static String actor(Row a) {
        return a == null ? "null" : a.getAs("code") + ":" + a.getAs("text");
    }
}
