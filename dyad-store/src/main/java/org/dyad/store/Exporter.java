package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Stored events in the formats people load elsewhere. Column lists are in docs/FORMATS.md ("Event store
 * exports"); each format's SELECT below is the authority.
 */
public final class Exporter {
    public enum Format {
        /** Phoenix (OEDA) event data: 26 tab-separated columns, no header line, as Phoenix files were. */
        PHOENIX_TSV,
        /** GDELT 2.0 event table: its 61 columns in its order, comma-separated with a header line. */
        GDELT_CSV,
        /** One JSON object a line with PLOVER's event type and mode and the actor/recipient fields. */
        PLOVER_JSONL,
        /** Apache Parquet of the {@code events} view's columns, written by DuckDB. */
        PARQUET,
        /** CSV of the {@code events} view's columns, with a header line. */
        CSV;

        public static Optional<Format> fromName(String name) {
            if (name == null) return Optional.empty();
            return switch (name.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "phoenix-tsv", "phoenix" -> Optional.of(PHOENIX_TSV);
                case "gdelt-csv", "gdelt" -> Optional.of(GDELT_CSV);
                case "plover-jsonl", "plover" -> Optional.of(PLOVER_JSONL);
                case "parquet" -> Optional.of(PARQUET);
                case "csv" -> Optional.of(CSV);
                default -> Optional.empty();
            };
        }

        /** Whether the format is binary and so needs a file, not stdout. */
        public boolean needsFile() { return this == PARQUET; }
    }

    private final EventStore store;

    public Exporter(EventStore store) {
        this.store = store;
    }

    /**
     * Writes the selected events in a text format; returns how many.
     *
     * @param oneADay keep one event per date, source, target and CAMEO code (the earliest stored), the classic
     *                filter against one story counted many times
     */
    public long write(Format format, EventFilter filter, boolean oneADay, Writer out) throws SQLException, IOException {
        if (format.needsFile()) throw new IllegalArgumentException(format + " needs a file");
        EventFilter.Sql where = filter.toSql();
        try (PreparedStatement p = store.connection().prepareStatement(select(format, store.events(), where.where(), oneADay))) {
            Queries.bind(p, where.parameters());
            try (ResultSet r = p.executeQuery()) {
                return switch (format) {
                    case PHOENIX_TSV -> Rows.print(r, Rows.Format.TSV, out, false);
                    case GDELT_CSV, CSV -> Rows.print(r, Rows.Format.CSV, out, true);
                    case PLOVER_JSONL -> Rows.print(r, Rows.Format.JSONL, out, true);
                    case PARQUET -> throw new AssertionError();
                };
            }
        }
    }

    /** Writes a Parquet file of the selected events; returns how many. */
    public long writeParquet(EventFilter filter, boolean oneADay, Path file) throws SQLException {
        EventFilter.Sql where = filter.toSql();
        String target = file.toAbsolutePath().toString().replace("'", "''");
        String sql = "COPY (" + select(Format.PARQUET, store.events(), where.where(), oneADay) + ") TO '" + target
                + "' (FORMAT PARQUET, COMPRESSION ZSTD)";
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            Queries.bind(p, where.parameters());
            p.execute();
        }
        // The driver does not report COPY's row count; the file itself tells.
        try (java.sql.Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + target + "')")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The events, filtered, optionally one a day, in date order. */
    private static String picked(String events, String where, boolean oneADay) {
        return "SELECT * FROM " + events + where
                + (oneADay ? " QUALIFY row_number() OVER (PARTITION BY date, source, target, cameo ORDER BY id) = 1" : "")
                + " ORDER BY date NULLS LAST, id";
    }

    /** The country part of a CAMEO actor code: its first three letters, unless it is an IGO, NGO, NSA or MNC code. */
    private static String country(String col) {
        return "CASE WHEN " + col + " IS NULL OR substr(" + col + ", 1, 3) IN ('IGO', 'NGO', 'NSA', 'MNC', 'IMG', '---')"
                + " THEN NULL ELSE substr(" + col + ", 1, 3) END";
    }

    /** For IGO and NGO codes the group part ("IGOWSTNAT" → "WSTNAT"); else null. */
    private static String group(String col) {
        return "CASE WHEN substr(" + col + ", 1, 3) IN ('IGO', 'NGO', 'NSA', 'MNC', 'IMG') THEN nullif(substr(" + col
                + ", 4), '') ELSE NULL END";
    }

    /** The n-th three-letter role code after the country ("USAGOVMIL", 1 → "GOV"); null for non-country codes. */
    private static String role(String col, int n) {
        return "CASE WHEN " + country(col) + " IS NULL THEN NULL ELSE nullif(substr(" + col + ", " + (1 + 3 * n)
                + ", 3), '') END";
    }

    static String select(Format format, String events, String where, boolean oneADay) {
        String from = " FROM (" + picked(events, where, oneADay) + ") e";
        return switch (format) {
            case PHOENIX_TSV -> "SELECT id AS EventID, strftime(date, '%Y%m%d') AS Date, year(date) AS Year,"
                    + " month(date) AS Month, day(date) AS Day,"
                    + " source AS SourceActorFull, substr(source, 1, 3) AS SourceActorEntity,"
                    + " nullif(substr(source, 4, 3), '') AS SourceActorRole, nullif(substr(source, 7), '') AS SourceActorAttribute,"
                    + " target AS TargetActorFull, substr(target, 1, 3) AS TargetActorEntity,"
                    + " nullif(substr(target, 4, 3), '') AS TargetActorRole, nullif(substr(target, 7), '') AS TargetActorAttribute,"
                    + " cameo AS EventCode, root AS EventRootCode, quad_class AS QuadClass, goldstein AS GoldsteinScore,"
                    + " NULL AS Issues, lat AS Lat, lon AS Lon, location_name AS LocationName, NULL AS StateName,"
                    + " location_country AS CountryCode, doc || '_' || sentence AS SentenceID, url AS URLs,"
                    + " publisher AS NewsSources" + from;
            case GDELT_CSV -> "SELECT id AS GlobalEventID, strftime(date, '%Y%m%d') AS Day,"
                    + " strftime(date, '%Y%m') AS MonthYear, year(date) AS Year,"
                    + " round(year(date) + (dayofyear(date) - 1) / 365.0, 4) AS FractionDate,"
                    + actorColumns("source", "source_text", "Actor1") + ","
                    + actorColumns("target", "target_text", "Actor2") + ","
                    + " CASE WHEN sentence = 0 THEN 1 ELSE 0 END AS IsRootEvent, cameo AS EventCode,"
                    + " substr(cameo, 1, 3) AS EventBaseCode, root AS EventRootCode, quad_class AS QuadClass,"
                    + " goldstein AS GoldsteinScale, num_mentions AS NumMentions, num_sources AS NumSources,"
                    + " num_articles AS NumArticles, NULL AS AvgTone,"
                    + geoColumns("Actor1Geo", "NULL", "NULL", "NULL") + ","
                    + geoColumns("Actor2Geo", "NULL", "NULL", "NULL") + ","
                    + actionGeoColumns() + ","
                    + " strftime(doc_date, '%Y%m%d') || '000000' AS DATEADDED, url AS SOURCEURL"
                    + from + " LEFT JOIN " + FIPS + " ON fips.iso3 = e.location_country"
                    // A join need not keep the events' order: say it again.
                    + " ORDER BY e.date NULLS LAST, e.id";
            case PLOVER_JSONL -> "SELECT 'dyad-' || id AS id, strftime(date, '%Y-%m-%d') AS event_date,"
                    + " strftime(doc_date, '%Y-%m-%d') AS story_date, plover_type AS event_type, plover_mode AS mode,"
                    + " modality, source_text AS actor_name, source AS actor_code, " + country("source") + " AS actor_country,"
                    + " target_text AS recipient_name, target AS recipient_code, " + country("target") + " AS recipient_country,"
                    + " cameo, goldstein, quad_class, location_name AS place_name, location_country AS place_country,"
                    + " location_admin1 AS place_admin1, location_geonameid AS place_geonameid,"
                    + " location_feature AS place_feature, location_basis AS place_basis,"
                    + " lat AS latitude, lon AS longitude, num_mentions, num_articles, num_sources,"
                    + " doc AS story_id, sentence, text AS event_text, url, publisher" + from;
            case PARQUET, CSV -> "SELECT *" + from;
        };
    }

    private static String actorColumns(String code, String text, String prefix) {
        return " " + code + " AS " + prefix + "Code, upper(" + text + ") AS " + prefix + "Name, "
                + country(code) + " AS " + prefix + "CountryCode, " + group(code) + " AS " + prefix + "KnownGroupCode,"
                + " NULL AS " + prefix + "EthnicCode, NULL AS " + prefix + "Religion1Code, NULL AS " + prefix + "Religion2Code, "
                + role(code, 1) + " AS " + prefix + "Type1Code, " + role(code, 2) + " AS " + prefix + "Type2Code, "
                + role(code, 3) + " AS " + prefix + "Type3Code";
    }

    /**
     * GDELT's ActionGeo columns from the event's place. Type: 1 country, 2 US state, 3 US city or landmark, 4 city or
     * landmark elsewhere, 5 first-level division elsewhere, from the GeoNames feature code (null when the place came
     * from the built-in gazetteer, which has none). CountryCode is FIPS 10-4, as GDELT's; ADM1Code is that plus
     * GeoNames' division code ("USME", "RS48"), the country code alone for a country or a place of no known
     * division. FeatureID is the GeoNames id where GDELT has a GNS/GNIS id; for a country or division Dyad built
     * itself (no GeoNames id), its code, as GDELT gives country and ADM1 matches.
     */
    private static String actionGeoColumns() {
        String country = "CASE WHEN location_country = 'PSE' AND location_admin1_code IN ('GZ', 'WE')"
                + " THEN location_admin1_code ELSE fips.fips END";
        String isCountry = "(location_feature LIKE 'PCL%' OR location_feature = 'TERR')";
        String type = "CASE WHEN location_name IS NULL OR location_feature IS NULL THEN NULL"
                + " WHEN " + isCountry + " THEN 1"
                + " WHEN location_feature = 'ADM1' THEN CASE WHEN location_country = 'USA' THEN 2 ELSE 5 END"
                + " WHEN location_country = 'USA' THEN 3 ELSE 4 END";
        String adm1 = "CASE WHEN location_name IS NULL THEN NULL"
                + " WHEN location_admin1_code IS NULL OR " + isCountry + " OR location_country = 'PSE' THEN " + country
                + " ELSE " + country + " || location_admin1_code END";
        String feature = "coalesce(CAST(location_geonameid AS VARCHAR), CASE WHEN " + isCountry + " THEN " + country
                + " WHEN location_feature = 'ADM1' THEN " + adm1 + " END)";
        return " " + type + " AS ActionGeo_Type, location_name AS ActionGeo_FullName,"
                + " CASE WHEN location_name IS NULL THEN NULL ELSE " + country + " END AS ActionGeo_CountryCode, "
                + adm1 + " AS ActionGeo_ADM1Code, NULL AS ActionGeo_ADM2Code, lat AS ActionGeo_Lat, lon AS ActionGeo_Long, "
                + feature + " AS ActionGeo_FeatureID";
    }

    /** The FIPS 10-4 code of each ISO-3 country code (country-fips.tsv), as an inline table: no temporary table. */
    static final String FIPS = fipsTable();

    private static String fipsTable() {
        StringBuilder values = new StringBuilder();
        try (var in = Exporter.class.getResourceAsStream("country-fips.tsv")) {
            if (in == null) throw new IllegalStateException("country-fips.tsv missing from the jar");
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3 || !f[0].matches("[A-Z]{3}") || !f[2].matches("[A-Z]{2}")) {
                    throw new IllegalStateException("country-fips.tsv: bad line: " + line);
                }
                values.append(values.length() == 0 ? "" : ", ").append("('").append(f[0]).append("', '").append(f[2]).append("')");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "(VALUES " + values + ") AS fips(iso3, fips)";
    }

    private static String geoColumns(String prefix, String name, String lat, String lon) {
        return " NULL AS " + prefix + "_Type, " + name + " AS " + prefix + "_FullName, NULL AS " + prefix + "_CountryCode,"
                + " NULL AS " + prefix + "_ADM1Code, NULL AS " + prefix + "_ADM2Code, " + lat + " AS " + prefix + "_Lat, "
                + lon + " AS " + prefix + "_Long, NULL AS " + prefix + "_FeatureID";
    }
}
