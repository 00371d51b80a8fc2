package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the dashboard's panels count, over the crisis corpus: a series bar and the list behind it are the same events
 * (both directions, the modality, the period), the series axis is every period, and wildcard dyads mean what they say.
 */
class DrillDownTest {
    @TempDir
    static Path dir;
    static DyadServer server;
    static Http http;
    static List<JsonNode> all = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = DyadServer.create(new DyadServer.Options(CrisisCorpus.ingest(dir), "127.0.0.1", 0, null,
                Http.SHARED_CODER)).start();
        http = new Http(server.port());
        http.get("/api/events?size=500").json().get("events").forEach(all::add);
        assertEquals(10, all.size());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static String end(String period, String by) {
        LocalDate start = LocalDate.parse(by.equals("month") ? period + "-01" : period);
        return switch (by) {
            case "week" -> start.plusDays(6).toString();
            case "month" -> start.plusMonths(1).minusDays(1).toString();
            default -> start.toString();
        };
    }

    @ParameterizedTest(name = "{0} by {1}, modality {2}")
    @CsvSource(nullValues = "any", value = {
        "RUS:UKR, week, any", "RUS:UKR, week, asserted", "RUS:UKR, month, any", "RUS:UKR, day, asserted", "RUS:UKR, month, asserted",
        "RUS>UKR, week, any", "UKR>RUS, month, any", "USA:UKR, day, any", "RUS:*, week, any", "*:USA, month, asserted",
    })
    void theEventsListedForABarAreExactlyTheEventsItCounts(String dyad, String by, String modality) throws Exception {
        String m = modality == null ? "" : "&modality=" + modality;
        String d = dyad.replace(">", "%3E");
        JsonNode points = http.get("/api/series?dyad=" + d + "&by=" + by + m).json().get("points");
        int bars = 0, counted = 0;
        for (JsonNode p : points) {
            String period = p.get("period").asText();
            JsonNode list = http.get("/api/events?size=500&dyad=" + d + m + "&from="
                    + LocalDate.parse(by.equals("month") ? period + "-01" : period) + "&to=" + end(period, by)).json();
            assertEquals(p.get("events").asInt(), list.get("total").asInt(), dyad + " " + period);
            assertEquals(p.get("events").asInt(), list.get("events").size());
            if (p.get("events").asInt() > 0) bars++;
            counted += p.get("events").asInt();
        }
        assertTrue(bars > 0, "some bar to click");
        assertEquals(count(inDyad(dyad).and(e -> modality == null || e.get("modality").asText().equals(modality))),
                counted, "the bars together hold every event of the dyad");
    }

    @Test
    void bothDirectionsCountBothWaysAndOneDirectionOnlyOne() throws Exception {
        int both = http.get("/api/events?dyad=RUS:UKR").json().get("total").asInt();
        int there = http.get("/api/events?dyad=RUS%3EUKR").json().get("total").asInt();
        int back = http.get("/api/events?dyad=UKR%3ERUS").json().get("total").asInt();
        assertEquals(6, both, "RUSGOV>UKRMIL, RUS>UKR (denied), RUSMIL>UKR twice, UKRGOV>RUS, UKRMIL>RUSMIL");
        assertEquals(both, there + back);
        assertEquals(2, back);
    }

    @Test
    void wildcardDyadsTakeEveryEventOfTheActorOnEitherSide() throws Exception {
        for (String dyad : List.of("USA:*", "*:USA", "USA>*", "*>USA", "RUS:*")) {
            int total = http.get("/api/events?dyad=" + dyad.replace(">", "%3E")).json().get("total").asInt();
            assertEquals(count(inDyad(dyad)), total, dyad);
        }
        assertEquals(4, http.get("/api/events?dyad=USA:*").json().get("total").asInt(), "two as source, two as target");
        assertEquals(1, http.get("/api/events?dyad=*%3EUSA").json().get("total").asInt(), "Ukraine's appeal");
    }

    @Test
    void theSeriesAxisIsEveryPeriodWithEmptyOnesAtZero() throws Exception {
        JsonNode points = http.get("/api/series?dyad=RUS:UKR&by=week&from=2021-12-20&to=2022-03-06").json().get("points");
        // Monday 20 Dec 2021 to Monday 28 Feb 2022: eleven weeks, events in four of them.
        assertEquals(11, points.size());
        LocalDate monday = LocalDate.parse("2021-12-20");
        int empty = 0;
        for (JsonNode p : points) {
            assertEquals(monday.toString(), p.get("period").asText());
            monday = monday.plusWeeks(1);
            if (p.get("events").asInt() == 0) {
                empty++;
                assertTrue(p.get("goldstein_mean").isNull(), "no mean without events");
                assertEquals(0, p.get("material_conflict").asInt());
            }
        }
        assertEquals(7, empty);
        JsonNode days = http.get("/api/series?by=day").json().get("points");
        assertEquals("2021-12-27", days.get(0).get("period").asText(), "from the first event");
        assertEquals("2022-02-26", days.get(days.size() - 1).get("period").asText(), "to the last");
        assertEquals(62, days.size(), "every day between");
    }

    @Test
    void theOverviewSeriesCountsEveryEventTheFiltersTake() throws Exception {
        int sum = 0;
        for (JsonNode p : http.get("/api/series?by=month").json().get("points")) sum += p.get("events").asInt();
        assertEquals(all.size(), sum);
        int conflict = 0;
        for (JsonNode p : http.get("/api/series?by=month&quad=4").json().get("points")) {
            conflict += p.get("events").asInt();
            assertEquals(p.get("events").asInt(), p.get("material_conflict").asInt());
        }
        assertEquals(count(e -> e.get("quad_class").asInt() == 4), conflict);
        int threats = 0;
        for (JsonNode p : http.get("/api/series?by=month&cameo=13").json().get("points")) threats += p.get("events").asInt();
        assertEquals(1, threats);
    }

    @Test
    void theBusiestDyadsCountBothDirectionsAndClickThroughToTheSameEvents() throws Exception {
        JsonNode dyads = http.get("/api/dyads?level=country").json().get("dyads");
        JsonNode top = dyads.get(0);
        assertEquals("RUS:UKR", top.get("dyad").asText());
        assertEquals(6, top.get("events").asInt());
        assertEquals(4, top.get("a_to_b").asInt());
        assertEquals(2, top.get("b_to_a").asInt());
        for (JsonNode d : dyads) {
            assertEquals(d.get("events").asInt(), http.get("/api/events?dyad=" + d.get("dyad").asText()).json()
                    .get("total").asInt(), d.get("dyad").asText());
        }
        JsonNode asserted = http.get("/api/dyads?level=country&modality=asserted").json().get("dyads").get(0);
        assertEquals(5, asserted.get("events").asInt(), "the denied assault is not counted");
    }

    @Test
    void eventsComeNewestFirstWithTheirStoryAddress() throws Exception {
        JsonNode events = http.get("/api/events").json().get("events");
        assertEquals("2022-02-26", events.get(0).get("date").asText());
        assertEquals("2021-12-27", events.get(events.size() - 1).get("date").asText());
        assertTrue(events.get(0).get("url").asText().startsWith("https://news.example/"));
    }

    @Test
    void namesSayWhatCodesMean() throws Exception {
        JsonNode names = http.get("/api/names").json();
        assertEquals("Russia", names.get("actors").get("RUS").asText());
        assertEquals("government", names.get("roles").get("GOV").asText());
        assertTrue(names.get("cameo").get("190").asText().toLowerCase().contains("force"), names.get("cameo").get("190").asText());
    }

    static Predicate<JsonNode> inDyad(String spec) {
        boolean both = spec.contains(":");
        String[] p = spec.split(both ? ":" : ">");
        Predicate<JsonNode> one = e -> side(e.get("source"), p[0]) && side(e.get("target"), p[1]);
        if (!both) return one;
        return one.or(e -> side(e.get("source"), p[1]) && side(e.get("target"), p[0]));
    }

    static boolean side(JsonNode actor, String code) {
        if (code.equals("*")) return true;
        return actor != null && !actor.isNull() && actor.get("code").asText().startsWith(code);
    }

    static int count(Predicate<JsonNode> p) {
        return (int) all.stream().filter(p).count();
    }
}
