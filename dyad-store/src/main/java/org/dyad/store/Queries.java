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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.ontology.PloverType;

/**
 * The questions asked of a store: by {@code dyad events}, {@code series}, {@code actors} and {@code sql}, and by
 * every endpoint of {@code dyad serve}, which adds only HTTP. Every value from a user is a bound parameter.
 */
public final class Queries {
    private final EventStore store;

    public Queries(EventStore store) {
        this.store = store;
    }

    /**
     * A stored event as the coder's record (provenance: its first mention), with how often it was reported and the
     * story it was first reported in.
     */
    public record StoredEvent(long id, Event event, int mentions, int articles, int sources, String cluster,
                              LocalDate docDate, String url, String publisher) {}

    /** What an event list is sorted by; ties break on the event id, so pages never overlap. */
    public enum Sort {
        DATE("date"), GOLDSTEIN("goldstein"), MENTIONS("num_mentions"), CAMEO("cameo"), SOURCE("source"),
        TARGET("target"), MODALITY("modality");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /** A sort and its direction. Newest first breaks ties newest stored first. */
    public record Order(Sort by, boolean descending) {
        public static final Order OLDEST_FIRST = new Order(Sort.DATE, false);
        public static final Order NEWEST_FIRST = new Order(Sort.DATE, true);

        /** "date", "-goldstein", "mentions" ...: the field's name, "-" in front for descending. */
        public static Optional<Order> parse(String spec) {
            if (spec == null) return Optional.empty();
            boolean desc = spec.startsWith("-");
            String name = (desc ? spec.substring(1) : spec).toUpperCase(Locale.ROOT);
            for (Sort s : Sort.values()) if (s.name().equals(name)) return Optional.of(new Order(s, desc));
            return Optional.empty();
        }

        /** Every spelling {@link #parse} takes. */
        public static List<String> names() {
            List<String> out = new ArrayList<>();
            for (Sort s : Sort.values()) {
                String n = s.name().toLowerCase(Locale.ROOT);
                out.add(n);
                out.add("-" + n);
            }
            return out;
        }

        String sql() {
            return by.column + (descending ? " DESC" : "") + " NULLS LAST, id" + (descending && by == Sort.DATE ? " DESC" : "");
        }

        @Override
        public String toString() {
            return (descending ? "-" : "") + by.name().toLowerCase(Locale.ROOT);
        }
    }

    /** How many stored events the filter takes. */
    public long count(EventFilter filter) throws SQLException {
        EventFilter.Sql where = filter.toSql();
        try (PreparedStatement p = store.connection().prepareStatement("SELECT count(*) FROM " + store.events() + where.where())) {
            bind(p, where.parameters());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Stored events matching the filter, by date, then id; at most {@code limit} (0: all). */
    public void events(EventFilter filter, int limit, Consumer<StoredEvent> out) throws SQLException {
        EventFilter.Sql where = filter.toSql();
        String sql = "SELECT * FROM " + store.events() + where.where() + " ORDER BY " + Order.OLDEST_FIRST.sql()
                + (limit > 0 ? " LIMIT " + limit : "");
        CameoCatalog catalog = CameoCatalog.builtIn();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            bind(p, where.parameters());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.accept(toStored(r, catalog));
            }
        }
    }

    /** One page of a sorted event list, and how many events the filter takes in all. */
    public record Page(long total, int page, int size, Order order, List<StoredEvent> events) {}

    /** Page {@code page} (from 1) of {@code size} events matching the filter, in the given order. */
    public Page page(EventFilter filter, Order order, int page, int size) throws SQLException {
        if (page < 1 || size < 1) throw new IllegalArgumentException("page and size start at 1");
        EventFilter.Sql where = filter.toSql();
        // The total rides along as a window count: one pass over the view instead of two.
        String sql = "SELECT *, count(*) OVER () AS total_rows FROM " + store.events() + where.where() + " ORDER BY " + order.sql()
                + " LIMIT ? OFFSET ?";
        CameoCatalog catalog = CameoCatalog.builtIn();
        List<StoredEvent> events = new ArrayList<>();
        long total = -1;
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            List<Object> params = new ArrayList<>(where.parameters());
            params.add(size);
            params.add((long) (page - 1) * size);
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (total < 0) total = r.getLong("total_rows");
                    events.add(toStored(r, catalog));
                }
            }
        }
        // Past the last page the rows are gone, so count on their own.
        if (total < 0) total = page > 1 ? count(filter) : 0;
        return new Page(total, page, size, order, events);
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
        String docDate = r.getString("doc_date");
        return new StoredEvent(r.getLong("id"), e, r.getInt("num_mentions"), r.getInt("num_articles"),
                r.getInt("num_sources"), r.getString("cluster"), docDate == null ? null : LocalDate.parse(docDate),
                r.getString("url"), r.getString("publisher"));
    }

    /** How {@code series} cuts time. A period is named by its first day: the day, the Monday, the month. */
    public enum Period {
        DAY("day", "%Y-%m-%d"), WEEK("week", "%Y-%m-%d"), MONTH("month", "%Y-%m");

        private final String unit;
        private final String label;

        Period(String unit, String label) {
            this.unit = unit;
            this.label = label;
        }

        /** "day", "week" or "month", any case. */
        public static Optional<Period> fromName(String name) {
            if (name == null) return Optional.empty();
            for (Period p : values()) if (p.unit.equalsIgnoreCase(name.strip())) return Optional.of(p);
            return Optional.empty();
        }

        @Override
        public String toString() {
            return unit;
        }
    }

    /**
     * Events per period: the count, the count per QuadClass, the Goldstein sum and mean, and the mentions behind
     * them. {@code verbalCoop} to {@code materialConflict} are QuadClass 1 to 4. A period without events has zeros
     * and a null mean.
     */
    public record SeriesPoint(String period, long events, long verbalCoop, long materialCoop, long verbalConflict,
                              long materialConflict, double goldsteinSum, Double goldsteinMean, long mentions) {}

    /**
     * The events the filter takes, per period, with the columns of {@link SeriesPoint}. Every period from the
     * filter's {@code from} (else the first event's) to its {@code to} (else the last event's) is listed, those
     * without events with zeros, so the axis is true time. Events without a date are in no period.
     */
    private String seriesSql(EventFilter filter, Period period, List<Object> params) throws SQLException {
        EventFilter.Sql where = filter.toSql("date IS NOT NULL");
        params.addAll(where.parameters());
        params.add(filter.from() == null ? null : filter.from().toString());
        params.add(filter.to() == null ? null : filter.to().toString());
        String start = "CAST(date_trunc('" + period.unit + "', %s) AS DATE)";
        return "WITH picked AS (SELECT " + start.formatted("date") + " AS start, quad_class, goldstein, num_mentions"
                + " FROM " + store.events() + where.where() + "),"
                + " span AS (SELECT coalesce(" + start.formatted("CAST(? AS DATE)") + ", min(start)) AS first,"
                + " coalesce(" + start.formatted("CAST(? AS DATE)") + ", max(start)) AS last FROM picked),"
                + " periods AS (SELECT CAST(unnest(generate_series(CAST(first AS TIMESTAMP), CAST(last AS TIMESTAMP),"
                + " INTERVAL 1 " + period.unit + ")) AS DATE) AS start FROM span)"
                + " SELECT strftime(p.start, '" + period.label + "') AS period, count(k.start) AS events,"
                + " count(*) FILTER (WHERE k.quad_class = 1) AS verbal_coop,"
                + " count(*) FILTER (WHERE k.quad_class = 2) AS material_coop,"
                + " count(*) FILTER (WHERE k.quad_class = 3) AS verbal_conflict,"
                + " count(*) FILTER (WHERE k.quad_class = 4) AS material_conflict,"
                + " round(coalesce(sum(k.goldstein), 0), 2) AS goldstein_sum, round(avg(k.goldstein), 3) AS goldstein_mean,"
                + " CAST(coalesce(sum(k.num_mentions), 0) AS BIGINT) AS mentions"
                + " FROM periods p LEFT JOIN picked k ON k.start = p.start GROUP BY p.start ORDER BY p.start";
    }

    /** The series of {@link #seriesSql}, printed ({@code dyad series}); returns how many periods. */
    public long series(EventFilter filter, Period period, Rows.Format format, Writer out) throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(seriesSql(filter, period, params))) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                return Rows.print(r, format, out);
            }
        }
    }

    /**
     * The series of {@link #seriesSql} as points, at most {@code maxPeriods} of them.
     *
     * @throws IllegalArgumentException when the series has more periods than that
     */
    public List<SeriesPoint> series(EventFilter filter, Period period, int maxPeriods) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<SeriesPoint> points = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(seriesSql(filter, period, params) + " LIMIT ?")) {
            params.add(maxPeriods + 1);
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    points.add(new SeriesPoint(r.getString("period"), r.getLong("events"), r.getLong("verbal_coop"),
                            r.getLong("material_coop"), r.getLong("verbal_conflict"), r.getLong("material_conflict"),
                            r.getDouble("goldstein_sum"), doubleOrNull(r, "goldstein_mean"), r.getLong("mentions")));
                }
            }
        }
        if (points.size() > maxPeriods) {
            throw new IllegalArgumentException("this series would have more than " + maxPeriods + " periods of a " + period
                    + "; ask for longer periods, or a shorter from..to");
        }
        return points;
    }

    /**
     * A dyad ranked by its events, both directions together: the codes in alphabetical order, each direction's
     * share, the Goldstein mean and the mentions.
     */
    public record DyadCount(String a, String b, long events, long aToB, long bToA, Double goldsteinMean, long mentions) {
        /** "A:B", the spelling a filter's dyad takes. */
        public String dyad() {
            return a + ":" + b;
        }
    }

    /**
     * The busiest dyads the filter takes, either direction together, each pair once. {@code country} folds codes
     * to their first three letters (RUSGOV, RUSMIL → RUS). Events without a target, or with an actor coded
     * {@code ---} (found but not named), are in no dyad.
     */
    public List<DyadCount> dyads(EventFilter filter, boolean country, int limit) throws SQLException {
        String src = country ? "substr(source, 1, 3)" : "source";
        String tgt = country ? "substr(target, 1, 3)" : "target";
        // "---" is an actor the coder found but could not name: a pair with it is not a dyad anyone can follow.
        EventFilter.Sql where = filter.toSql("source IS NOT NULL", "target IS NOT NULL", "NOT starts_with(source, '---')",
                "NOT starts_with(target, '---')");
        String sql = "SELECT least(" + src + ", " + tgt + ") AS a, greatest(" + src + ", " + tgt + ") AS b,"
                + " count(*) AS events, count(*) FILTER (WHERE " + src + " <= " + tgt + ") AS a_to_b,"
                + " round(avg(goldstein), 3) AS goldstein_mean, CAST(sum(num_mentions) AS BIGINT) AS mentions FROM " + store.events()
                + where.where() + " GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?";
        List<Object> params = new ArrayList<>(where.parameters());
        params.add(limit);
        List<DyadCount> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String a = r.getString("a");
                    String b = r.getString("b");
                    long n = r.getLong("events");
                    long ab = a.equals(b) ? n : r.getLong("a_to_b");
                    out.add(new DyadCount(a, b, n, ab, a.equals(b) ? n : n - ab,
                            doubleOrNull(r, "goldstein_mean"), r.getLong("mentions")));
                }
            }
        }
        return out;
    }

    /** Events from one actor to another: the count, the Goldstein mean and the mentions. */
    public record Edge(String source, String target, long events, Double goldsteinMean, long mentions) {}

    /** An actor of a network: the events of its edges, as source and as target. */
    public record Node(String code, long asSource, long asTarget) {}

    /** Who acts on whom: the busiest edges, and the actors they join, by code. */
    public record Network(List<Node> actors, List<Edge> edges) {}

    /**
     * The busiest {@code limit} directed source→target edges among the events the filter takes, and their actors.
     * {@code country} folds codes to their first three letters (RUSGOV, RUSMIL → RUS).
     */
    public Network network(EventFilter filter, boolean country, int limit) throws SQLException {
        String src = country ? "substr(source, 1, 3)" : "source";
        String tgt = country ? "substr(target, 1, 3)" : "target";
        EventFilter.Sql where = filter.toSql("source IS NOT NULL", "target IS NOT NULL");
        String sql = "SELECT " + src + " AS source, " + tgt + " AS target, count(*) AS events,"
                + " round(avg(goldstein), 3) AS goldstein_mean, CAST(sum(num_mentions) AS BIGINT) AS mentions FROM " + store.events()
                + where.where() + " GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?";
        List<Object> params = new ArrayList<>(where.parameters());
        params.add(limit);
        List<Edge> edges = new ArrayList<>();
        Map<String, long[]> nodes = new TreeMap<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Edge e = new Edge(r.getString("source"), r.getString("target"), r.getLong("events"),
                            doubleOrNull(r, "goldstein_mean"), r.getLong("mentions"));
                    edges.add(e);
                    nodes.computeIfAbsent(e.source(), k -> new long[2])[0] += e.events();
                    nodes.computeIfAbsent(e.target(), k -> new long[2])[1] += e.events();
                }
            }
        }
        List<Node> actors = new ArrayList<>();
        nodes.forEach((code, n) -> actors.add(new Node(code, n[0], n[1])));
        return new Network(actors, edges);
    }

    /** Actor codes ranked by the events they take part in, as source and as target. */
    public long actors(int limit, Rows.Format format, Writer out) throws SQLException, IOException {
        String sql = "SELECT actor, count(*) AS events, count(*) FILTER (WHERE role = 'source') AS as_source,"
                + " count(*) FILTER (WHERE role = 'target') AS as_target, CAST(sum(num_mentions) AS BIGINT) AS mentions FROM ("
                + " SELECT source AS actor, 'source' AS role, num_mentions FROM " + store.events() + " WHERE source IS NOT NULL"
                + " UNION ALL SELECT target, 'target', num_mentions FROM " + store.events() + " WHERE target IS NOT NULL)"
                + " GROUP BY actor ORDER BY events DESC, actor LIMIT " + limit;
        return query(sql, format, out);
    }

    /** A stored story. {@code publisher} is the documents view's {@code source}. */
    public record StoredDocument(String id, LocalDate date, String title, String url, String publisher, String text) {}

    /** The stored story with this id, if there is one. */
    public Optional<StoredDocument> document(String id) throws SQLException {
        try (PreparedStatement p = store.connection().prepareStatement(
                "SELECT id, date, title, url, source, text FROM documents WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Optional.empty();
                String date = r.getString("date");
                return Optional.of(new StoredDocument(r.getString("id"), date == null ? null : LocalDate.parse(date),
                        r.getString("title"), r.getString("url"), r.getString("source"), r.getString("text")));
            }
        }
    }

    /**
     * One sentence of a story reporting a stored event: where in the story, in which words, and the event (which
     * may have been first reported elsewhere).
     */
    public record Mention(StoredEvent event, int sentence, String text, int begin, int end, String sourceText,
                          String targetText) {}

    /** Every event a story reports, as its mentions in that story, in the order of the text. */
    public List<Mention> mentions(String doc) throws SQLException {
        String sql = "SELECT e.*, m.sentence AS m_sentence, m.text AS m_text, m.span_begin AS m_begin,"
                + " m.span_end AS m_end, m.source_text AS m_source_text, m.target_text AS m_target_text"
                + " FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.doc = ? ORDER BY m.span_begin, e.id";
        CameoCatalog catalog = CameoCatalog.builtIn();
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            p.setString(1, doc);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Mention(toStored(r, catalog), r.getInt("m_sentence"), r.getString("m_text"),
                            r.getInt("m_begin"), r.getInt("m_end"), r.getString("m_source_text"), r.getString("m_target_text")));
                }
            }
        }
        return out;
    }

    private static Double doubleOrNull(ResultSet r, String column) throws SQLException {
        Object v = r.getObject(column);
        return v == null ? null : ((Number) v).doubleValue();
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
