package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverType;

/**
 * Imports the output of the Spark job ({@code documents/} and {@code events/year=/month=/} Parquet tables) into
 * the store, document by document through {@link EventStore#store}, so an import is as exactly-once, deduplicated
 * and clustered as an ingest: importing the same output twice adds nothing.
 */
public final class ParquetImport {
    /** What an import did. */
    public record Summary(int documents, int stored, int alreadyStored, int events) {}

    private final CameoCatalog cameo;

    public ParquetImport(CameoCatalog cameo) {
        this.cameo = cameo;
    }

    public Summary run(Path dir, EventStore store) throws SQLException {
        Path documents = dir.resolve("documents");
        Path events = dir.resolve("events");
        if (!Files.isDirectory(documents) || !Files.isDirectory(events)) {
            throw new SQLException(dir + " is not the output of `dyad spark`: no documents/ and events/ folders");
        }
        // A private in-memory DuckDB reads the Parquet files; the store's own connection is only written to.
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            Map<String, List<Event>> eventsByDoc = readEvents(duck, events);
            int docs = 0;
            int stored = 0;
            int already = 0;
            int eventCount = 0;
            try (PreparedStatement q = duck.prepareStatement(
                    "SELECT id, date, title, url, source, origin, text, sentences, parsed_sentences "
                            + "FROM read_parquet(?) ORDER BY id")) {
                q.setString(1, documents.resolve("*.parquet").toString());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        docs++;
                        Document d = new Document(r.getString(1), r.getObject(2, LocalDate.class), r.getString(7),
                                r.getString(3), r.getString(4), r.getString(5), r.getString(6));
                        List<Event> evs = eventsByDoc.getOrDefault(d.id(), List.of());
                        EventStore.Stored s = store.store(new EventStore.Ingestion(d, EventStore.contentHash(d),
                                r.getInt(8), r.getInt(9), evs, List.of()));
                        if (s.outcome() == EventStore.Outcome.STORED) {
                            stored++;
                            eventCount += evs.size();
                        } else {
                            already++;
                        }
                    }
                }
            }
            return new Summary(docs, stored, already, eventCount);
        }
    }

    /** The place's GeoNames fields, in the order of {@link Location}'s constructor after lat and lon. */
    private static final List<String> GEONAMES_FIELDS = List.of("geonameid", "admin1", "admin1_code", "feature", "basis");

    private Map<String, List<Event>> readEvents(Connection duck, Path events) throws SQLException {
        Map<String, List<Event>> out = new HashMap<>();
        String files = events.resolve("**").resolve("*.parquet").toString();
        StringBuilder place = new StringBuilder();
        // Output of a job older than the GeoNames fields has none: its places import as the built-in gazetteer's.
        boolean geoNames = hasGeoNamesFields(duck, files);
        for (String f : GEONAMES_FIELDS) place.append(", ").append(geoNames ? "location." + f : "NULL");
        String sql = "SELECT doc, sentence, text, span[1], span[2], source.code, source.text, target.code, target.text, "
                + "cameo, plover.type, plover.mode, date, date_basis, date_precision, modality, "
                + "location.name, location.country, location.lat, location.lon" + place
                + " FROM read_parquet(?, hive_partitioning = true) ORDER BY doc, sentence";
        try (PreparedStatement q = duck.prepareStatement(sql)) {
            q.setString(1, files);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Actor source = new Actor(r.getString(6), r.getString(7));
                    Actor target = r.getString(8) == null ? null : new Actor(r.getString(8), r.getString(9));
                    Location location = r.getString(17) == null ? null : new Location(r.getString(17), r.getString(18),
                            (Double) r.getObject(19), (Double) r.getObject(20), (Integer) r.getObject(21),
                            r.getString(22), r.getString(23), r.getString(24), r.getString(25));
                    PloverType plover = r.getString(11) == null ? null : new PloverType(r.getString(11), r.getString(12));
                    Event e = new Event(r.getString(1), r.getInt(2), r.getString(3), r.getInt(4), r.getInt(5), source,
                            target, cameo.get(r.getString(10)), plover, r.getObject(13, LocalDate.class),
                            DateBasis.valueOf(r.getString(14).toUpperCase(java.util.Locale.ROOT)), r.getString(15),
                            Modality.valueOf(r.getString(16).toUpperCase(java.util.Locale.ROOT)), location);
                    out.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        return out;
    }

    /** Whether the events' location struct has the GeoNames fields (every field of it, or none). */
    private static boolean hasGeoNamesFields(Connection duck, String files) throws SQLException {
        try (PreparedStatement q = duck.prepareStatement(
                "SELECT column_type FROM (DESCRIBE SELECT location FROM read_parquet(?, hive_partitioning = true))")) {
            q.setString(1, files);
            try (ResultSet r = q.executeQuery()) {
                return r.next() && r.getString(1).toLowerCase(java.util.Locale.ROOT).contains("geonameid");
            }
        }
    }
}
