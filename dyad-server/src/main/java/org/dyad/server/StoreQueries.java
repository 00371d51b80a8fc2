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
    static final Map<String, String> SORTS = Map.of(
            "date", "date NULLS LAST, id",
            "-date", "date DESC NULLS LAST, id DESC",
            "goldstein", "goldstein NULLS LAST, id",
            "-goldstein", "goldstein DESC NULLS LAST, id",
            "mentions", "num_mentions, id",
            "-mentions", "num_mentions DESC, id",
            "cameo", "cameo, id",
            "source", "source, id",
            "target", "target NULLS LAST, id");

    /** How a series cuts time: the label each period gets. */
    static final Map<String, String> PERIODS = Map.of(
            "day", "strftime(date, '%Y-%m-%d')",
            "week", "strftime(date_trunc('week', date), '%Y-%m-%d')",
            "month", "strftime(date, '%Y-%m')");

    /** Event filters, as in {@code dyad events}; null fields set no condition. */
    record Filter(LocalDate from, LocalDate to, String source, String target, String cameo, String plover,
                  String modality, String text) {
        void where(StringBuilder sql, List<Object> params) {
            List<String> c = new ArrayList<>();
            if (from != null) { c.add("date >= CAST(? AS DATE)"); params.add(from.toString()); }
            if (to != null) { c.add("date <= CAST(? AS DATE)"); params.add(to.toString()); }
            if (source != null) { c.add("starts_with(source, ?)"); params.add(source); }
            if (target != null) { c.add("starts_with(target, ?)"); params.add(target); }
            if (cameo != null) { c.add("starts_with(cameo, ?)"); params.add(cameo); }
            if (plover != null) { c.add("upper(plover_type) = ?"); params.add(plover); }
            if (modality != null) { c.add("modality = ?"); params.add(modality); }
            if (text != null) { c.add("contains(lower(text), lower(?))"); params.add(text); }
            if (!c.isEmpty()) sql.append(" WHERE ").append(String.join(" AND ", c));
        }
    }

    /** A dyad: two actor code prefixes, in one direction or both (the {@code dyad series} spelling). */
    record Dyad(String first, String second, boolean bothDirections) {}

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
     * Events of a dyad per period: the count, the count per QuadClass, the Goldstein mean, and the mentions
     * behind them. Periods without events are left out.
     */
    ObjectNode series(Dyad dyad, String by, LocalDate from, LocalDate to, String modality) throws SQLException {
        String pair = "(starts_with(source, ?) AND starts_with(target, ?))";
        StringBuilder sql = new StringBuilder("SELECT ").append(PERIODS.get(by)).append(" AS period, count(*) AS events,"
                + " count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,"
                + " count(*) FILTER (WHERE quad_class = 2) AS material_coop,"
                + " count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,"
                + " count(*) FILTER (WHERE quad_class = 4) AS material_conflict,"
                + " round(avg(goldstein), 3) AS goldstein_mean, sum(num_mentions) AS mentions"
                + " FROM events WHERE date IS NOT NULL AND (" + pair + (dyad.bothDirections() ? " OR " + pair : "") + ")");
        List<Object> params = new ArrayList<>(List.of(dyad.first(), dyad.second()));
        if (dyad.bothDirections()) params.addAll(List.of(dyad.second(), dyad.first()));
        if (from != null) { sql.append(" AND date >= CAST(? AS DATE)"); params.add(from.toString()); }
        if (to != null) { sql.append(" AND date <= CAST(? AS DATE)"); params.add(to.toString()); }
        if (modality != null) { sql.append(" AND modality = ?"); params.add(modality); }
        sql.append(" GROUP BY 1 ORDER BY 1");
        ObjectNode out = json.createObjectNode();
        out.put("dyad", dyad.first() + (dyad.bothDirections() ? ":" : ">") + dyad.second());
        out.put("by", by);
        ArrayNode points = out.putArray("points");
        try (Pooled c = connection(); PreparedStatement p = c.prepareStatement(sql.toString())) {
            bind(p, params);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ObjectNode pt = points.addObject();
                    pt.put("period", r.getString("period"));
                    pt.put("events", r.getLong("events"));
                    pt.put("verbal_coop", r.getLong("verbal_coop"));
                    pt.put("material_coop", r.getLong("material_coop"));
                    pt.put("verbal_conflict", r.getLong("verbal_conflict"));
                    pt.put("material_conflict", r.getLong("material_conflict"));
                    putDouble(pt, "goldstein_mean", r, "goldstein_mean");
                    pt.put("mentions", r.getLong("mentions"));
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
    ObjectNode actors(LocalDate from, LocalDate to, String modality, boolean country, int limit) throws SQLException {
        String src = country ? "substr(source, 1, 3)" : "source";
        String tgt = country ? "substr(target, 1, 3)" : "target";
        StringBuilder sql = new StringBuilder("SELECT " + src + " AS source, " + tgt + " AS target, count(*) AS events,"
                + " round(avg(goldstein), 3) AS goldstein_mean, sum(num_mentions) AS mentions FROM events"
                + " WHERE source IS NOT NULL AND target IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (from != null) { sql.append(" AND date >= CAST(? AS DATE)"); params.add(from.toString()); }
        if (to != null) { sql.append(" AND date <= CAST(? AS DATE)"); params.add(to.toString()); }
        if (modality != null) { sql.append(" AND modality = ?"); params.add(modality); }
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
        }
        e.put("num_mentions", r.getLong("num_mentions"));
        e.put("num_articles", r.getLong("num_articles"));
        e.put("num_sources", r.getLong("num_sources"));
        e.put("doc_date", r.getString("doc_date"));
        e.put("publisher", r.getString("publisher"));
        return e;
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
