package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;

/**
 * An embedded DuckDB database of documents, their events and the sentences that report them.
 *
 * <p><b>Exactly once.</b> A document is stored in one transaction with its events, mentions and near-duplicate
 * bands, so a process killed at any moment leaves each document either wholly stored or not at all. A document
 * already stored (same id, same content hash) is skipped, so the same command run again resumes where the
 * killed run stopped. Everything a document's rows depend on (its ingest number, its cluster, event ids) is
 * computed from what was stored before it in input order, so a resumed run ends with the very rows an
 * uninterrupted run writes.
 *
 * <p><b>Deduplication.</b> Each document joins the near-duplicate cluster of the stored document it shares most
 * MinHash bands with (at least {@link #MIN_SHARED_BANDS}, an estimated Jaccard similarity of 0.5 or more), or
 * starts its own. Within a cluster, an event with the same date, source, target, CAMEO code and modality is one
 * event; each sentence that reports it is a mention (GDELT's NumMentions, NumArticles, NumSources).
 *
 * <p>Not thread-safe: one thread (the CLI's main thread) stores documents in input order.
 */
public final class EventStore implements AutoCloseable {
    /** Two shared bands of 32 estimate a Jaccard similarity of at least 0.5 (see {@link MinHash}). */
    public static final int MIN_SHARED_BANDS = 2;

    /** A proper-noun sequence no dictionary coded, found in one sentence. */
    public record Name(int sentence, String name) {}

    /** What the coder made of one document, ready to store. */
    public record Ingestion(Document document, String hash, int sentences, int parsedSentences, List<Event> events,
                            List<Name> names) {}

    public enum Outcome {
        /** Stored with its events. */
        STORED,
        /** The same id and content were stored before: nothing added. */
        ALREADY_STORED,
        /** The id was stored before with other content: the stored version is kept. */
        ID_CONFLICT
    }

    /** What storing one document did. */
    public record Stored(Outcome outcome, String cluster, int newEvents, int mentions) {}

    /** A recorded failure: where, which document if known, and why. */
    public record Failure(String origin, String doc, String message) {}

    private final Connection connection;
    private final boolean readOnly;
    private long nextEventId;
    private long nextSeq;

    private EventStore(Connection connection, boolean readOnly) {
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /**
     * Opens the database file for ingesting, creating it and its tables if needed. DuckDB lets one process write a
     * file only while no other process has it open, so this fails, saying so, while {@code dyad serve} or another
     * command holds the store.
     */
    public static EventStore open(Path db) throws SQLException {
        Path parent = db.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new SQLException("no such folder: " + parent);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        } catch (SQLException e) {
            throw inUse(e, "is open in another process (" + holder(e) + ": 'dyad serve' or another command);"
                    + " a store can be written only while no other process has it open: stop that process, run this"
                    + " command, then start it again");
        }
        EventStore store = new EventStore(c, false);
        Schema.create(c);
        c.setAutoCommit(false);
        store.loadCounters();
        return store;
    }

    /**
     * Opens an existing database read-only for questions and user SQL: nothing in it can be changed, and nothing
     * outside it read or written (see {@link #connectReadOnly}). Several readers may share a file; none may open it
     * while an ingest is writing to it (DuckDB locks the file).
     */
    public static EventStore openReadOnly(Path db) throws SQLException {
        return new EventStore(connectReadOnly(db, false, 0), true);
    }

    /**
     * Opens an existing database read-only, able to write files: for {@link Exporter#writeParquet}, whose COPY to
     * the user's file is built by Dyad. Never run user SQL on it.
     */
    public static EventStore openForExport(Path db) throws SQLException {
        return new EventStore(connectReadOnly(db, true, 0), true);
    }

    /**
     * The read-only connection {@link #openReadOnly(Path)} holds, on its own (to check its rules directly). Locked
     * down: the database cannot be changed, no file or URL can be read or written (DuckDB's
     * {@code enable_external_access=false}), no extension is installed or loaded, and these settings cannot be
     * changed from SQL. Several readers may share a file; none may open it while an ingest is writing to it.
     */
    public static Connection connectReadOnly(Path db) throws SQLException {
        return connectReadOnly(db, false, 0);
    }

    /**
     * {@link #openReadOnly(Path)} with DuckDB's thread count fixed, since the locked configuration cannot be changed
     * later: a server answering many small queries at once wants one thread each. {@link #duplicate} gives it one
     * handle per request thread.
     */
    public static EventStore openReadOnly(Path db, int threads) throws SQLException {
        return new EventStore(connectReadOnly(db, false, threads), true);
    }

    /**
     * Another handle on this read-only store, with its settings, for another thread: a DuckDB connection is not for
     * concurrent use. Closing either leaves the other open.
     */
    public EventStore duplicate() throws SQLException {
        if (!readOnly) throw new IllegalStateException("only a read-only store is shared between threads");
        return new EventStore(((org.duckdb.DuckDBConnection) connection).duplicate(), true);
    }

    private static Connection connectReadOnly(Path db, boolean files, int threads) throws SQLException {
        if (!Files.isRegularFile(db)) throw new SQLException("no event store at " + db + " (run 'dyad ingest' first)");
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        if (!files) p.setProperty("enable_external_access", "false");
        if (threads > 0) p.setProperty("threads", Integer.toString(threads));
        p.setProperty("lock_configuration", "true");
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw inUse(e, "is being written by another process (" + holder(e) + ": 'dyad ingest' or another command);"
                    + " ask again when that has finished");
        }
    }

    /** DuckDB's lock error in Dyad's words (its own suggests a flag of DuckDB's command-line shell); others as they are. */
    private static SQLException inUse(SQLException e, String why) {
        String m = e.getMessage();
        if (m == null || !m.contains("Could not set lock")) return e;
        return new SQLException("the store " + why, e);
    }

    /** "PID 1234" from DuckDB's lock message, or "another process". */
    private static String holder(SQLException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(PID (\\d+)\\)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? "PID " + m.group(1) : "PID unknown";
    }

    /** The connection, for the query and export classes of this package. */
    Connection connection() { return connection; }

    public boolean isReadOnly() { return readOnly; }

    private String events;

    /**
     * What to select events from: the {@code events} view, or, in a store written before schema 2 and opened
     * read-only, that view with the place columns it lacks as nulls. So every reader sees the columns of the
     * current schema.
     */
    String events() throws SQLException {
        if (events == null) {
            List<String> missing = Schema.missingPlaceColumns(connection);
            StringBuilder sql = new StringBuilder("events");
            if (!missing.isEmpty()) {
                sql = new StringBuilder("(SELECT *");
                for (String col : missing) {
                    sql.append(", CAST(NULL AS ").append(Schema.PLACE_COLUMNS.get(col)).append(") AS ").append(col);
                }
                sql.append(" FROM events) AS events");
            }
            events = sql.toString();
        }
        return events;
    }

    private void loadCounters() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT coalesce(max(id), 0) FROM events_t),"
                     + " (SELECT coalesce(max(seq), 0) FROM documents_t)")) {
            r.next();
            nextEventId = r.getLong(1) + 1;
            nextSeq = r.getLong(2) + 1;
        }
    }

    /** SHA-256 of the document text, hex: what "the same content" means. */
    public static String contentHash(Document document) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(document.text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content hash stored under this document id, or null: lets the caller skip coding what is stored. */
    public String storedHash(String id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT hash FROM documents_t WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Stores one coded document with its events in one transaction. */
    public Stored store(Ingestion in) throws SQLException {
        Document doc = in.document();
        long seqBefore = nextSeq;
        long eventBefore = nextEventId;
        try {
            String stored = storedHash(doc.id());
            if (stored != null) {
                connection.rollback();
                return new Stored(stored.equals(in.hash()) ? Outcome.ALREADY_STORED : Outcome.ID_CONFLICT, null, 0, 0);
            }
            long[] signature = MinHash.signature(doc.text());
            long[] bands = signature == null ? new long[0] : MinHash.bands(signature);
            Match match = nearest(bands);
            String cluster = match == null ? doc.id() : match.cluster();
            insertDocument(in, cluster, match == null ? 0 : match.sharedBands());
            insertBands(doc.id(), bands);
            int newEvents = insertEvents(doc, cluster, in.events());
            insertNames(doc.id(), in.names());
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM failures_t WHERE doc = ?")) {
                p.setString(1, doc.id());
                p.executeUpdate();
            }
            connection.commit();
            return new Stored(Outcome.STORED, cluster, newEvents, in.events().size());
        } catch (SQLException | RuntimeException e) {
            nextSeq = seqBefore;
            nextEventId = eventBefore;
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private record Match(String doc, String cluster, int sharedBands) {}

    /** The stored document sharing most bands (earliest on a tie), if it shares enough. */
    private Match nearest(long[] bands) throws SQLException {
        if (bands.length == 0) return null;
        StringBuilder sql = new StringBuilder(
                "SELECT b.doc, d.cluster, count(*) AS shared, min(d.seq) AS seq FROM bands_t b"
                + " JOIN documents_t d ON d.id = b.doc WHERE ");
        for (int i = 0; i < bands.length; i++) sql.append(i == 0 ? "" : " OR ").append("(b.band = ? AND b.key = ?)");
        sql.append(" GROUP BY b.doc, d.cluster ORDER BY shared DESC, seq LIMIT 1");
        try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < bands.length; i++) {
                p.setInt(2 * i + 1, i);
                p.setLong(2 * i + 2, bands[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return null;
                int shared = r.getInt(3);
                return shared >= MIN_SHARED_BANDS ? new Match(r.getString(1), r.getString(2), shared) : null;
            }
        }
    }

    private void insertDocument(Ingestion in, String cluster, int sharedBands) throws SQLException {
        Document d = in.document();
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO documents_t VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, d.id());
            p.setLong(2, nextSeq++);
            p.setString(3, in.hash());
            p.setString(4, d.date().toString());
            p.setString(5, d.title());
            p.setString(6, d.url());
            p.setString(7, d.source());
            p.setString(8, d.origin());
            p.setString(9, d.text());
            p.setInt(10, d.words());
            p.setInt(11, in.sentences());
            p.setInt(12, in.parsedSentences());
            p.setInt(13, in.events().size());
            p.setString(14, cluster);
            p.setInt(15, sharedBands);
            p.executeUpdate();
        }
    }

    private void insertBands(String doc, long[] bands) throws SQLException {
        if (bands.length == 0) return;
        StringBuilder sql = new StringBuilder("INSERT INTO bands_t VALUES ");
        for (int i = 0; i < bands.length; i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < bands.length; i++) {
                p.setInt(3 * i + 1, i);
                p.setLong(3 * i + 2, bands[i]);
                p.setString(3 * i + 3, doc);
            }
            p.executeUpdate();
        }
    }

    /** The identity of an event within a cluster: who did what to whom, when, and as what. */
    static String eventKey(String cluster, Event e) {
        return String.join("\u001f", cluster, String.valueOf(e.date()), code(e.source()), code(e.target()),
                e.cameo() == null ? "" : e.cameo().code(), e.modality() == null ? "" : e.modality().label());
    }

    private static String code(org.dyad.core.model.Actor a) {
        return a == null ? "" : a.code();
    }

    private int insertEvents(Document doc, String cluster, List<Event> events) throws SQLException {
        if (events.isEmpty()) return 0;
        // Few statements per document: with DuckDB each statement costs milliseconds, a row almost nothing.
        List<String> keys = new ArrayList<>();
        for (Event e : events) keys.add(eventKey(cluster, e));
        Map<String, Long> ids = existingEvents(keys);
        List<Object[]> newEvents = new ArrayList<>();
        List<Object[]> mentions = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            Long id = ids.get(keys.get(k));
            if (id == null) {
                id = nextEventId++;
                ids.put(keys.get(k), id);
                newEvents.add(new Object[] {id, keys.get(k), cluster,
                        e.date() == null ? null : e.date().toString(),
                        e.dateBasis() == null ? null : e.dateBasis().label(), e.datePrecision(),
                        e.source() == null ? null : e.source().code(), e.source() == null ? null : e.source().text(),
                        e.target() == null ? null : e.target().code(), e.target() == null ? null : e.target().text(),
                        e.cameo() == null ? null : e.cameo().code(), e.cameo() == null ? null : e.cameo().goldstein(),
                        e.cameo() == null ? null : e.cameo().quadClass(),
                        e.plover() == null ? null : e.plover().type(), e.plover() == null ? null : e.plover().mode(),
                        e.modality() == null ? null : e.modality().label(),
                        e.location() == null ? null : e.location().name(),
                        e.location() == null ? null : e.location().country(),
                        e.location() == null ? null : e.location().lat(),
                        e.location() == null ? null : e.location().lon(),
                        doc.id(), e.sentence(), e.text(), e.spanBegin(), e.spanEnd(),
                        e.location() == null ? null : e.location().geonameid(),
                        e.location() == null ? null : e.location().admin1(),
                        e.location() == null ? null : e.location().admin1Code(),
                        e.location() == null ? null : e.location().feature(),
                        e.location() == null ? null : e.location().basis()});
            }
            mentions.add(new Object[] {id, doc.id(), e.sentence(), e.text(), e.spanBegin(), e.spanEnd(),
                    e.source() == null ? null : e.source().text(), e.target() == null ? null : e.target().text()});
        }
        insertRows("events_t", "(?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)",
                newEvents);
        insertRows("mentions_t", "(?, ?, ?, ?, ?, ?, ?, ?)", mentions);
        return newEvents.size();
    }

    /** Ids of the events already stored under these keys. */
    private Map<String, Long> existingEvents(List<String> keys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        String sql = "SELECT key, id FROM events_t WHERE key IN (" + "?, ".repeat(distinct.size() - 1) + "?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < distinct.size(); i++) p.setString(i + 1, distinct.get(i));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) ids.put(r.getString(1), r.getLong(2));
            }
        }
        return ids;
    }

    /** Inserts rows with as few statements as possible: one per {@value #ROWS_PER_STATEMENT} rows. */
    private void insertRows(String table, String rowTemplate, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
            for (int i = 0; i < chunk.size(); i++) sql.append(i == 0 ? "" : ", ").append(rowTemplate);
            try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
                int n = 1;
                for (Object[] row : chunk) {
                    for (Object v : row) {
                        if (v == null) p.setNull(n++, java.sql.Types.VARCHAR);
                        else p.setObject(n++, v);
                    }
                }
                p.executeUpdate();
            }
        }
    }

    private static final int ROWS_PER_STATEMENT = 200;

    private void insertNames(String doc, List<Name> names) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Name n : names) rows.add(new Object[] {doc, n.sentence(), n.name()});
        insertRows("names_t", "(?, ?, ?)", rows);
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) p.setNull(i, java.sql.Types.DOUBLE); else p.setDouble(i, v);
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) p.setNull(i, java.sql.Types.INTEGER); else p.setInt(i, v);
    }

    /**
     * Records an input or a document that could not be stored. The same failure recorded twice is one row; a
     * document's failures are cleared when it is later stored.
     */
    public void recordFailure(String origin, String doc, String message) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO failures_t VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setString(1, origin);
            p.setString(2, doc);
            p.setString(3, message);
            p.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    public List<Failure> failures() throws SQLException {
        List<Failure> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT origin, doc, message FROM failures_t ORDER BY origin, message")) {
            while (r.next()) out.add(new Failure(r.getString(1), r.getString(2), r.getString(3)));
        }
        return out;
    }

    /** Counts of the main views: documents, events, mentions, clusters. */
    public record Counts(long documents, long events, long mentions, long clusters) {}

    public Counts counts() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM documents_t), (SELECT count(*) FROM events_t),"
                     + " (SELECT count(*) FROM mentions_t), (SELECT count(DISTINCT cluster) FROM documents_t)")) {
            r.next();
            return new Counts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        }
    }

    /** Writes everything to the database file (a checkpoint), so its size on disk is the data's. */
    public void checkpoint() throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (!connection.getAutoCommit()) connection.commit();
            s.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
