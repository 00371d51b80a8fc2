package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over the crisis corpus, on a loopback server started on a free port. */
class ApiTest {
    @TempDir
    static Path dir;
    static DyadServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        Path db = CrisisCorpus.ingest(dir);
        server = DyadServer.create(new DyadServer.Options(db, "127.0.0.1", 0, null, Http.SHARED_CODER)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void healthSaysTheStoreIsOpenAndHowManyEventsItHolds() throws Exception {
        JsonNode h = http.get("/api/health").json();
        assertEquals("ok", h.get("status").asText());
        assertTrue(h.get("store").asBoolean());
        // Twelve coded events, but the wire copy repeats two of them: ten distinct events.
        assertEquals(10, h.get("events").asInt());
    }

    @Test
    void eventsFilterByActorPrefixAsDyadEventsDoes() throws Exception {
        JsonNode page = http.get("/api/events?source=RUS").json();
        assertEquals(4, page.get("total").asInt(), "RUSGOV, RUS and RUSMIL all start with RUS");
        for (JsonNode e : page.get("events")) assertTrue(e.get("source").get("code").asText().startsWith("RUS"));
    }

    @Test
    void eventsFilterByCameoRootModalityAndWords() throws Exception {
        assertEquals(3, http.get("/api/events?cameo=19").json().get("total").asInt(), "190 twice and 193");
        JsonNode negated = http.get("/api/events?modality=negated").json();
        assertEquals(1, negated.get("total").asInt());
        assertEquals("Russia denied plans for an assault on Ukraine.", negated.get("events").get(0).get("text").asText());
        assertEquals(1, http.get("/api/events?text=GENEVA").json().get("total").asInt());
        assertEquals(2, http.get("/api/events?plover=assault&modality=asserted").json().get("total").asInt());
        assertEquals(2, http.get("/api/events?from=2022-02-25&to=2022-02-26").json().get("total").asInt());
    }

    @Test
    void eventsCarryTheOutputContractFieldsAndHowOftenTheyWereReported() throws Exception {
        JsonNode e = http.get("/api/events?cameo=072").json().get("events").get(0);
        for (String field : List.of("doc", "sentence", "text", "span", "source", "target", "cameo", "goldstein",
                "quad_class", "plover", "date", "date_basis", "modality", "location")) {
            assertTrue(e.has(field), field);
        }
        assertEquals("USA", e.get("source").get("code").asText());
        assertEquals(8.3, e.get("goldstein").asDouble(), 1e-9);
        assertEquals(2, e.get("quad_class").asInt());
        assertEquals("AID", e.get("plover").get("type").asText());
        assertEquals(2, e.get("num_mentions").asInt(), "the wire copy reports it again");
        assertEquals(2, e.get("num_sources").asInt());
    }

    @Test
    void eventsPageAndSortWithoutOverlap() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            JsonNode p = http.get("/api/events?size=3&sort=-date&page=" + page).json();
            assertEquals(10, p.get("total").asInt());
            for (JsonNode e : p.get("events")) seen.add(e.get("id").asText());
        }
        assertEquals(10, seen.size());
        assertEquals(10, seen.stream().distinct().count());
        JsonNode worst = http.get("/api/events?sort=goldstein&size=1").json().get("events").get(0);
        assertEquals(-10.0, worst.get("goldstein").asDouble());
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/events?from=last%20Monday|from",
        "/api/events?from=2022-02-01&to=2022-01-01|to",
        "/api/events?size=501|size",
        "/api/events?size=ten|size",
        "/api/events?page=0|page",
        "/api/events?sort=id;DROP%20TABLE%20events|sort",
        "/api/events?source=RUS'%20OR%201=1|source",
        "/api/events?cameo=threat|cameo",
        "/api/events?modality=probably|modality",
        "/api/series?dyad=RUS:*:UKR|dyad",
        "/api/events?dyad=RUS|dyad",
        "/api/series?quad=5|quad",
        "/api/dyads?level=region|level",
        "/api/series?dyad=RUS-UKR|dyad",
        "/api/series?dyad=RUS:UKR&by=year|by",
        "/api/actors?limit=100000|limit",
        "/api/actors?level=region|level",
        "/api/export?format=xlsx|format",
        "/api/export?dyad=RUS|dyad",
        "/api/export?one_a_day=maybe|one_a_day",
    })
    void malformedParametersGetA400NamingTheParameter(String path, String parameter) throws Exception {
        Http.Reply r = http.get(path);
        assertEquals(400, r.status(), r.body());
        assertEquals(parameter, r.json().get("parameter").asText());
        assertFalse(r.body().contains("Exception"), "no stack trace: " + r.body());
        assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void seriesCountsEachQuadClassPerMonthForBothDirections() throws Exception {
        JsonNode s = http.get("/api/series?dyad=RUS:UKR&by=month").json();
        JsonNode points = s.get("points");
        assertEquals(3, points.size());
        assertEquals("2021-12", points.get(0).get("period").asText());
        assertEquals(1, points.get(0).get("verbal_conflict").asInt(), "the accusation");
        JsonNode january = points.get(1);
        assertEquals(3, january.get("events").asInt(), "denied assault, drills, Kyiv's call for talks");
        assertEquals(1, january.get("verbal_coop").asInt());
        assertEquals(2, january.get("material_conflict").asInt());
        JsonNode february = points.get(2);
        assertEquals(2, february.get("material_conflict").asInt(), "the attack and the fighting near Kyiv");
        assertEquals(-10.0, february.get("goldstein_mean").asDouble(), 1e-9);
    }

    @Test
    void seriesInOneDirectionAndOnlyWhatWasAsserted() throws Exception {
        JsonNode points = http.get("/api/series?dyad=RUS%3EUKR&by=month&modality=asserted").json().get("points");
        assertEquals(3, points.size());
        assertEquals(1, points.get(1).get("events").asInt(), "the drills; the denied assault did not happen");
    }

    @Test
    void actorNetworkFoldsCodesToCountries() throws Exception {
        JsonNode net = http.get("/api/actors?level=country").json();
        JsonNode rusUkr = null;
        for (JsonNode e : net.get("edges")) {
            if (e.get("source").asText().equals("RUS") && e.get("target").asText().equals("UKR")) rusUkr = e;
        }
        assertTrue(rusUkr != null, net.toString());
        assertEquals(4, rusUkr.get("events").asInt());
        assertEquals((-2.0 - 10.0 - 7.2 - 10.0) / 4, rusUkr.get("goldstein_mean").asDouble(), 1e-3);
        List<String> codes = new ArrayList<>();
        for (JsonNode a : net.get("actors")) codes.add(a.get("code").asText());
        assertEquals(List.of("RUS", "UKR", "USA"), codes);
    }

    @Test
    void actorNetworkForAPeriodOnly() throws Exception {
        JsonNode net = http.get("/api/actors?from=2022-02-24&to=2022-02-28").json();
        assertEquals(4, net.get("edges").size(), "the attack, the appeal for aid, the weapons and the fighting");
    }

    @Test
    void documentMarksEachEventSentenceAndItsActors() throws Exception {
        JsonNode doc = http.get("/api/documents/invasion").json();
        String text = doc.get("text").asText();
        assertEquals("Russia attacks Ukraine", doc.get("title").asText());
        JsonNode attack = doc.get("events").get(0);
        int b = attack.get("span").get(0).asInt(), e = attack.get("span").get(1).asInt();
        assertEquals(CrisisCorpus.ATTACK_SENTENCE, text.substring(b, e));
        JsonNode source = attack.get("source").get("span");
        assertEquals("Russian forces", text.substring(source.get(0).asInt(), source.get(1).asInt()));
        JsonNode target = attack.get("target").get("span");
        assertEquals("Ukraine", text.substring(target.get(0).asInt(), target.get(1).asInt()));
    }

    @Test
    void aWireCopyShowsTheEventsItRepeats() throws Exception {
        JsonNode doc = http.get("/api/documents/us-weapons-copy").json();
        assertEquals(2, doc.get("events").size());
        assertEquals("Daily C", doc.get("source").asText());
    }

    @Test
    void unknownDocumentsAndEndpointsAre404Json() throws Exception {
        Http.Reply r = http.get("/api/documents/no-such-story");
        assertEquals(404, r.status());
        assertEquals("id", r.json().get("parameter").asText());
        Http.Reply e = http.get("/api/nothing-here");
        assertEquals(404, e.status());
        assertTrue(e.json().get("error").asText().contains("/api/nothing-here"));
    }

    @Test
    void theExportHoldsExactlyTheEventsTheListPagesThrough() throws Exception {
        for (String q : List.of("dyad=RUS:UKR&modality=asserted", "dyad=RUS%3EUKR", "dyad=USA:*&from=2022-02-01",
                "cameo=19&quad=4", "text=ukraine&source=ukr", "")) {
            JsonNode page = http.get("/api/events?size=500&sort=date&" + q).json();
            List<Long> listed = new java.util.ArrayList<>();
            for (JsonNode e : page.get("events")) listed.add(e.get("id").asLong());
            Http.Reply csv = http.get("/api/export?format=csv&" + q);
            assertEquals(200, csv.status(), csv.body());
            assertTrue(csv.raw().headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertTrue(csv.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertEquals(String.valueOf(page.get("total").asInt()), csv.raw().headers().firstValue("X-Dyad-Events").orElse(""));
            List<String> lines = csv.body().lines().toList();
            assertTrue(lines.get(0).startsWith("id,date,"), lines.get(0));
            List<Long> exported = lines.stream().skip(1).map(l -> Long.parseLong(l.substring(0, l.indexOf(',')))).toList();
            assertEquals(listed, exported, q);
            Http.Reply jsonl = http.get("/api/export?format=plover-jsonl&" + q);
            List<String> objects = jsonl.body().lines().toList();
            assertEquals(listed.size(), objects.size(), q);
            for (int i = 0; i < objects.size(); i++) {
                assertEquals("dyad-" + listed.get(i), Http.JSON.readTree(objects.get(i)).get("id").asText());
            }
        }
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode api = http.get("/api/openapi.json").json();
        assertEquals("3.0.3", api.get("openapi").asText());
        for (String path : List.of("/api/events", "/api/series", "/api/actors", "/api/documents/{id}", "/api/code", "/api/health",
                "/api/export", "/api/dyads", "/api/names")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    @Test
    void theDashboardStaysUnder150KbCompressed() throws Exception {
        long compressed = 0;
        for (String file : List.of("/", "/app.js", "/style.css")) {
            Http.Reply r = http.get(file);
            assertEquals(200, r.status(), file);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
                gz.write(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            compressed += bytes.size();
        }
        assertTrue(compressed < 150_000, compressed + " bytes compressed");
    }

    @Test
    void theDashboardIsServedBySameProcess() throws Exception {
        Http.Reply page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Code a text"));
        assertEquals(200, http.get("/app.js").status());
        assertTrue(page.raw().headers().firstValue("Content-Security-Policy").isPresent());
    }
}
