package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.dyad.io.output.JsonlEventWriter;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Exporter;
import org.dyad.store.Queries;

/**
 * The API's questions, asked through dyad-store's {@link Queries} and {@link Exporter} (the ones {@code dyad events},
 * {@code series} and {@code export} ask) of the store opened read-only, and their answers as JSON. This class holds
 * no SQL: it lends each request a store handle and spells the store's answers in the API's field names.
 */
final class StoreQueries implements AutoCloseable {
    /** Page sizes above this are refused: a phone should not be asked to lay out ten thousand rows. */
    static final int MAX_PAGE_SIZE = 500;

    /** A series longer than this many periods is refused: ask for weeks or months instead. */
    static final int MAX_PERIODS = 5000;

    /** An export larger than this is refused: the command line ({@code dyad export}) is for whole stores. */
    static final long MAX_EXPORT = 1_000_000;

    /** Store handles kept open for requests; more would only queue on two cores. */
    static final int POOL = 4;

    private final ObjectMapper json;
    private final EventStore root;
    private final BlockingQueue<EventStore> pool = new ArrayBlockingQueue<>(POOL);

    private StoreQueries(ObjectMapper json, EventStore root) throws SQLException {
        this.json = json;
        this.root = root;
        for (int i = 0; i < POOL; i++) pool.add(root.duplicate());
    }

    /** Opens the store read-only: the server can change nothing in it, and ingests elsewhere are not blocked by it. */
    static StoreQueries open(Path db, ObjectMapper json) throws SQLException {
        // Many small queries at once: one thread each beats each query fanning out over every core.
        return new StoreQueries(json, EventStore.openReadOnly(db, 1));
    }

    private interface Question<T> {
        T ask(EventStore store) throws SQLException, IOException;
    }

    /** Asks on a pooled handle (a DuckDB connection is not for concurrent use) and gives the handle back. */
    private <T> T ask(Question<T> question) throws SQLException, IOException {
        EventStore store;
        try {
            store = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a store connection");
        }
        try {
            return question.ask(store);
        } finally {
            pool.add(store);
        }
    }

    private <T> T query(Question<T> question) throws SQLException {
        try {
            return ask(question);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long eventCount() throws SQLException {
        return query(s -> new Queries(s).count(EventFilter.ALL));
    }

    /** One page of events with the total that match. */
    ObjectNode events(EventFilter filter, Queries.Order order, int page, int size) throws SQLException {
        Queries.Page p = query(s -> new Queries(s).page(filter, order, page, size));
        ObjectNode out = json.createObjectNode();
        out.put("total", p.total());
        out.put("page", p.page());
        out.put("size", p.size());
        out.put("sort", p.order().toString());
        ArrayNode events = out.putArray("events");
        for (Queries.StoredEvent e : p.events()) events.add(event(e));
        return out;
    }

    /**
     * Events per period (the store's series, the one {@code dyad series} prints): every period from {@code from}
     * (else the first event's) to {@code to} (else the last event's), empty ones with zeros and a null mean.
     *
     * @throws ApiError when the series would have more than {@value #MAX_PERIODS} periods
     */
    ObjectNode series(EventFilter filter, Queries.Period by) throws SQLException {
        java.util.List<Queries.SeriesPoint> points;
        try {
            points = query(s -> new Queries(s).series(filter, by, MAX_PERIODS));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("by", e.getMessage());
        }
        ObjectNode out = json.createObjectNode();
        out.put("dyad", filter.dyad() == null ? null : filter.dyad().toString());
        out.put("by", by.toString());
        ArrayNode list = out.putArray("points");
        for (Queries.SeriesPoint p : points) {
            ObjectNode pt = list.addObject();
            pt.put("period", p.period());
            pt.put("events", p.events());
            pt.put("verbal_coop", p.verbalCoop());
            pt.put("material_coop", p.materialCoop());
            pt.put("verbal_conflict", p.verbalConflict());
            pt.put("material_conflict", p.materialConflict());
            pt.put("goldstein_sum", p.goldsteinSum());
            pt.put("goldstein_mean", p.goldsteinMean());
            pt.put("mentions", p.mentions());
        }
        return out;
    }

    /** The busiest dyads, either direction together, each pair once (the codes in alphabetical order). */
    ObjectNode dyads(EventFilter filter, boolean country, int limit) throws SQLException {
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("dyads");
        for (Queries.DyadCount d : query(s -> new Queries(s).dyads(filter, country, limit))) {
            ObjectNode o = list.addObject();
            o.put("dyad", d.dyad());
            o.put("events", d.events());
            o.put("a_to_b", d.aToB());
            o.put("b_to_a", d.bToA());
            o.put("goldstein_mean", d.goldsteinMean());
            o.put("mentions", d.mentions());
        }
        return out;
    }

    /** Who acts on whom: the busiest directed edges and the actors they join. */
    ObjectNode actors(EventFilter filter, boolean country, int limit) throws SQLException {
        Queries.Network net = query(s -> new Queries(s).network(filter, country, limit));
        ObjectNode out = json.createObjectNode();
        ArrayNode edges = out.putArray("edges");
        for (Queries.Edge e : net.edges()) {
            ObjectNode o = edges.addObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("events", e.events());
            o.put("goldstein_mean", e.goldsteinMean());
            o.put("mentions", e.mentions());
        }
        ArrayNode actors = out.putArray("actors");
        for (Queries.Node n : net.actors()) {
            actors.addObject().put("code", n.code()).put("as_source", n.asSource()).put("as_target", n.asTarget());
        }
        return out;
    }

    /**
     * A stored document with every event reported in it: each event's sentence span and the spans of its source and
     * target words inside the document text, so a reader can see the sentence behind each code. Null when the store
     * has no such document.
     */
    ObjectNode document(String id) throws SQLException {
        record Answer(Queries.StoredDocument doc, java.util.List<Queries.Mention> mentions) {}
        Answer a = query(s -> {
            Queries q = new Queries(s);
            var doc = q.document(id);
            return doc.isEmpty() ? null : new Answer(doc.get(), q.mentions(id));
        });
        if (a == null) return null;
        ObjectNode out = json.createObjectNode();
        out.put("id", a.doc().id());
        out.put("date", a.doc().date() == null ? null : a.doc().date().toString());
        out.put("title", a.doc().title());
        out.put("url", a.doc().url());
        out.put("source", a.doc().publisher());
        out.put("text", a.doc().text());
        String text = a.doc().text();
        ArrayNode events = out.putArray("events");
        // Mentions, not events: an event first reported elsewhere still shows where this story reports it.
        for (Queries.Mention m : a.mentions()) {
            ObjectNode e = event(m.event());
            e.put("doc", id);
            e.put("sentence", m.sentence());
            e.put("text", m.text());
            e.putArray("span").add(m.begin()).add(m.end());
            actorSpan(e, "source", m.sourceText(), text, m.begin(), m.end());
            actorSpan(e, "target", m.targetText(), text, m.begin(), m.end());
            events.add(e);
        }
        return out;
    }

    /** How many events an export of the filter would hold. */
    long count(EventFilter filter) throws SQLException {
        return query(s -> new Queries(s).count(filter));
    }

    /** Writes the store's export of the filter, as {@code dyad export} does; returns how many events. */
    long export(Exporter.Format format, EventFilter filter, boolean oneADay, Writer out) throws SQLException, IOException {
        return ask(s -> new Exporter(s).write(format, filter, oneADay, out));
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

    /**
     * A stored event as the JSONL output contract spells it (written by {@code dyad code}'s own writer, so the API
     * cannot drift from it), plus its id, how often it was reported, and its story.
     */
    private ObjectNode event(Queries.StoredEvent stored) {
        StringWriter line = new StringWriter();
        ObjectNode e = json.createObjectNode();
        e.put("id", stored.id());
        try (JsonlEventWriter writer = new JsonlEventWriter(line)) {
            writer.write(stored.event());
            writer.flush();
            e.setAll((ObjectNode) json.readTree(line.toString()));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        e.put("num_mentions", stored.mentions());
        e.put("num_articles", stored.articles());
        e.put("num_sources", stored.sources());
        e.put("doc_date", stored.docDate() == null ? null : stored.docDate().toString());
        e.put("publisher", stored.publisher());
        e.put("url", stored.url());
        return e;
    }

    @Override
    public void close() throws SQLException {
        for (EventStore s : pool) s.close();
        root.close();
    }
}
