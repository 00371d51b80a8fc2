package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.dyad.store.Queries.Dyad;

/**
 * The API's questions to the event store, asked read-only of the documented views ({@code events},
 * {@code mentions}, {@code documents}; see docs/FORMATS.md). Every value from a request is a bound parameter;
 * the only SQL text that varies is chosen from fixed lists (sort orders, periods).
 *
 * <p>Filters mean what they mean in {@code dyad events}: actor and CAMEO codes match as prefixes (USA takes
 * USAGOV), PLOVER types exactly, text as a case-insensitive substring of the sentence.
 */
final class StoreQueries implements AutoCloseable {
    /** Page sizes above this are refused: a phone should not be asked to lay out ten thousand rows. */
    static final int MAX_PAGE_SIZE = 500;

    /** The sort orders {@code /api/events} accepts; "-" in front reverses. Ties break on id for stable pages. */
    static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("date", "date NULLS LAST, id"),
            Map.entry("-date", "date DESC NULLS LAST, id DESC"),
            Map.entry("goldstein", "goldstein NULLS LAST, id"),
            Map.entry("-goldstein", "goldstein DESC NULLS LAST, id"),
            Map.entry("mentions", "num_mentions, id"),
            Map.entry("-mentions", "num_mentions DESC, id"),
            Map.entry("cameo", "cameo, id"),
            Map.entry("-cameo", "cameo DESC, id"),
            Map.entry("source", "source, id"),
            Map.entry("-source", "source DESC NULLS LAST, id"),
            Map.entry("target", "target NULLS LAST, id"),
            Map.entry("-target", "target DESC NULLS LAST, id"),
            Map.entry("modality", "modality, id"),
            Map.entry("-modality", "modality DESC, id"));

    /** How a series cuts time: the label each period gets. */
    static final Map<String, String> PERIODS = Map.of(
            "day", "strftime(date, '%Y-%m-%d')",
            "week", "strftime(date_trunc('week', date), '%Y-%m-%d')",
            "month", "strftime(date, '%Y-%m')");

    /**
     * Event filters, as in {@code dyad events}, plus a dyad (the {@code dyad series} spelling, with {@code *} for any
     * actor) and a QuadClass; null fields set no condition. Every endpoint filters through this one record, so the
     * same parameters pick the same events in a series, a network and a list.
     */
    record Filter(LocalDate from, LocalDate to, Dyad dyad, String source, String target, String cameo, Integer quad,
                  String plover, String modality, String text) {
        static final Filter ALL = new Filter(null, null, null, null, null, null, null, null, null, null);

        void where(StringBuilder sql, List<Object> params) {
            List<String> c = conditions(params);
            if (!c.isEmpty()) sql.append(" WHERE ").append(String.join(" AND ", c));
        }

        List<String> conditions(List<Object> params) {
            List<String> c = new ArrayList<>();
            if (from != null) { c.add("date >= CAST(? AS DATE)"); params.add(from.toString()); }
            if (to != null) { c.add("date <= CAST(? AS DATE)"); params.add(to.toString()); }
            if (dyad != null) c.add(dyad.condition(params));
            if (source != null) { c.add("starts_with(source, ?)"); params.add(source); }
            if (target != null) { c.add("starts_with(target, ?)"); params.add(target); }
            if (cameo != null) { c.add("starts_with(cameo, ?)"); params.add(cameo); }
            if (quad != null) { c.add("quad_class = ?"); params.add(quad); }
            if (plover != null) { c.add("upper(plover_type) = ?"); params.add(plover); }
            if (modality != null) { c.add("modality = ?"); params.add(modality); }
            if (text != null) { c.add("contains(lower(text), lower(?))"); params.add(text); }
            return c;
        }
    }

    /** A dyad: the store's spelling, so the server and {@code dyad series} mean the same pairs. */
    static Dyad dyad(String first, String second, boolean both) {
        return new Dyad(first, second, both);
    }

    /** A series longer than this many periods is refused: ask for weeks or months instead. */
    static final int MAX_PERIODS = 5000;

    /** Connections kept open for requests; more would only queue on two cores. */
    static final int POOL = 4;

    private final ObjectMapper json;
    private final Connection root;
    private final java.util.concurrent.BlockingQueue<Connection> pool = new java.util.concurrent.ArrayBlockingQueue<>(POOL);

    private StoreQueries(ObjectMapper json, Connection root) throws SQLException {
        this.json = json;
        this.root = root;
        for (int i = 0; i < POOL; i++) pool.add(((DuckDBConnection) root).duplicate());
    }

    /** Opens the store read-only: the server can change nothing in it, and ingests elsewhere are not blocked by it. */
    static StoreQueries open(Path db, ObjectMapper json) throws SQLException {
        // The store's own locked-down read-only connection: no writes, no files, no extensions. Many small queries
        // at once: one thread each beats each query fanning out over every core.
        return new StoreQueries(json, org.dyad.store.EventStore.connectReadOnly(db, 1));
    }

    /**
     * A pooled connection for one request (a DuckDB connection is not for concurrent use); closing the handle
     * returns it to the pool.
     */
    private Pooled connection() throws SQLException {
        try {
            return new Pooled(pool.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a store connection");
        }
    }

    private final class Pooled implements AutoCloseable {
        final Connection c;

        Pooled(Connection c) {
            this.c = c;
        }

        PreparedStatement prepareStatement(String sql) throws SQLException {
            return c.prepareStatement(sql);
        }

        @Override
        public void close() {
            pool.add(c);
        }
    }

    long eventCount() throws SQLException {
        try (Pooled c = connection(); PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events");
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** One page of events with the total that match. */
    ObjectNode events(Filter filter, String sort, int page, int size) throws SQLException {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        filter.where(where, params);
        ObjectNode out = json.createObjectNode();
        out.put("total", 0);
        out.put("page", page);
        out.put("size", size);
        out.put("sort", sort);
        ArrayNode events = out.putArray("events");
        // The total rides along as a window count: one pass over the view instead of two.
        String sql = "SELECT *, count(*) OVER () AS total_rows FROM events" + where + " ORDER BY " + SORTS.get(sort)
                + " LIMIT ? OFFSET ?";
        boolean counted = false;
        try (Pooled c = connection(); PreparedStatement p = c.prepareStatement(sql)) {
            List<Object> all = new ArrayList<>(params);
            all.add(size);
            all.add((long) (page - 1) * size);
            bind(p, all);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (!counted) {
                        out.put("total", r.getLong("total_rows"));
                        counted = true;
                    }
                    events.add(event(r));
                }
            }
            if (!counted && page > 1) {
                // Past the last page: the rows are gone, so count on their own.
                try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM events" + where)) {
                    bind(q, params);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        out.put("total", r.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Events per period: the count, the count per QuadClass, the Goldstein mean, and the mentions behind them. Every
     * period from {@code from} (else the first event's) to {@code to} (else the last event's) is listed, those without
     * events with zeros and a null mean, so a chart's axis is true time. Events without a date are not in any period.
     */
    ObjectNode series(Filter filter, String by) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> c = filter.conditions(params);
        c.add(0, "date IS NOT NULL");
        String sql = "SELECT " + PERIODS.get(by) + " AS period, count(*) AS events,"
                + " count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,"
                + " count(*) FILTER (WHERE quad_class = 2) AS material_coop,"
                + " count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,"
                + " count(*) FILTER (WHERE quad_class = 4) AS material_conflict,"
                + " round(avg(goldstein), 3) AS goldstein_mean, sum(num_mentions) AS mentions"
                + " FROM events WHERE " + String.join(" AND ", c) + " GROUP BY 1 ORDER BY 1";
        ObjectNode out = json.createObjectNode();
        out.put("dyad", filter.dyad() == null ? null : filter.dyad().toString());
        out.put("by", by);
        Map<String, ObjectNode> found = new java.util.LinkedHashMap<>();
        try (Pooled pc = connection(); PreparedStatement p = pc.prepareStatement(sql)) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ObjectNode pt = json.createObjectNode();
                    pt.put("period", r.getString("period"));
                    pt.put("events", r.getLong("events"));
                    pt.put("verbal_coop", r.getLong("verbal_coop"));
                    pt.put("material_coop", r.getLong("material_coop"));
                    pt.put("verbal_conflict", r.getLong("verbal_conflict"));
                    pt.put("material_conflict", r.getLong("material_conflict"));
                    putDouble(pt, "goldstein_mean", r, "goldstein_mean");
                    pt.put("mentions", r.getLong("mentions"));
                    found.put(pt.get("period").asText(), pt);
                }
            }
        }
        ArrayNode points = out.putArray("points");
        LocalDate first = filter.from() != null ? periodStart(filter.from(), by)
                : found.isEmpty() ? null : parsePeriod(found.keySet().iterator().next(), by);
        LocalDate last = filter.to() != null ? periodStart(filter.to(), by)
                : found.isEmpty() ? null : parsePeriod(new ArrayList<>(found.keySet()).get(found.size() - 1), by);
        if (first == null || last == null) return out;
        int n = 0;
        for (LocalDate d = first; !d.isAfter(last); d = next(d, by)) {
            if (++n > MAX_PERIODS) {
                throw ApiError.badParameter("by", "this series would have more than " + MAX_PERIODS + " periods of a "
                        + by + "; ask for weeks or months, or a shorter from..to");
            }
            String label = label(d, by);
            ObjectNode pt = found.get(label);
            if (pt == null) {
                pt = points.addObject();
                pt.put("period", label);
                for (String f : List.of("events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict")) pt.put(f, 0);
                pt.putNull("goldstein_mean");
                pt.put("mentions", 0);
            } else {
                points.add(pt);
            }
        }
        return out;
    }

    /** The first day of the period {@code date} falls in: the day, the Monday of its ISO week, the 1st of its month. */
    static LocalDate periodStart(LocalDate date, String by) {
        return switch (by) {
            case "week" -> date.with(java.time.DayOfWeek.MONDAY);
            case "month" -> date.withDayOfMonth(1);
            default -> date;
        };
    }

    private static LocalDate parsePeriod(String label, String by) {
        return LocalDate.parse(by.equals("month") ? label + "-01" : label);
    }

    private static LocalDate next(LocalDate start, String by) {
        return switch (by) {
            case "week" -> start.plusWeeks(1);
            case "month" -> start.plusMonths(1);
            default -> start.plusDays(1);
        };
    }

    private static String label(LocalDate start, String by) {
        return by.equals("month") ? start.toString().substring(0, 7) : start.toString();
    }

    /**
     * The busiest dyads, either direction together: each pair once (the codes in alphabetical order), with its
     * events, each direction's share, and the Goldstein mean. Events without a target, or with an actor coded
     * {@code ---} (found but not named), are not in any dyad.
     */
    ObjectNode dyads(Filter filter, boolean country, int limit) throws SQLException {
        String src = country ? "substr(source, 1, 3)" : "source";
        String tgt = country ? "substr(target, 1, 3)" : "target";
        List<Object> params = new ArrayList<>();
        List<String> c = filter.conditions(params);
        // "---" is an actor the coder found but could not name: a pair with it is not a dyad anyone can follow.
        c.add(0, "source IS NOT NULL AND target IS NOT NULL AND NOT starts_with(source, '---') AND NOT starts_with(target, '---')");
        String sql = "SELECT least(" + src + ", " + tgt + ") AS a, greatest(" + src + ", " + tgt + ") AS b,"
                + " count(*) AS events, count(*) FILTER (WHERE " + src + " <= " + tgt + ") AS a_to_b,"
                + " round(avg(goldstein), 3) AS goldstein_mean, sum(num_mentions) AS mentions FROM events WHERE "
                + String.join(" AND ", c) + " GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?";
        params.add(limit);
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("dyads");
        try (Pooled pc = connection(); PreparedStatement p = pc.prepareStatement(sql)) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ObjectNode d = list.addObject();
                    String a = r.getString("a");
                    String b = r.getString("b");
                    long n = r.getLong("events");
                    long ab = r.getLong("a_to_b");
                    d.put("dyad", a + ":" + b);
                    d.put("events", n);
                    d.put("a_to_b", a.equals(b) ? n : ab);
                    d.put("b_to_a", a.equals(b) ? n : n - ab);
                    putDouble(d, "goldstein_mean", r, "goldstein_mean");
                    d.put("mentions", r.getLong("mentions"));
                }
            }
        }
        return out;
    }

    /**
     * Who acts on whom in a period: actors (nodes) with their event counts, and directed source→target edges with
     * the count and mean Goldstein, the busiest {@code limit} edges. {@code country} folds codes to their first
     * three letters (RUSGOV, RUSMIL → RUS).
     */
    ObjectNode actors(Filter filter, boolean country, int limit) throws SQLException {
        String src = country ? "substr(source, 1, 3)" : "source";
        String tgt = country ? "substr(target, 1, 3)" : "target";
        StringBuilder sql = new StringBuilder("SELECT " + src + " AS source, " + tgt + " AS target, count(*) AS events,"
                + " round(avg(goldstein), 3) AS goldstein_mean, sum(num_mentions) AS mentions FROM events"
                + " WHERE source IS NOT NULL AND target IS NOT NULL");
        List<Object> params = new ArrayList<>();
        for (String c : filter.conditions(params)) sql.append(" AND ").append(c);
        sql.append(" GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?");
        params.add(limit);
        ObjectNode out = json.createObjectNode();
        ArrayNode edges = out.putArray("edges");
        Map<String, long[]> nodes = new java.util.TreeMap<>();
        try (Pooled c = connection(); PreparedStatement p = c.prepareStatement(sql.toString())) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ObjectNode e = edges.addObject();
                    String s = r.getString("source");
                    String t = r.getString("target");
                    long n = r.getLong("events");
                    e.put("source", s);
                    e.put("target", t);
                    e.put("events", n);
                    putDouble(e, "goldstein_mean", r, "goldstein_mean");
                    e.put("mentions", r.getLong("mentions"));
                    nodes.computeIfAbsent(s, k -> new long[2])[0] += n;
                    nodes.computeIfAbsent(t, k -> new long[2])[1] += n;
                }
            }
        }
        ArrayNode list = out.putArray("actors");
        nodes.forEach((code, n) -> {
            ObjectNode a = list.addObject();
            a.put("code", code);
            a.put("as_source", n[0]);
            a.put("as_target", n[1]);
        });
        return out;
    }

    /**
     * A stored document with every event reported in it: each event's sentence span and the spans of its source and
     * target words inside the document text, so a reader can see the sentence behind each code. Null when the store
     * has no such document.
     */
    ObjectNode document(String id) throws SQLException {
        ObjectNode out = json.createObjectNode();
        try (Pooled c = connection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, date, title, url, source, text FROM documents WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) return null;
                    out.put("id", r.getString("id"));
                    out.put("date", r.getString("date"));
                    out.put("title", r.getString("title"));
                    out.put("url", r.getString("url"));
                    out.put("source", r.getString("source"));
                    out.put("text", r.getString("text"));
                }
            }
            String text = out.get("text").asText();
            ArrayNode events = out.putArray("events");
            // Mentions, not events: an event first reported elsewhere still shows where this story reports it.
            String sql = "SELECT e.*, m.sentence AS m_sentence, m.text AS m_text, m.span_begin AS m_begin,"
                    + " m.span_end AS m_end, m.source_text AS m_source_text, m.target_text AS m_target_text"
                    + " FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.doc = ? ORDER BY m.span_begin, e.id";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ObjectNode e = event(r);
                        int begin = r.getInt("m_begin");
                        int end = r.getInt("m_end");
                        e.put("doc", id);
                        e.put("sentence", r.getInt("m_sentence"));
                        e.put("text", r.getString("m_text"));
                        e.putArray("span").add(begin).add(end);
                        actorSpan(e, "source", r.getString("m_source_text"), text, begin, end);
                        actorSpan(e, "target", r.getString("m_target_text"), text, begin, end);
                        events.add(e);
                    }
                }
            }
        }
        return out;
    }

    /** Where the actor's words stand in the document: the first occurrence inside the event's sentence. */
    private static void actorSpan(ObjectNode event, String field, String words, String text, int begin, int end) {
        if (!(event.get(field) instanceof ObjectNode actor)) return;
        if (words != null) actor.put("text", words);
        String w = actor.path("text").asText(null);
        if (w == null || w.isEmpty() || begin < 0 || end > text.length() || begin >= end) return;
        int at = text.substring(begin, end).indexOf(w);
        if (at >= 0) actor.putArray("span").add(begin + at).add(begin + at + w.length());
    }

    /** An events-view row as the JSONL output contract spells an event, plus its id and how often it was reported. */
    private ObjectNode event(ResultSet r) throws SQLException {
        ObjectNode e = json.createObjectNode();
        e.put("id", r.getLong("id"));
        e.put("doc", r.getString("doc"));
        e.put("sentence", r.getInt("sentence"));
        e.put("text", r.getString("text"));
        e.putArray("span").add(r.getInt("span_begin")).add(r.getInt("span_end"));
        actor(e, "source", r.getString("source"), r.getString("source_text"));
        actor(e, "target", r.getString("target"), r.getString("target_text"));
        e.put("cameo", r.getString("cameo"));
        putDouble(e, "goldstein", r, "goldstein");
        Object quad = r.getObject("quad_class");
        if (quad == null) e.putNull("quad_class"); else e.put("quad_class", ((Number) quad).intValue());
        String plover = r.getString("plover_type");
        if (plover == null) {
            e.putNull("plover");
        } else {
            e.putObject("plover").put("type", plover).put("mode", r.getString("plover_mode"));
        }
        e.put("date", r.getString("date"));
        e.put("date_basis", r.getString("date_basis"));
        e.put("date_precision", r.getString("date_precision"));
        e.put("modality", r.getString("modality"));
        String place = r.getString("location_name");
        if (place == null) {
            e.putNull("location");
        } else {
            ObjectNode l = e.putObject("location");
            l.put("name", place);
            l.put("country", r.getString("location_country"));
            putDouble(l, "lat", r, "lat");
            putDouble(l, "lon", r, "lon");
            // The GeoNames fields as the JSONL contract writes them: when the gazetteer resolved the place. A store
            // written before they were stored (schema 1) has no such columns.
            String basis = hasColumn(r, "location_basis") ? r.getString("location_basis") : null;
            if (basis != null) {
                Object id = r.getObject("location_geonameid");
                if (id == null) l.putNull("geonameid"); else l.put("geonameid", ((Number) id).intValue());
                l.put("admin1", r.getString("location_admin1"));
                l.put("feature", r.getString("location_feature"));
                l.put("basis", basis);
            }
        }
        e.put("num_mentions", r.getLong("num_mentions"));
        e.put("num_articles", r.getLong("num_articles"));
        e.put("num_sources", r.getLong("num_sources"));
        e.put("doc_date", r.getString("doc_date"));
        e.put("publisher", r.getString("publisher"));
        e.put("url", r.getString("url"));
        return e;
    }

    private static boolean hasColumn(ResultSet r, String column) throws SQLException {
        java.sql.ResultSetMetaData m = r.getMetaData();
        for (int i = 1; i <= m.getColumnCount(); i++) if (m.getColumnLabel(i).equalsIgnoreCase(column)) return true;
        return false;
    }

    private static void actor(ObjectNode e, String field, String code, String words) {
        if (code == null) {
            e.putNull(field);
        } else {
            e.putObject(field).put("code", code).put("text", words);
        }
    }

    private static void putDouble(ObjectNode o, String field, ResultSet r, String column) throws SQLException {
        Object v = r.getObject(column);
        if (v == null) o.putNull(field); else o.put(field, ((Number) v).doubleValue());
    }

    private static void bind(PreparedStatement p, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : pool) c.close();
        root.close();
    }
}
