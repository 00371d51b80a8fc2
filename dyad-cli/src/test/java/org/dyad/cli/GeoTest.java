package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.geo.GeoNames;
import org.dyad.core.geo.GeoParser;
import org.dyad.core.geo.Toponym;
import org.dyad.core.model.Event;
import org.dyad.nlp.NerSentences;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Place names that only the story's context resolves, through CoreNLP and the GeoNames gazetteer. Skipped, with
 * a message, when the gazetteer is not installed (scripts/fetch-geonames).
 */
class GeoTest {
    static GeoParser parser;

    @BeforeAll
    static void gazetteer() {
        Assumptions.assumeTrue(GeoNames.shared().isPresent(),
                "GeoNames gazetteer not in " + GeoNames.defaultDir() + ": run scripts/fetch-geonames to run these tests");
        parser = new GeoParser(GeoNames.shared().get());
    }

    static Toponym first(String text, String name) {
        for (Toponym t : parser.parse(text, NerSentences.annotate(text))) {
            assertEquals(t.name(), text.substring(t.start(), t.end()), "offsets index the text as given");
            if (t.name().equals(name)) return t;
        }
        throw new AssertionError(name + " not found in: " + parser.parse(text, NerSentences.annotate(text)));
    }

    static String admin1(String text, String name) {
        Toponym t = first(text, name);
        assertNotNull(t.place(), t.toString());
        return t.place().country3() + "/" + t.place().admin1Name();
    }

    @Test
    void portlandIsTheOneTheStorySays() {
        assertEquals("USA/Maine", admin1("Fishermen gathered at the docks in Portland on Friday. The Maine governor"
                + " promised help for the lobster fleet.", "Portland"));
        assertEquals("USA/Oregon", admin1("Demonstrators marched through Portland, Ore., late on Sunday.", "Portland"));
        assertEquals("USA/Oregon", admin1("Demonstrators marched through Portland, Oregon, late on Sunday. Later,"
                + " police in Portland cleared the bridge.", "Portland").replace("USA/Oregon", "USA/Oregon"));
    }

    @Test
    void georgiaIsACountryOrAStateByItsNeighbours() {
        Toponym country = first("Georgian police detained dozens of protesters in Tbilisi. Georgia's prime minister"
                + " defended the arrests.", "Georgia");
        assertEquals("GEO", country.place().country3());
        assertTrue(country.place().isCountry());
        assertEquals("USA/Georgia", admin1("Lawmakers in Atlanta passed the budget on Thursday. Georgia's governor is"
                + " expected to sign it.", "Georgia"));
        assertEquals("GEO", first("Georgian troops left the base.", "Georgian").place().country3());
    }

    @Test
    void alexandriaIsInEgyptOrVirginia() {
        assertEquals("EGY", first("Fishermen in Alexandria protested new rules. Egypt's coastguard said the boats"
                + " had left Port Said.", "Alexandria").place().country3());
        assertEquals("USA/Virginia", admin1("The trial opened in Alexandria, Va., on Monday.", "Alexandria"));
        assertEquals("USA/Virginia", admin1("The council of Arlington met on Monday. Alexandria's mayor said Virginia"
                + " would pay for the road.", "Alexandria"));
    }

    @Test
    void aDatelineIsMarkedAndSetsTheScene() {
        Toponym dateline = first("SPRINGFIELD, Ill. (AP) — Lawmakers met late on Tuesday.", "SPRINGFIELD");
        assertTrue(dateline.dateline());
        assertEquals("Illinois", dateline.place().admin1Name());
    }

    @Test
    void eventsArePlacedByClauseTargetOrDateline() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        List<Event> clause = Coding.code("Chinese and American diplomats held talks in Portland, Maine, on Saturday.", day);
        assertTrue(clause.stream().anyMatch(e -> e.location() != null && "clause".equals(e.location().basis())
                && "Maine".equals(e.location().admin1())), clause.toString());
        List<Event> dateline = Coding.code("KHARKIV, Ukraine (AP) — Russia attacked Ukraine again on Thursday.", day);
        assertTrue(dateline.stream().anyMatch(e -> e.location() != null && "dateline".equals(e.location().basis())
                && "Kharkiv".equals(e.location().name())), dateline.toString());
    }

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path dir;

    @Test
    void anIngestedPlaceFillsGdeltsActionGeoColumns() throws Exception {
        java.nio.file.Path input = dir.resolve("places.jsonl");
        java.nio.file.Files.writeString(input,
                "{\"id\": \"portland\", \"date\": \"2024-05-04\", \"text\": \"Chinese and American diplomats held talks"
                        + " in Portland, Maine, on Saturday.\"}\n"
                        + "{\"id\": \"kharkiv\", \"date\": \"2024-05-02\", \"text\": \"KHARKIV, Ukraine (AP) \u2014 Russia"
                        + " attacked Ukraine again on Thursday.\"}\n");
        java.nio.file.Path db = dir.resolve("places.duckdb");
        CodeCommandTest.Run ingest = CodeCommandTest.run("ingest", "--db", db.toString(), "--quiet", input.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        CodeCommandTest.Run export = CodeCommandTest.run("export", "--db", db.toString(), "--format", "gdelt-csv");
        assertEquals(0, export.exit(), export.err());
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(export.out())).getRecords();
        org.apache.commons.csv.CSVRecord portland = rows.stream()
                .filter(r -> r.get("ActionGeo_FullName").equals("Portland")).findFirst()
                .orElseThrow(() -> new AssertionError(export.out()));
        assertEquals("3", portland.get("ActionGeo_Type"), "a US city");
        assertEquals("US", portland.get("ActionGeo_CountryCode"));
        assertEquals("USME", portland.get("ActionGeo_ADM1Code"));
        assertEquals(43.66, Double.parseDouble(portland.get("ActionGeo_Lat")), 0.1);
        assertEquals(-70.26, Double.parseDouble(portland.get("ActionGeo_Long")), 0.1);
        assertEquals(String.valueOf(GeoNames.shared().get().candidates("Portland").stream()
                .filter(p -> "Maine".equals(p.admin1Name()) && p.featureClass() == 'P')
                .max(java.util.Comparator.comparingLong(org.dyad.core.geo.GeoPlace::population)).orElseThrow().geonameid()),
                portland.get("ActionGeo_FeatureID"));
        org.apache.commons.csv.CSVRecord kharkiv = rows.stream()
                .filter(r -> r.get("ActionGeo_FullName").equals("Kharkiv")).findFirst()
                .orElseThrow(() -> new AssertionError(export.out()));
        assertEquals("4", kharkiv.get("ActionGeo_Type"), "a city outside the US");
        assertEquals("UP", kharkiv.get("ActionGeo_CountryCode"), "FIPS for Ukraine");
        assertTrue(kharkiv.get("ActionGeo_ADM1Code").matches("UP\\w+"), kharkiv.get("ActionGeo_ADM1Code"));
        assertTrue(kharkiv.get("ActionGeo_FeatureID").matches("\\d+"), kharkiv.get("ActionGeo_FeatureID"));

        // The stored events read back as dyad code wrote them: country ISO-3 (= CAMEO), the GeoNames fields, why.
        CodeCommandTest.Run events = CodeCommandTest.run("events", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, events.exit(), events.err());
        com.fasterxml.jackson.databind.JsonNode place = events.events().stream().map(e -> e.get("location"))
                .filter(l -> l != null && "Portland".equals(l.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(events.out()));
        assertEquals("USA", place.get("country").asText());
        assertEquals("Maine", place.get("admin1").asText());
        assertEquals(portland.get("ActionGeo_FeatureID"), place.get("geonameid").asText());
        assertEquals("clause", place.get("basis").asText());
    }
}
