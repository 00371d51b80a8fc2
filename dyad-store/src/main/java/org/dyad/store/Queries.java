package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.ontology.PloverType;

/** The questions {@code dyad events}, {@code series}, {@code actors} and {@code sql} ask of a store. */
public final class Queries {
    private final EventStore store;

    public Queries(EventStore store) {
        this.store = store;
    }

    /** A stored event as the coder's record (provenance: its first mention), with how often it was reported. */
    public record StoredEvent(long id, Event event, int mentions, int articles, int sources, String cluster) {}

    /** Stored events matching the filter, by date, then id; at most {@code limit} (0: all). */
    public void events(EventFilter filter, int limit, Consumer<StoredEvent> out) throws SQLException {
        EventFilter.Sql where = filter.toSql();
        String sql = "SELECT id, doc, sentence, text, span_begin, span_end, source, source_text, target, target_text,"
                + " cameo, goldstein, plover_type, plover_mode, date, date_basis, date_precision, modality,"
                + " location_name, location_country, lat, lon, location_geonameid, location_admin1, location_admin1_code,"
                + " location_feature, location_basis, num_mentions, num_articles, num_sources, cluster"
                + " FROM " + store.events() + where.where() + " ORDER BY date NULLS LAST, id" + (limit > 0 ? " LIMIT " + limit : "");
        CameoCatalog catalog = CameoCatalog.builtIn();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            bind(p, where.parameters());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.accept(toStored(r, catalog));
            }
        }
    }

    private static StoredEvent toStored(ResultSet r, CameoCatalog catalog) throws SQLException {
        String code = r.getString("cameo");
        CameoCode cameo = code == null ? null
                : catalog.find(code).orElse(new CameoCode(code, code, r.getDouble("goldstein")));
        String sourceCode = r.getString("source");
        String targetCode = r.getString("target");
        String ploverType = r.getString("plover_type");
        String date = r.getString("date");
        String basis = r.getString("date_basis");
        String modality = r.getString("modality");
        String place = r.getString("location_name");
        Object geonameid = r.getObject("location_geonameid");
        Location location = place == null ? null : new Location(place, r.getString("location_country"),
                (Double) r.getObject("lat"), (Double) r.getObject("lon"),
                geonameid == null ? null : ((Number) geonameid).intValue(), r.getString("location_admin1"),
                r.getString("location_admin1_code"), r.getString("location_feature"), r.getString("location_basis"));
        Event e = new Event(r.getString("doc"), r.getInt("sentence"), r.getString("text"), r.getInt("span_begin"),
                r.getInt("span_end"),
                sourceCode == null ? null : new Actor(sourceCode, r.getString("source_text")),
                targetCode == null ? null : new Actor(targetCode, r.getString("target_text")),
                cameo, ploverType == null ? null : new PloverType(ploverType, r.getString("plover_mode")),
                date == null ? null : LocalDate.parse(date),
                basis == null ? null : DateBasis.valueOf(basis.toUpperCase(Locale.ROOT)),
                r.getString("date_precision"),
                modality == null ? null : Modality.valueOf(modality.toUpperCase(Locale.ROOT)), location);
        return new StoredEvent(r.getLong("id"), e, r.getInt("num_mentions"), r.getInt("num_articles"),
                r.getInt("num_sources"), r.getString("cluster"));
    }

    /** How {@code series} cuts time. */
    public enum Period {
        DAY, WEEK, MONTH;

        String label() {
            return switch (this) {
                case DAY -> "strftime(date, '%Y-%m-%d')";
                case WEEK -> "strftime(date_trunc('week', date), '%Y-%m-%d')";  // the Monday that starts the ISO week
                case MONTH -> "strftime(date, '%Y-%m')";
            };
        }
    }

    /**
     * A dyad: two actor code prefixes, either direction ({@code USA:RUS}) or one ({@code USA>RUS}: USA the source).
     * {@code *} on either side is any actor, or none: {@code USA:*} is every event USA takes part in, either side.
     */
    public record Dyad(String first, String second, boolean bothDirections) {
        /** The wildcard side: any actor, or none. */
        public static final String ANY = "*";

        public static Dyad parse(String spec) {
            String s = spec.trim().toUpperCase(Locale.ROOT);
            boolean both = s.contains(":");
            String[] parts = s.split(both ? ":" : ">", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || (!both && !s.contains(">"))) {
                throw new IllegalArgumentException("'" + spec + "' is not a dyad: write USA:RUS (both directions) or USA>RUS");
            }
            return new Dyad(parts[0].strip(), parts[1].strip(), both);
        }

        /**
         * The condition an event meets to belong to this dyad, over the events view's {@code source} and
         * {@code target}, with its parameters appended to {@code params}. Every question about a dyad (its series,
         * its events) asks this one, so a bar and the list behind it count the same events.
         */
        public String condition(List<Object> params) {
            String one = pair(first, second, params);
            if (!bothDirections) return one;
            return "(" + one + " OR " + pair(second, first, params) + ")";
        }

        @Override
        public String toString() {
            return first + (bothDirections ? ":" : ">") + second;
        }

        private static String pair(String source, String target, List<Object> params) {
            List<String> c = new ArrayList<>(2);
            if (!ANY.equals(source)) { c.add("starts_with(source, ?)"); params.add(source); }
            if (!ANY.equals(target)) { c.add("starts_with(target, ?)"); params.add(target); }
            return c.isEmpty() ? "TRUE" : "(" + String.join(" AND ", c) + ")";
        }
    }

    /**
     * Events between a dyad per period: the count, the count per QuadClass, the Goldstein sum and mean, and the
     * mentions behind them. Only periods with events are listed. {@code modality} null takes every modality.
     */
    public long series(Dyad dyad, Period period, String modality, Rows.Format format, Writer out)
            throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + period.label() + " AS period, count(*) AS events,"
                + " count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,"
                + " count(*) FILTER (WHERE quad_class = 2) AS material_coop,"
                + " count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,"
                + " count(*) FILTER (WHERE quad_class = 4) AS material_conflict,"
                + " round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean,"
                + " CAST(sum(num_mentions) AS BIGINT) AS mentions"
                + " FROM events WHERE date IS NOT NULL AND " + dyad.condition(params)
                + (modality == null ? "" : " AND modality = ?")
                + " GROUP BY 1 ORDER BY 1";
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            if (modality != null) params.add(modality.toLowerCase(Locale.ROOT));
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                return Rows.print(r, format, out);
            }
        }
    }

    /** Actor codes ranked by the events they take part in, as source and as target. */
    public long actors(int limit, Rows.Format format, Writer out) throws SQLException, IOException {
        String sql = "SELECT actor, count(*) AS events, count(*) FILTER (WHERE role = 'source') AS as_source,"
                + " count(*) FILTER (WHERE role = 'target') AS as_target, CAST(sum(num_mentions) AS BIGINT) AS mentions FROM ("
                + " SELECT source AS actor, 'source' AS role, num_mentions FROM events WHERE source IS NOT NULL"
                + " UNION ALL SELECT target, 'target', num_mentions FROM events WHERE target IS NOT NULL)"
                + " GROUP BY actor ORDER BY events DESC, actor LIMIT " + limit;
        return query(sql, format, out);
    }

    /**
     * Proper-noun sequences no dictionary coded, by how many documents name them: candidates for the actor
     * dictionaries.
     */
    public long candidates(int limit, int minDocuments, Rows.Format format, Writer out) throws SQLException, IOException {
        String sql = "SELECT name, documents, mentions FROM names WHERE documents >= " + minDocuments
                + " ORDER BY documents DESC, mentions DESC, name LIMIT " + limit;
        return query(sql, format, out);
    }

    /**
     * Runs one read-only query of the documented views and prints its result. Anything else (a second statement,
     * COPY, ATTACH, INSTALL, a file read through read_csv or a path) is refused with IllegalArgumentException before
     * it runs ({@link ReadOnlySql}); the store must be open read-only, which also keeps files and extensions out.
     */
    public long sql(String query, Rows.Format format, Writer out) throws SQLException, IOException {
        if (!store.isReadOnly()) throw new IllegalStateException("user SQL runs only on a store opened read-only");
        ReadOnlySql.check(store.connection(), query);
        return query(query, format, out);
    }

    private long query(String sql, Rows.Format format, Writer out) throws SQLException, IOException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            return Rows.print(r, format, out);
        }
    }

    static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
    }
}
