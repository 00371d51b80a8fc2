package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's tables and the views users query. Tables (suffix {@code _t}) are how Dyad keeps the data; views are
 * the documented interface ({@code docs/FORMATS.md}, "Event store"), so the tables may change without breaking
 * anyone's SQL.
 */
final class Schema {
    /** 2: events gained the GeoNames fields of their place (the {@link #PLACE_COLUMNS}). */
    static final int VERSION = 2;

    /**
     * The place columns that schema 2 appended to {@code events_t} and the {@code events} view, with their types. A
     * store written before has none: {@link #create} adds them when the store is opened for writing, and readers of
     * an older store opened read-only see them as nulls ({@link #missingPlaceColumns}).
     */
    static final Map<String, String> PLACE_COLUMNS = placeColumns();

    private static Map<String, String> placeColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("location_geonameid", "INTEGER");
        m.put("location_admin1", "VARCHAR");
        m.put("location_admin1_code", "VARCHAR");
        m.put("location_feature", "VARCHAR");
        m.put("location_basis", "VARCHAR");
        return Collections.unmodifiableMap(m);
    }

    private Schema() {}

    private static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS store_info_t (key VARCHAR PRIMARY KEY, value VARCHAR)",
        // One row per stored document. seq is the ingest order, so a resumed run numbers as an uninterrupted one.
        """
        CREATE TABLE IF NOT EXISTS documents_t (
          id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, hash VARCHAR NOT NULL, date DATE NOT NULL,
          title VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR, text VARCHAR NOT NULL,
          words INTEGER, sentences INTEGER, parsed_sentences INTEGER, event_mentions INTEGER,
          cluster VARCHAR NOT NULL, shared_bands INTEGER)""",
        // MinHash LSH bands: a story's 32 band keys; equal keys in the same band make near-duplicate candidates.
        "CREATE TABLE IF NOT EXISTS bands_t (band SMALLINT NOT NULL, key BIGINT NOT NULL, doc VARCHAR NOT NULL)",
        // One row per distinct event: the same who-did-what-to-whom-when in one near-duplicate cluster is one event.
        """
        CREATE TABLE IF NOT EXISTS events_t (
          id BIGINT PRIMARY KEY, key VARCHAR NOT NULL UNIQUE, cluster VARCHAR NOT NULL,
          date DATE, date_basis VARCHAR, date_precision VARCHAR,
          source VARCHAR, source_text VARCHAR, target VARCHAR, target_text VARCHAR,
          cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, plover_type VARCHAR, plover_mode VARCHAR,
          modality VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
          doc VARCHAR NOT NULL, sentence INTEGER, text VARCHAR, span_begin INTEGER, span_end INTEGER,
          location_geonameid INTEGER, location_admin1 VARCHAR, location_admin1_code VARCHAR, location_feature VARCHAR,
          location_basis VARCHAR)""",
        // Every sentence that reported a stored event: the provenance of each mention.
        """
        CREATE TABLE IF NOT EXISTS mentions_t (
          event_id BIGINT NOT NULL, doc VARCHAR NOT NULL, sentence INTEGER, text VARCHAR,
          span_begin INTEGER, span_end INTEGER, source_text VARCHAR, target_text VARCHAR)""",
        // Proper-noun sequences no dictionary coded: candidates for the actor dictionaries.
        "CREATE TABLE IF NOT EXISTS names_t (doc VARCHAR NOT NULL, sentence INTEGER, name VARCHAR NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS failures_t (
          origin VARCHAR NOT NULL, doc VARCHAR, message VARCHAR NOT NULL, PRIMARY KEY (origin, message))""",
    };

    private static final String[] VIEWS = {
        """
        CREATE OR REPLACE VIEW documents AS
          SELECT id, seq, date, title, url, source, origin, hash, cluster, shared_bands, words, sentences,
                 parsed_sentences, event_mentions, text
          FROM documents_t""",
        """
        CREATE OR REPLACE VIEW mentions AS
          SELECT m.event_id, m.doc, m.sentence, m.text, m.span_begin, m.span_end, m.source_text, m.target_text,
                 d.date AS doc_date, d.url, d.source AS publisher
          FROM mentions_t m JOIN documents_t d ON d.id = m.doc""",
        """
        CREATE OR REPLACE VIEW events AS
          WITH counts AS (
            SELECT m.event_id, count(*) AS num_mentions, count(DISTINCT m.doc) AS num_articles,
                   count(DISTINCT coalesce(d.source, regexp_extract(d.url, '^[A-Za-z]+://([^/]+)', 1), d.id)) AS num_sources
            FROM mentions_t m JOIN documents_t d ON d.id = m.doc GROUP BY m.event_id)
          SELECT e.id, e.date, e.date_basis, e.date_precision, e.source, e.source_text, e.target, e.target_text,
                 e.cameo, substr(e.cameo, 1, 2) AS root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
                 e.modality, e.location_name, e.location_country, e.lat, e.lon, e.location_geonameid,
                 e.location_admin1, e.location_admin1_code, e.location_feature, e.location_basis,
                 coalesce(c.num_mentions, 0) AS num_mentions, coalesce(c.num_articles, 0) AS num_articles,
                 coalesce(c.num_sources, 0) AS num_sources, e.cluster,
                 e.doc, e.sentence, e.text, e.span_begin, e.span_end, d.date AS doc_date, d.url, d.source AS publisher
          FROM events_t e JOIN documents_t d ON d.id = e.doc LEFT JOIN counts c ON c.event_id = e.id""",
        """
        CREATE OR REPLACE VIEW names AS
          SELECT n.name, count(*) AS mentions, count(DISTINCT n.doc) AS documents
          FROM names_t n GROUP BY n.name""",
        "CREATE OR REPLACE VIEW failures AS SELECT origin, doc, message FROM failures_t",
    };

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : TABLES) s.execute(sql);
            // A store of schema 1 has events_t without the place columns: append them (null for its old events), in
            // the order a new store has them, so one positional INSERT fits both.
            for (Map.Entry<String, String> col : PLACE_COLUMNS.entrySet()) {
                s.execute("ALTER TABLE events_t ADD COLUMN IF NOT EXISTS " + col.getKey() + " " + col.getValue());
            }
            for (String sql : VIEWS) s.execute(sql);
            s.execute("INSERT INTO store_info_t VALUES ('schema_version', '" + VERSION + "')"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        }
    }

    /**
     * The {@link #PLACE_COLUMNS} the {@code events} view lacks: all of them in a store of schema 1 opened read-only
     * (which cannot be migrated), else none.
     */
    static List<String> missingPlaceColumns(Connection c) throws SQLException {
        Set<String> have = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns"
                     + " WHERE table_name = 'events' AND table_schema = 'main'")) {
            while (r.next()) have.add(r.getString(1));
        }
        List<String> missing = new ArrayList<>();
        for (String col : PLACE_COLUMNS.keySet()) if (!have.contains(col)) missing.add(col);
        return missing;
    }
}
