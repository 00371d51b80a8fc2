package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.dyad.server.DyadServer;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad series} and {@code /api/series} of {@code dyad serve} give the same numbers for the same filter, period
 * by period, because both ask dyad-store's one series. The store is hand-coded (no CoreNLP): relations between
 * three countries over ten weeks, every modality, with a wire copy that makes an event twice mentioned.
 */
class SeriesParityTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path cliDb;
    static DyadServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        db = dir.resolve("parity.duckdb");
        CameoCatalog cameo = CameoCatalog.builtIn();
        PloverMapping plover = PloverMapping.builtIn();
        // (date, source, target, CAMEO, modality): a week apart at most, with gaps, both directions, wildcard-worthy.
        String[][] coded = {
            {"2024-04-01", "USAGOV", "RUSGOV", "1312", "asserted"}, {"2024-04-02", "RUS", "USA", "111", "asserted"},
            {"2024-04-03", "RUSMIL", "UKR", "190", "asserted"}, {"2024-04-03", "RUS", "UKR", "190", "negated"},
            {"2024-04-16", "UKRGOV", "USA", "042", "asserted"}, {"2024-04-17", "USA", "UKRMIL", "072", "planned"},
            {"2024-05-06", "RUSGOV", "USAGOV", "036", "hypothetical"}, {"2024-05-07", "USA", "RUS", "163", "asserted"},
            {"2024-05-07", "UKRMIL", "RUSMIL", "193", "asserted"}, {"2024-06-03", "RUS", "UKR", "195", "asserted"},
        };
        try (EventStore store = EventStore.open(db)) {
            for (int i = 0; i < coded.length; i++) {
                String[] c = coded[i];
                String sentence = "Report " + i + ": " + c[1] + " and " + c[2] + " (" + c[3] + ").";
                Event e = new Event("story-" + i, 0, sentence, 0, sentence.length(), new Actor(c[1], c[1]),
                        new Actor(c[2], c[2]), cameo.get(c[3]), plover.forCameo(c[3]), LocalDate.parse(c[0]),
                        DateBasis.DOCUMENT, "day", Modality.valueOf(c[4].toUpperCase()), null);
                store.store(ingestion("story-" + i, c[0], "Story number " + i + " tells of " + sentence + " Nothing else.", e));
            }
            // A wire copy of story 7 from another outlet: the same event, a second mention.
            String[] c = coded[7];
            String sentence = "Report 7: " + c[1] + " and " + c[2] + " (" + c[3] + ").";
            Event copy = new Event("story-7-copy", 0, sentence, 0, sentence.length(), new Actor(c[1], c[1]),
                    new Actor(c[2], c[2]), cameo.get(c[3]), plover.forCameo(c[3]), LocalDate.parse(c[0]),
                    DateBasis.DOCUMENT, "day", Modality.ASSERTED, null);
            store.store(ingestion("story-7-copy", c[0], "Story number 7 tells of " + sentence + " Nothing else.", copy));
        }
        // DuckDB lets one process hold a file under one configuration only, and the server's differs (one thread
        // per query): the command line reads a byte-for-byte copy of the same store.
        cliDb = dir.resolve("parity-cli.duckdb");
        java.nio.file.Files.copy(db, cliDb);
        server = DyadServer.create(DyadServer.Options.loopback(db, 0)).start();
    }

    static EventStore.Ingestion ingestion(String id, String date, String text, Event e) {
        Document d = new Document(id, LocalDate.parse(date), text, id, "https://news.example/" + id, "Outlet " + id, id);
        return new EventStore.Ingestion(d, EventStore.contentHash(d), 1, 1, List.of(e), List.of());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** The API's answer for these parameters, as CSV-like rows keyed by column. */
    static List<Map<String, String>> api(Map<String, String> params) throws Exception {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/series" + q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode p : JSON.readTree(r.body()).get("points")) {
            Map<String, String> row = new LinkedHashMap<>();
            p.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().isNull() ? "" : f.getValue().asText()));
            rows.add(row);
        }
        return rows;
    }

    /** {@code dyad series} for the same parameters, as options of the same names. */
    static List<Map<String, String>> cli(Map<String, String> params) throws Exception {
        List<String> args = new ArrayList<>(List.of("series", "--db", cliDb.toString(), "--format", "csv"));
        // The server takes every modality when none is given; the command line takes asserted, so say "all".
        if (!params.containsKey("modality")) args.addAll(List.of("--modality", "all"));
        params.forEach((k, v) -> args.addAll(List.of("--" + k, v)));
        CodeCommandTest.Run run = CodeCommandTest.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords()) {
            rows.add(new LinkedHashMap<>(r.toMap()));
        }
        return rows;
    }

    static final List<String> COLUMNS = List.of("period", "events", "verbal_coop", "material_coop", "verbal_conflict",
            "material_conflict", "goldstein_sum", "goldstein_mean", "mentions");

    static void sameSeries(Map<String, String> params) throws Exception {
        List<Map<String, String>> fromApi = api(params);
        List<Map<String, String>> fromCli = cli(params);
        assertTrue(!fromApi.isEmpty(), params + ": an empty series proves nothing");
        assertEquals(fromApi.size(), fromCli.size(), params + ": periods");
        for (int i = 0; i < fromApi.size(); i++) {
            for (String c : COLUMNS) {
                String a = fromApi.get(i).get(c), b = fromCli.get(i).get(c);
                if (c.startsWith("goldstein") && !a.isEmpty()) {
                    assertEquals(Double.parseDouble(a), Double.parseDouble(b), 1e-9, params + " " + fromApi.get(i).get("period") + " " + c);
                } else {
                    assertEquals(a, b, params + " " + fromApi.get(i).get("period") + " " + c);
                }
            }
        }
    }

    @Test
    void bothDirectionsByWeekInEveryModality() throws Exception {
        sameSeries(Map.of("dyad", "USA:RUS", "by", "week"));
        sameSeries(Map.of("dyad", "RUS:UKR", "by", "week", "modality", "asserted"));
    }

    @Test
    void oneDirectionAndWildcardsByDayAndMonth() throws Exception {
        sameSeries(Map.of("dyad", "RUS>UKR", "by", "day"));
        sameSeries(Map.of("dyad", "USA:*", "by", "month"));
        sameSeries(Map.of("dyad", "*>USA", "by", "week", "modality", "asserted"));
    }

    @Test
    void theOverviewAndTheOtherFiltersWithAPeriodWiderThanTheEvents() throws Exception {
        sameSeries(new LinkedHashMap<>(Map.of("by", "month", "from", "2024-03-15", "to", "2024-07-31")));
        sameSeries(Map.of("by", "week", "quad", "4"));
        sameSeries(Map.of("by", "week", "cameo", "19", "source", "rus"));
        sameSeries(Map.of("by", "day", "text", "report", "plover", "accuse", "from", "2024-04-01", "to", "2024-04-10"));
    }

    @Test
    void theWireCopyIsCountedOnceAndMentionedTwiceInBoth() throws Exception {
        List<Map<String, String>> may = api(Map.of("dyad", "USA>RUS", "by", "month", "from", "2024-05-01", "to", "2024-05-31"));
        assertEquals("1", may.get(0).get("events"));
        assertEquals("2", may.get(0).get("mentions"));
        sameSeries(Map.of("dyad", "USA>RUS", "by", "month", "from", "2024-05-01", "to", "2024-05-31"));
    }
}
