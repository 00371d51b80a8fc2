package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one event filter every command and endpoint asks through, on six hand-coded events: dyads both ways, one
 * way and with a wildcard, modality, QuadClass, CAMEO, text and period; the zero-filled series; pages; and that
 * the export of a filter holds exactly the events the filter lists.
 */
class QueriesTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static Queries queries;

    private static final CameoCatalog CAMEO = CameoCatalog.builtIn();
    private static final PloverMapping PLOVER = PloverMapping.builtIn();

    /** The events, numbered as the tests below name them (n is the sentence's text, so a test can see which). */
    @BeforeAll
    static void fill() throws Exception {
        Path db = dir.resolve("q.duckdb");
        try (EventStore w = EventStore.open(db)) {
            String jan = "The White House threatened Moscow with sanctions. Russian troops attacked Ukraine.";
            w.store(story("january", "2025-01-06", jan,
                    coded("january", jan, "The White House threatened Moscow with sanctions.", "USAGOV", "RUSGOV", "1312", "2025-01-06", Modality.ASSERTED),
                    coded("january", jan, "Russian troops attacked Ukraine.", "RUSMIL", "UKR", "190", "2025-01-07", Modality.ASSERTED)));
            String mar = "Moscow criticized Washington. Moscow denied it would meet Washington. "
                    + "Kyiv's foreign minister visited the United States. Officials plan to send weapons to Kyiv's army.";
            w.store(story("march", "2025-03-03", mar,
                    coded("march", mar, "Moscow criticized Washington.", "RUS", "USA", "111", "2025-03-03", Modality.ASSERTED),
                    coded("march", mar, "Moscow denied it would meet Washington.", "RUS", "USA", "036", "2025-03-04", Modality.NEGATED),
                    coded("march", mar, "Kyiv's foreign minister visited the United States.", "UKRGOV", "USA", "042", "2025-03-03", Modality.ASSERTED),
                    coded("march", mar, "Officials plan to send weapons to Kyiv's army.", "USA", "UKRMIL", "072", "2025-03-05", Modality.PLANNED)));
        }
        store = EventStore.openReadOnly(db);
        queries = new Queries(store);
    }

    @AfterAll
    static void close() throws Exception {
        if (store != null) store.close();
    }

    private static EventStore.Ingestion story(String id, String date, String text, Event... events) {
        Document d = new Document(id, LocalDate.parse(date), text, id, "https://news.example/" + id, "Wire " + id, id);
        return new EventStore.Ingestion(d, EventStore.contentHash(d), events.length, events.length, List.of(events), List.of());
    }

    private static Event coded(String id, String doc, String sentence, String source, String target, String cameo, String date,
                               Modality modality) {
        int begin = doc.indexOf(sentence);
        return new Event(id, 0, sentence, begin, begin + sentence.length(),
                new Actor(source, source), new Actor(target, target), CAMEO.get(cameo), PLOVER.forCameo(cameo),
                LocalDate.parse(date), DateBasis.TEXT, "day", modality, null);
    }

    /** The sentences of the events the filter lists. */
    static Set<String> listed(EventFilter filter) throws Exception {
        Set<String> out = new TreeSet<>();
        queries.events(filter, 0, e -> out.add(e.event().text()));
        assertEquals(out.size(), queries.count(filter), "count agrees with the list");
        return out;
    }

    static final String THREAT = "The White House threatened Moscow with sanctions.";
    static final String ATTACK = "Russian troops attacked Ukraine.";
    static final String CRITICISM = "Moscow criticized Washington.";
    static final String DENIAL = "Moscow denied it would meet Washington.";
    static final String VISIT = "Kyiv's foreign minister visited the United States.";
    static final String WEAPONS = "Officials plan to send weapons to Kyiv's army.";

    static EventFilter dyad(String spec) {
        return EventFilter.ALL.withDyad(Dyad.parse(spec));
    }

    @Test
    void aDyadWithAColonTakesBothDirectionsAndWithAnArrowOnlyOne() throws Exception {
        assertEquals(Set.of(THREAT, CRITICISM, DENIAL), listed(dyad("USA:RUS")));
        assertEquals(Set.of(THREAT, CRITICISM, DENIAL), listed(dyad("rus:usa")), "either order, any case");
        assertEquals(Set.of(THREAT), listed(dyad("USA>RUS")));
        assertEquals(Set.of(CRITICISM, DENIAL), listed(dyad("RUS>USA")));
        assertEquals(Set.of(THREAT), listed(dyad("USAGOV>RUS")), "codes are prefixes");
        assertEquals(Set.of(), listed(dyad("USAMIL>RUS")));
    }

    @Test
    void aWildcardSideIsAnyActor() throws Exception {
        assertEquals(Set.of(THREAT, CRITICISM, DENIAL, VISIT, WEAPONS), listed(dyad("USA:*")));
        assertEquals(Set.of(CRITICISM, DENIAL, VISIT), listed(dyad("*>USA")));
        assertEquals(Set.of(THREAT, WEAPONS), listed(dyad("USA>*")));
        assertEquals(6, listed(dyad("*:*")).size());
    }

    @Test
    void modalityQuadClassCameoTextAndPeriodNarrowTheSameEvents() throws Exception {
        assertEquals(Set.of(THREAT, CRITICISM), listed(dyad("USA:RUS").withModality("ASSERTED")));
        assertEquals(Set.of(DENIAL), listed(EventFilter.ALL.withModality("negated")));
        assertEquals(Set.of(WEAPONS), listed(EventFilter.ALL.withModality("planned")));
        assertEquals(Set.of(ATTACK), listed(EventFilter.ALL.withQuadClass(4)));
        assertEquals(Set.of(THREAT), listed(EventFilter.ALL.withCameo("13")));
        assertEquals(Set.of(CRITICISM, DENIAL), listed(EventFilter.ALL.withText("WASHINGTON")));
        assertEquals(Set.of(DENIAL, WEAPONS), listed(EventFilter.ALL.withPeriod(LocalDate.parse("2025-03-04"), LocalDate.parse("2025-03-05"))));
        assertEquals(Set.of(CRITICISM, VISIT),
                listed(dyad("USA:*").withModality("asserted").withPeriod(LocalDate.parse("2025-03-01"), null)));
        assertEquals(Set.of(VISIT), listed(EventFilter.ALL.withActors("ukr", "usa")));
    }

    @Test
    void aBadDyadOrModalityIsRefusedWithTheValue() {
        for (String bad : List.of("RUS", "RUS-UKR", "RUS:*:UKR", ":UKR", "RU S:UKR", "RUS>")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dyad.parse(bad), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> EventFilter.ALL.withModality("probably"));
        assertThrows(IllegalArgumentException.class, () -> EventFilter.ALL.withQuadClass(5));
    }

    @Test
    void theSeriesListsEveryPeriodWithEmptyOnesAtZero() throws Exception {
        List<Queries.SeriesPoint> months = queries.series(dyad("USA:*"), Queries.Period.MONTH, 100);
        assertEquals(List.of("2025-01", "2025-02", "2025-03"), months.stream().map(Queries.SeriesPoint::period).toList());
        assertEquals(1, months.get(0).events());
        assertEquals(CAMEO.get("1312").goldstein(), months.get(0).goldsteinSum(), 1e-9);
        assertEquals(new Queries.SeriesPoint("2025-02", 0, 0, 0, 0, 0, 0.0, null, 0), months.get(1));
        Queries.SeriesPoint march = months.get(2);
        assertEquals(4, march.events());
        // The denied meeting (036) and the visit are verbal cooperation, the weapons material, the criticism conflict.
        assertEquals(List.of(2L, 1L, 1L, 0L), List.of(march.verbalCoop(), march.materialCoop(), march.verbalConflict(),
                march.materialConflict()));
        double sum = CAMEO.get("111").goldstein() + CAMEO.get("036").goldstein() + CAMEO.get("042").goldstein()
                + CAMEO.get("072").goldstein();
        assertEquals(sum, march.goldsteinSum(), 0.01);
        assertEquals(sum / 4, march.goldsteinMean(), 0.001);
        // The filter's own period sets the axis, wider than the events.
        List<Queries.SeriesPoint> wide = queries.series(dyad("USA:*").withPeriod(LocalDate.parse("2024-12-15"),
                LocalDate.parse("2025-04-30")), Queries.Period.MONTH, 100);
        assertEquals(List.of("2024-12", "2025-01", "2025-02", "2025-03", "2025-04"),
                wide.stream().map(Queries.SeriesPoint::period).toList());
        // Weeks are named by their Monday: 6 Jan to 3 Mar is nine weeks.
        List<Queries.SeriesPoint> weeks = queries.series(EventFilter.ALL, Queries.Period.WEEK, 100);
        assertEquals(9, weeks.size());
        assertEquals("2025-01-06", weeks.get(0).period());
        assertEquals("2025-03-03", weeks.get(8).period());
        assertEquals(6, weeks.stream().mapToLong(Queries.SeriesPoint::events).sum());
        assertNull(weeks.get(4).goldsteinMean());
        assertThrows(IllegalArgumentException.class, () -> queries.series(EventFilter.ALL.withPeriod(
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")), Queries.Period.DAY, 100));
    }

    @Test
    void thePrintedSeriesIsTheSameSeries() throws Exception {
        EventFilter f = dyad("RUS:USA").withModality("asserted");
        StringWriter csv = new StringWriter();
        queries.series(f, Queries.Period.MONTH, Rows.Format.CSV, csv);
        List<String> lines = csv.toString().lines().toList();
        assertEquals("period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,mentions",
                lines.get(0));
        List<Queries.SeriesPoint> points = queries.series(f, Queries.Period.MONTH, 100);
        assertEquals(points.size(), lines.size() - 1);
        assertEquals("2025-02,0,0,0,0,0,0.0,,0", lines.get(2), "February is empty");
        assertTrue(lines.get(3).startsWith("2025-03,1,0,0,1,0,"), lines.get(3));
    }

    @Test
    void pagesCoverTheListOnceInTheAskedOrder() throws Exception {
        List<Long> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Queries.Page p = queries.page(EventFilter.ALL, Queries.Order.NEWEST_FIRST, page, 4);
            assertEquals(6, p.total(), "page " + page);
            for (Queries.StoredEvent e : p.events()) seen.add(e.id());
            if (page == 3) assertEquals(0, p.events().size());
        }
        assertEquals(6, seen.stream().distinct().count());
        Queries.Page newest = queries.page(EventFilter.ALL, Queries.Order.parse("-date").orElseThrow(), 1, 1);
        assertEquals(WEAPONS, newest.events().get(0).event().text());
        assertEquals(LocalDate.parse("2025-03-03"), newest.events().get(0).docDate());
        assertEquals("https://news.example/march", newest.events().get(0).url());
        Queries.Page worst = queries.page(EventFilter.ALL, Queries.Order.parse("goldstein").orElseThrow(), 1, 1);
        assertEquals(ATTACK, worst.events().get(0).event().text());
        assertTrue(Queries.Order.parse("id;DROP TABLE events").isEmpty());
    }

    @Test
    void dyadsAndTheNetworkCountTheFilteredEvents() throws Exception {
        List<Queries.DyadCount> dyads = queries.dyads(EventFilter.ALL, true, 10);
        assertEquals("RUS:USA", dyads.get(0).dyad());
        assertEquals(3, dyads.get(0).events());
        assertEquals(2, dyads.get(0).aToB(), "Moscow's criticism and denial");
        assertEquals(1, dyads.get(0).bToA(), "the threat");
        assertEquals(2, queries.dyads(EventFilter.ALL.withModality("asserted"), true, 10).get(0).events());
        Queries.Network net = queries.network(EventFilter.ALL.withModality("asserted"), true, 10);
        assertEquals(4, net.edges().size(), "USA→RUS, RUS→UKR, RUS→USA, UKR→USA");
        assertEquals(List.of("RUS", "UKR", "USA"), net.actors().stream().map(Queries.Node::code).toList());
    }

    @Test
    void theExportOfAFilterHoldsExactlyTheEventsItLists() throws Exception {
        for (EventFilter f : List.of(dyad("USA:RUS"), dyad("USA>RUS"), dyad("USA:*").withModality("asserted"),
                EventFilter.ALL.withPeriod(LocalDate.parse("2025-03-04"), null), EventFilter.ALL)) {
            List<Long> listed = new ArrayList<>();
            queries.events(f, 0, e -> listed.add(e.id()));
            StringWriter csv = new StringWriter();
            long n = new Exporter(store).write(Exporter.Format.CSV, f, false, csv);
            List<Long> exported = EventStoreTest.csv(csv.toString()).stream().map(r -> Long.parseLong(r.get("id"))).toList();
            assertEquals(listed, exported, f.toString());
            assertEquals(listed.size(), n);
        }
    }
}
