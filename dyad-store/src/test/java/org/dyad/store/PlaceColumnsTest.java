package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event's place in the store and its exports: the GeoNames fields are stored, GDELT's ActionGeo columns are
 * filled from them by GDELT's conventions, and stores written before these columns still open.
 */
class PlaceColumnsTest {
    @TempDir
    Path dir;

    static final LocalDate DAY = LocalDate.of(2024, 5, 2);

    // Places as the geoparser gives them (docs/GEO.md): GeoNames id, ISO-3, division name and code, feature code.
    static final Location PORTLAND = new Location("Portland", "USA", 43.66, -70.26, 4975802, "Maine", "ME", "PPLA2", "clause");
    static final Location KHARKIV = new Location("Kharkiv", "UKR", 49.98, 36.25, 706483, "Kharkiv", "07", "PPLA", "target");
    static final Location UKRAINE = new Location("Ukraine", "UKR", 49.0, 32.0, 690791, null, null, "PCLI", "clause");
    static final Location TEXAS = new Location("Texas", "USA", 31.25, -99.25, 4736286, "Texas", "TX", "ADM1", "clause");
    static final Location PUNJAB = new Location("Punjab", "PAK", 30.5, 72.5, 1167710, "Punjab", "04", "ADM1", "clause");
    static final Location RAFAH = new Location("Rafah", "PSE", 31.29, 34.25, 281102, "Gaza Strip", "GZ", "PPLA", "dateline");
    /** From the built-in gazetteer: no GeoNames fields. */
    static final Location GENEVA = new Location("Geneva", "CHE", 46.20, 6.14);

    static Event event(String doc, int sentence, String source, String target, String cameo, Location where) {
        return new Event(doc, sentence, "sentence " + sentence, 0, 10, new Actor(source, source), new Actor(target, target),
                CameoCatalog.builtIn().get(cameo), new PloverType("ATTACK", null), DAY, DateBasis.DOCUMENT, "day",
                Modality.ASSERTED, where);
    }

    static void store(EventStore store, String id, String text, List<Event> events) throws SQLException {
        Document d = new Document(id, DAY, text, id, "https://example.org/" + id, "pub", id);
        store.store(new EventStore.Ingestion(d, EventStore.contentHash(d), 1, 1, events, List.of()));
    }

    /** GDELT rows by their Actor1Code, each a map of column to value. */
    static Map<String, CSVRecord> gdelt(EventStore store) throws Exception {
        StringWriter out = new StringWriter();
        new Exporter(store).write(Exporter.Format.GDELT_CSV, EventFilter.ALL, false, out);
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString()))) {
            assertEquals(61, r.size());
            rows.put(r.get("Actor1Code"), r);
        }
        return rows;
    }

    private EventStore filled() throws SQLException {
        EventStore store = EventStore.open(dir.resolve("places.duckdb"));
        // Each event a different source, so the GDELT rows can be told apart.
        store(store, "a", "Protesters clashed with police in Portland, Maine, on Thursday.", List.of(
                event("a", 0, "USAOPP", "USACOP", "145", PORTLAND),
                event("a", 1, "RUSMIL", "UKR", "190", KHARKIV),
                event("a", 2, "RUS", "UKR", "190", UKRAINE),
                event("a", 3, "USAGOV", "USA", "010", TEXAS),
                event("a", 4, "PAKGOV", "PAK", "010", PUNJAB),
                event("a", 5, "ISRMIL", "PSE", "190", RAFAH),
                event("a", 6, "CHEGOV", "USA", "040", GENEVA),
                event("a", 7, "FRAGOV", "DEU", "040", null)));
        return store;
    }

    @Test
    void theStoreKeepsThePlacesGeoNamesFields() throws Exception {
        try (EventStore store = filled()) {
            List<Location> back = new ArrayList<>();
            new Queries(store).events(EventFilter.ALL, 0, e -> back.add(e.event().location()));
            assertTrue(back.contains(PORTLAND), back.toString());
            assertTrue(back.contains(RAFAH), back.toString());
            assertTrue(back.contains(GENEVA), back.toString());
            assertTrue(back.contains(null), back.toString());
        }
    }

    @Test
    void gdeltActionGeoFollowsGdeltsConventions() throws Exception {
        try (EventStore store = filled()) {
            Map<String, CSVRecord> g = gdelt(store);
            CSVRecord portland = g.get("USAOPP");
            assertEquals("3", portland.get("ActionGeo_Type"), "a US city");
            assertEquals("Portland", portland.get("ActionGeo_FullName"));
            assertEquals("US", portland.get("ActionGeo_CountryCode"));
            assertEquals("USME", portland.get("ActionGeo_ADM1Code"));
            assertEquals("", portland.get("ActionGeo_ADM2Code"));
            assertEquals("43.66", portland.get("ActionGeo_Lat"));
            assertEquals("-70.26", portland.get("ActionGeo_Long"));
            assertEquals("4975802", portland.get("ActionGeo_FeatureID"));

            CSVRecord kharkiv = g.get("RUSMIL");
            assertEquals("4", kharkiv.get("ActionGeo_Type"), "a city outside the US");
            assertEquals("UP", kharkiv.get("ActionGeo_CountryCode"), "FIPS, not ISO's UA");
            assertEquals("UP07", kharkiv.get("ActionGeo_ADM1Code"));

            CSVRecord ukraine = g.get("RUS");
            assertEquals("1", ukraine.get("ActionGeo_Type"));
            assertEquals("UP", ukraine.get("ActionGeo_ADM1Code"), "a country's ADM1Code is its country code");
            assertEquals("690791", ukraine.get("ActionGeo_FeatureID"));

            assertEquals("2", g.get("USAGOV").get("ActionGeo_Type"), "a US state");
            assertEquals("USTX", g.get("USAGOV").get("ActionGeo_ADM1Code"));
            assertEquals("5", g.get("PAKGOV").get("ActionGeo_Type"), "a division outside the US");
            assertEquals("PK04", g.get("PAKGOV").get("ActionGeo_ADM1Code"));

            CSVRecord rafah = g.get("ISRMIL");
            assertEquals("GZ", rafah.get("ActionGeo_CountryCode"), "GDELT's Gaza Strip, not the West Bank's WE");
            assertEquals("GZ", rafah.get("ActionGeo_ADM1Code"));

            CSVRecord geneva = g.get("CHEGOV");
            assertEquals("", geneva.get("ActionGeo_Type"), "the built-in gazetteer gives no feature to type by");
            assertEquals("SZ", geneva.get("ActionGeo_CountryCode"));
            assertEquals("SZ", geneva.get("ActionGeo_ADM1Code"));
            assertEquals("", geneva.get("ActionGeo_FeatureID"));
            assertEquals("46.2", geneva.get("ActionGeo_Lat"));

            CSVRecord nowhere = g.get("FRAGOV");
            for (String col : List.of("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")) {
                assertEquals("", nowhere.get("ActionGeo_" + col), col + " of an event without a place");
            }
        }
    }

    @Test
    void gdeltRowsStayInDateOrderAfterTheCountryCodeJoin() throws Exception {
        try (EventStore store = filled()) {
            StringWriter out = new StringWriter();
            new Exporter(store).write(Exporter.Format.GDELT_CSV, EventFilter.ALL, false, out);
            List<String> ids = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(out.toString()))) ids.add(r.get("GlobalEventID"));
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), ids);
        }
    }

    @Test
    void ploverGivesThePlacesDivisionIdFeatureAndBasis() throws Exception {
        try (EventStore store = filled()) {
            StringWriter out = new StringWriter();
            new Exporter(store).write(Exporter.Format.PLOVER_JSONL, EventFilter.ALL, false, out);
            ObjectMapper json = new ObjectMapper();
            JsonNode portland = null;
            for (String line : out.toString().split("\n")) {
                JsonNode n = json.readTree(line);
                if (n.path("actor_code").asText().equals("USAOPP")) portland = n;
            }
            assertEquals("Portland", portland.path("place_name").asText());
            assertEquals("USA", portland.path("place_country").asText());
            assertEquals("Maine", portland.path("place_admin1").asText());
            assertEquals(4975802, portland.path("place_geonameid").asInt());
            assertEquals("PPLA2", portland.path("place_feature").asText());
            assertEquals("clause", portland.path("place_basis").asText());
            assertEquals(43.66, portland.path("latitude").asDouble(), 1e-9);
        }
    }

    /** A store file exactly as Dyad wrote it before schema 2, with one located event. */
    private Path oldStore() throws Exception {
        Path db = dir.resolve("old.duckdb");
        String ddl;
        try (InputStream in = getClass().getResourceAsStream("schema-v1.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";")) if (!sql.isBlank()) s.execute(sql);
            s.execute("INSERT INTO documents_t VALUES ('old', 1, 'h', DATE '2020-03-01', 'Old story', 'https://example.org/old',"
                    + " 'pub', 'old', 'Talks were held in Geneva.', 5, 1, 1, 1, 'old', 0)");
            s.execute("INSERT INTO events_t VALUES (1, 'k1', 'old', DATE '2020-03-01', 'document', 'day', 'USAGOV', 'US',"
                    + " 'RUSGOV', 'Russia', '040', 1.0, 1, 'CONSULT', NULL, 'asserted', 'Geneva', 'CHE', 46.2, 6.14,"
                    + " 'old', 0, 'Talks were held in Geneva.', 0, 26)");
            s.execute("INSERT INTO mentions_t VALUES (1, 'old', 0, 'Talks were held in Geneva.', 0, 26, 'US', 'Russia')");
        }
        return db;
    }

    @Test
    void aStoreWrittenBeforeThePlaceColumnsIsReadAndExportedReadOnly() throws Exception {
        Path db = oldStore();
        try (EventStore store = EventStore.openReadOnly(db)) {
            CSVRecord row = gdelt(store).get("USAGOV");
            assertEquals("Geneva", row.get("ActionGeo_FullName"));
            assertEquals("SZ", row.get("ActionGeo_CountryCode"));
            assertEquals("", row.get("ActionGeo_FeatureID"));
            List<Location> back = new ArrayList<>();
            new Queries(store).events(EventFilter.ALL, 0, e -> back.add(e.event().location()));
            assertEquals(List.of(GENEVA), back);
            StringWriter all = new StringWriter();
            assertEquals(1, new Exporter(store).write(Exporter.Format.CSV, EventFilter.ALL, false, all));
            assertTrue(all.toString().lines().findFirst().orElseThrow().contains("location_geonameid"));
        }
    }

    @Test
    void openingAnOldStoreForIngestAddsThePlaceColumnsAndKeepsItsEvents() throws Exception {
        Path db = oldStore();
        try (EventStore store = EventStore.open(db)) {
            store(store, "new", "Protesters clashed with police in Portland, Maine, on Thursday.",
                    List.of(event("new", 0, "USAOPP", "USACOP", "145", PORTLAND)));
            Map<String, CSVRecord> g = gdelt(store);
            assertEquals("Geneva", g.get("USAGOV").get("ActionGeo_FullName"));
            assertEquals("USME", g.get("USAOPP").get("ActionGeo_ADM1Code"));
        }
        try (Connection c = EventStore.connectReadOnly(db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM store_info_t WHERE key = 'schema_version'")) {
            r.next();
            assertEquals(String.valueOf(Schema.VERSION), r.getString(1));
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertEquals(List.of(), Schema.missingPlaceColumns(store.connection()));
            List<Location> back = new ArrayList<>();
            new Queries(store).events(EventFilter.ALL, 0, e -> back.add(e.event().location()));
            assertEquals(List.of(GENEVA, PORTLAND), back);
            assertNull(back.get(0).geonameid());
        }
    }
}
