package org.dyad.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.dyad.store.EventStore;

/**
 * A small store for the tests: six stories about the Russia–Ukraine crisis from December 2021 to February 2022,
 * coded by hand as a coder would, so every count the API returns can be checked by reading this file.
 * The last story is a wire copy of the one before it, published by another outlet: one event, two mentions.
 */
final class CrisisCorpus {
    private CrisisCorpus() {}

    private static final CameoCatalog CAMEO = CameoCatalog.builtIn();
    private static final PloverMapping PLOVER = PloverMapping.builtIn();

    record Story(Document document, List<Event> events) {}

    static final String ATTACK_SENTENCE = "Russian forces attacked Ukraine on Thursday.";

    /**
     * Where the events took place, as the geoparser would place them (story id/sentence → place): the sentences'
     * own "near Donetsk", "in Geneva", "near Kyiv". Three asserted events have a place; the rest have none.
     */
    static final java.util.Map<String, Location> PLACES = java.util.Map.of(
            "donetsk-accusation/0", new Location("Donetsk", "UKR", 48.023, 37.802, 709717, "Donetsk", "05", "PPLA", "clause"),
            "geneva-talks/0", new Location("Geneva", "CHE", 46.202, 6.146, 2660646, "Geneva", "GE", "PPLA", "clause"),
            "us-weapons/1", new Location("Kyiv", "UKR", 50.454, 30.524, 703448, "Kyiv City", "12", "PPLC", "clause"),
            "us-weapons-copy/1", new Location("Kyiv", "UKR", 50.454, 30.524, 703448, "Kyiv City", "12", "PPLC", "clause"));

    static List<Story> stories() {
        List<Story> out = new ArrayList<>();
        out.add(story("donetsk-accusation", "2021-12-28", "Kremlin accuses Kyiv over Donbas shelling", "Wire A",
                "Russian officials accused Ukraine's armed forces of shelling near Donetsk on Monday. "
                        + "The U.S. administration threatened to impose sanctions on Russia.",
                new Coded(0, "RUSGOV", "Russian officials", "UKRMIL", "Ukraine's armed forces", "112", "2021-12-27", Modality.ASSERTED),
                new Coded(1, "USAGOV", "The U.S. administration", "RUS", "Russia", "1312", "2021-12-28", Modality.ASSERTED)));
        out.add(story("geneva-talks", "2022-01-10", "Talks in Geneva", "Wire B",
                "American and Russian diplomats held talks in Geneva on Monday. "
                        + "Russia denied plans for an assault on Ukraine.",
                new Coded(0, "USAGOV", "American", "RUSGOV", "Russian diplomats", "046", "2022-01-10", Modality.ASSERTED),
                new Coded(1, "RUS", "Russia", "UKR", "Ukraine", "190", "2022-01-10", Modality.NEGATED)));
        out.add(story("border-drills", "2022-01-24", "Drills near the border", "Wire A",
                "Russia's military held drills near Ukraine's border. "
                        + "Ukraine's government called for talks with Russia.",
                new Coded(0, "RUSMIL", "Russia's military", "UKR", "Ukraine", "150", "2022-01-24", Modality.ASSERTED),
                new Coded(1, "UKRGOV", "Ukraine's government", "RUS", "Russia", "036", "2022-01-24", Modality.ASSERTED)));
        out.add(story("invasion", "2022-02-24", "Russia attacks Ukraine", "Wire B",
                ATTACK_SENTENCE + " "
                        + "Ukraine's president appealed for military aid from the United States.",
                new Coded(0, "RUSMIL", "Russian forces", "UKR", "Ukraine", "190", "2022-02-24", Modality.ASSERTED),
                new Coded(1, "UKRGOV", "Ukraine's president", "USA", "the United States", "0232", "2022-02-24", Modality.ASSERTED)));
        String aid = "The United States sent weapons to Ukraine's armed forces. "
                + "Ukraine's army fought Russian troops near Kyiv.";
        out.add(story("us-weapons", "2022-02-26", "Weapons for Ukraine", "Wire A", aid,
                new Coded(0, "USA", "The United States", "UKRMIL", "Ukraine's armed forces", "072", "2022-02-26", Modality.ASSERTED),
                new Coded(1, "UKRMIL", "Ukraine's army", "RUSMIL", "Russian troops", "193", "2022-02-26", Modality.ASSERTED)));
        out.add(story("us-weapons-copy", "2022-02-26", "Weapons for Ukraine", "Daily C", aid,
                new Coded(0, "USA", "The United States", "UKRMIL", "Ukraine's armed forces", "072", "2022-02-26", Modality.ASSERTED),
                new Coded(1, "UKRMIL", "Ukraine's army", "RUSMIL", "Russian troops", "193", "2022-02-26", Modality.ASSERTED)));
        return out;
    }

    /** One hand-coded event: the sentence it comes from, who, what, to whom, when. */
    record Coded(int sentence, String source, String sourceText, String target, String targetText, String cameo,
                 String date, Modality modality) {}

    private static Story story(String id, String date, String title, String publisher, String text, Coded... coded) {
        Document doc = new Document(id, LocalDate.parse(date), text, title, "https://news.example/" + id, publisher, id);
        String[] sentences = text.split("(?<=[a-z]\\.) ");  // "The U.S. administration" is one sentence
        List<Event> events = new ArrayList<>();
        for (Coded c : coded) {
            String s = sentences[c.sentence()];
            int begin = text.indexOf(s);
            events.add(new Event(id, c.sentence(), s, begin, begin + s.length(),
                    new Actor(c.source(), c.sourceText()), new Actor(c.target(), c.targetText()),
                    CAMEO.get(c.cameo()), PLOVER.forCameo(c.cameo()), LocalDate.parse(c.date()),
                    c.date().equals(date) ? DateBasis.DOCUMENT : DateBasis.TEXT, "day", c.modality(),
                    PLACES.get(id + "/" + c.sentence())));
        }
        return new Story(doc, events);
    }

    /**
     * A bigger store for the load test: the six stories again and again, each round a day later with its own ids,
     * so every round adds events of its own (the same who-did-what-to-whom on another day is another event).
     */
    static Path ingestRounds(Path dir, int rounds) throws Exception {
        Path db = dir.resolve("crisis-" + rounds + ".duckdb");
        try (EventStore store = EventStore.open(db)) {
            for (int k = 0; k < rounds; k++) {
                for (Story s : stories()) {
                    Document d = s.document();
                    Document copy = new Document(d.id() + "-r" + k, d.date().plusDays(k), d.text() + " (Round " + k + ".)",
                            d.title(), d.url() + "-r" + k, d.source(), d.origin());
                    List<Event> events = new ArrayList<>();
                    for (Event e : s.events()) {
                        events.add(new Event(copy.id(), e.sentence(), e.text(), e.spanBegin(), e.spanEnd(), e.source(),
                                e.target(), e.cameo(), e.plover(), e.date().plusDays(k), e.dateBasis(), e.datePrecision(),
                                e.modality(), e.location()));
                    }
                    store.store(new EventStore.Ingestion(copy, EventStore.contentHash(copy), 3, 2, events, List.of()));
                }
            }
            store.checkpoint();
        }
        return db;
    }

    /** Writes the stories into a new store file and closes it, as {@code dyad ingest} would leave it. */
    static Path ingest(Path dir) throws Exception {
        Path db = dir.resolve("crisis.duckdb");
        try (EventStore store = EventStore.open(db)) {
            for (Story s : stories()) {
                Document d = s.document();
                store.store(new EventStore.Ingestion(d, EventStore.contentHash(d), 2, 2, s.events(), List.of()));
            }
            store.checkpoint();
        }
        return db;
    }
}
