package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.store.Dyad;
import org.dyad.store.EventFilter;
import org.dyad.store.Exporter;
import org.dyad.store.Queries;

/**
 * {@code dyad serve}: the JSON API and the analyst dashboard in one process.
 *
 * <p>Safe by default: loopback unless told otherwise ({@link SafeBind}); with a token every API call needs
 * {@code Authorization: Bearer}; without one (loopback), a request naming any other host than this machine gets
 * 421, so a web page cannot reach the server by DNS rebinding; bodies over 1 MB get 413; pages over
 * {@value StoreQueries#MAX_PAGE_SIZE} rows are refused; a bad parameter gets a 400 naming it; nothing answers with
 * a stack trace.
 *
 * <p>Coding ({@code POST /api/code}) is bounded by {@link Limits}: JSON bodies only (415), at most so many words
 * (413), so many stories at once (429) and so much time each (503); a story whose client hangs up stops being
 * coded within a fraction of a second. docs/SECURITY.md lists every bound and its test.
 */
public final class DyadServer implements AutoCloseable {
    /** The largest request body accepted: a long news story is 50 KB, so 1 MB leaves room and stops abuse. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    static final String VERSION = org.dyad.core.Version.current();
    private static final Pattern DOC_ID = Pattern.compile("[^\\p{Cntrl}]{1,500}");

    /**
     * How to run the server.
     *
     * @param db    the event store, or null for a server that only codes pasted text
     * @param bind  address to listen on; loopback unless a token is given
     * @param port  port, 0 for any free one
     * @param token bearer token every API call must carry, or null when bound to loopback
     * @param coder builds the coder for {@code /api/code} on first use
     */
    public record Options(Path db, String bind, int port, String token, Supplier<DocumentCoder> coder, Limits limits) {
        public Options {
            Objects.requireNonNull(bind, "bind");
            if (bind.startsWith("[") && bind.endsWith("]")) bind = bind.substring(1, bind.length() - 1); // [::1]
            if (coder == null) coder = TextCoding::defaultCoder;
            if (token != null && token.isBlank()) token = null;
            if (limits == null) limits = Limits.DEFAULT;
        }

        public Options(Path db, String bind, int port, String token, Supplier<DocumentCoder> coder) {
            this(db, bind, port, token, coder, Limits.DEFAULT);
        }

        public static Options loopback(Path db, int port) {
            return new Options(db, "127.0.0.1", port, null, null);
        }
    }

    /**
     * The bounds on coding pasted text.
     *
     * @param maxWords   longest text coded, in words; a long news story has 2,000 to 5,000
     * @param budget     longest time one story may be coded before the request gets 503 and the coding stops
     * @param concurrent stories coded at once; more get 429
     */
    public record Limits(int maxWords, Duration budget, int concurrent) {
        public static final Limits DEFAULT = new Limits(20_000, Duration.ofSeconds(30),
                Runtime.getRuntime().availableProcessors());

        public Limits {
            if (maxWords < 1 || concurrent < 1 || budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("limits must be positive: " + maxWords + ", " + budget + ", " + concurrent);
            }
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Options options;
    private final StoreQueries store;
    private final TextCoding coding;
    private final CodingSlots slots;
    private final byte[] token;
    private final Javalin app;
    /**
     * Answers already given, by path and sorted query. The store is open read-only and DuckDB keeps writers out
     * while it is, so an answer cannot go stale while the server runs.
     */
    private final ResponseCache cache = new ResponseCache(4096, 64L << 20);

    private DyadServer(Options options, StoreQueries store) {
        this.options = options;
        this.store = store;
        this.coding = new TextCoding(options.coder());
        this.slots = new CodingSlots(options.limits().concurrent());
        this.token = options.token() == null ? null : options.token().getBytes(StandardCharsets.UTF_8);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/dyad/server/dashboard";
                files.location = Location.CLASSPATH;
            });
            var routes = config.routes;
            routes.before(this::headers);
            routes.before(this::checkHost);
            routes.before("/api/*", this::authorize);
            routes.get("/api/health", this::health);
            routes.get("/api/openapi.json", this::openApi);
            routes.post("/api/code", this::code);
            routes.get("/api/events", ctx -> cached(ctx, this::events));
            routes.get("/api/series", ctx -> cached(ctx, this::series));
            routes.get("/api/actors", ctx -> cached(ctx, this::actors));
            routes.get("/api/dyads", ctx -> cached(ctx, this::dyads));
            routes.get("/api/names", ctx -> cached(ctx, this::names));
            routes.get("/api/documents/{id}", ctx -> cached(ctx, this::document));
            routes.get("/api/export", this::export);
            routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.parameter, e.getMessage()));
            routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), null, e.getMessage()));
            routes.exception(Exception.class, (e, ctx) -> {
                // The cause goes to the server's log, not to the client: a stack trace tells an attacker too much.
                System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                error(ctx, 500, null, "internal error; the server log says more");
            });
            routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) error(ctx, 404, null, "no such endpoint: " + ctx.path());
            });
        });
    }

    /**
     * Checks the bind rule and opens the store; the server is not listening yet.
     *
     * @throws IllegalArgumentException when the bind rule refuses (the message says why)
     * @throws SQLException when the store cannot be opened
     */
    public static DyadServer create(Options options) throws SQLException {
        String refusal = SafeBind.refusal(options.bind(), options.token());
        if (refusal != null) throw new IllegalArgumentException(refusal);
        StoreQueries store = options.db() == null ? null : StoreQueries.open(options.db(), new ObjectMapper());
        return new DyadServer(options, store);
    }

    public DyadServer start() {
        app.start(options.bind(), options.port());
        return this;
    }

    /** Coding slots free now: all of them once every cancelled or finished story has stopped. */
    int codingSlotsFree() {
        return slots.available();
    }

    /** The port actually listened on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        slots.close();
        if (store != null) {
            try {
                store.close();
            } catch (SQLException e) {
                // Closing a read-only connection loses nothing.
            }
        }
    }

    // --- cross-cutting rules -----------------------------------------------------------------------------------

    private void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
    }

    /**
     * Without a token the server trusts whoever reaches it, which loopback limits to this machine; but a web page
     * the analyst opens can make its own host name resolve to 127.0.0.1 (DNS rebinding) and read the answers. Its
     * requests carry its own host name, so only loopback names and the bound address are accepted.
     */
    private void checkHost(Context ctx) {
        if (token != null) return;
        String host = ctx.header("Host");
        if (host == null || LocalHost.accepts(host, options.bind())) return;
        throw new ApiError(421, "Host", "this server answers only requests addressed to it (127.0.0.1, localhost, [::1]"
                + " or " + options.bind() + "), not to " + Params.clip(host));
    }

    private void authorize(Context ctx) {
        if (token == null) return;
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.startsWith("Bearer ")
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        // Constant-time comparison: response timing must not reveal how much of a guess was right.
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "Authorization", "this server needs 'Authorization: Bearer <token>' on every API call");
        }
    }

    private void error(Context ctx, int status, String parameter, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("error", message);
        if (parameter != null) body.put("parameter", parameter);
        body.put("status", status);
        ctx.status(status);
        send(ctx, body);
    }

    private void send(Context ctx, JsonNode body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoreQueries store() {
        if (store == null) {
            throw new ApiError(503, null, "this server has no event store; start it with --db FILE");
        }
        return store;
    }

    private interface StoreHandler {
        JsonNode answer(Context ctx) throws SQLException;
    }

    /** A store answer from the cache, or computed, sent and remembered. Errors are thrown, so never cached. */
    private void cached(Context ctx, StoreHandler handler) throws Exception {
        String key = ResponseCache.key(ctx.path(), ctx.queryParamMap());
        byte[] body = cache.get(key);
        if (body == null) {
            body = json.writeValueAsBytes(handler.answer(ctx));
            cache.put(key, body);
        }
        ctx.contentType("application/json; charset=utf-8").result(body);
    }

    // --- endpoints -----------------------------------------------------------------------------------------------

    private void health(Context ctx) throws SQLException {
        ObjectNode body = json.createObjectNode();
        body.put("status", "ok");
        body.put("version", VERSION);
        body.put("store", store != null);
        if (store != null) body.put("events", store.eventCount());
        send(ctx, body);
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = DyadServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    /** POST {"text": "...", "date": "2021-12-28", "id": optional}: the events, coded and not stored. */
    private void code(Context ctx) throws IOException {
        // JSON only: a web page may post text/plain or a form to any address without asking the browser first.
        String type = ctx.contentType();
        if (type == null || !type.strip().toLowerCase(java.util.Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            throw new ApiError(415, "Content-Type", "send the story as Content-Type: application/json, not "
                    + (type == null ? "no type" : Params.clip(type)));
        }
        long declared = ctx.contentLength();
        if (declared > MAX_BODY_BYTES) throw tooLarge();
        byte[] raw;
        try (InputStream in = ctx.bodyInputStream()) {
            raw = in.readNBytes(MAX_BODY_BYTES + 1);  // a chunked body has no length to check up front
        }
        if (raw.length > MAX_BODY_BYTES) throw tooLarge();
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            throw ApiError.badParameter("body", "the body must be a JSON object {\"text\": ..., \"date\": \"YYYY-MM-DD\"}");
        }
        if (body == null || !body.isObject()) {
            throw ApiError.badParameter("body", "the body must be a JSON object {\"text\": ..., \"date\": \"YYYY-MM-DD\"}");
        }
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw ApiError.badParameter("text", "text must be a non-empty string: the story to code");
        }
        Limits limits = options.limits();
        int words = Document.words(text.asText());
        if (words > limits.maxWords()) {
            throw new ApiError(413, "text", "the text has " + words + " words; this server codes at most "
                    + limits.maxWords() + " in one request: send one story at a time");
        }
        JsonNode dateField = body.get("date");
        if (dateField == null || !dateField.isTextual()) {
            throw ApiError.badParameter("date", "date must be the publication date, e.g. \"2021-12-28\"; relative dates in the text resolve against it");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateField.asText().strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter("date", "date must be an ISO date such as 2021-12-28, not \"" + Params.clip(dateField.asText()) + "\"");
        }
        String id = body.path("id").isTextual() ? body.get("id").asText() : "pasted";
        ObjectNode out = json.createObjectNode();
        out.put("doc", id);
        out.put("date", date.toString());
        out.put("text", text.asText());
        out.set("events", codeWithinLimits(ctx, id, text.asText(), date));
        send(ctx, out);
    }

    /**
     * Codes on a free slot (else 429), within the time budget (else 503), and stops the coding as soon as the client
     * hangs up. Loading the models on first use is not counted against the budget.
     */
    private JsonNode codeWithinLimits(Context ctx, String id, String text, LocalDate date) {
        try {
            coding.load();
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            throw coderFailed(e);
        }
        Limits limits = options.limits();
        CodingSlots.Job<JsonNode> job = slots.tryStart(() -> coding.code(json, id, text, date));
        if (job == null) {
            ctx.header("Retry-After", "1");
            throw new ApiError(429, null, "the server is coding " + limits.concurrent()
                    + " stories already, as many as it codes at once; retry in a moment");
        }
        try (ClientWatch watch = ClientWatch.start(ctx, job::cancel)) {
            try {
                JsonNode events = job.result.get(limits.budget().toMillis(), TimeUnit.MILLISECONDS);
                if (watch.mustClose()) ctx.header("Connection", "close");
                return events;
            } catch (TimeoutException e) {
                job.cancel();
                throw new ApiError(503, null, "coding this text took longer than the " + limits.budget().toSeconds()
                        + " s this server allows one request; send a shorter text");
            } catch (InterruptedException e) {
                job.cancel();
                Thread.currentThread().interrupt();
                throw new ApiError(503, null, "the server is stopping");
            } catch (java.util.concurrent.CancellationException e) {
                throw new ApiError(503, null, "coding was cancelled");
            } catch (ExecutionException e) {
                if (watch.gone() || e.getCause() instanceof java.util.concurrent.CancellationException) {
                    // The client hung up and the coder stopped: nobody is left to read an answer.
                    throw new ApiError(503, null, "coding was cancelled: the client hung up");
                }
                throw coderFailed(e.getCause());
            }
        }
    }

    private static ApiError coderFailed(Throwable e) {
        // Errors escape Javalin's exception handlers; log the cause here and answer with JSON all the same.
        System.err.println("dyad serve: coding failed: " + e);
        e.printStackTrace();
        return new ApiError(500, null, "the coder failed on this text; the server log says more");
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "body", "the request body is larger than 1 MB; send one story at a time");
    }

    /**
     * The event filter every store endpoint shares, dyad-store's {@link EventFilter}: the same parameters pick the
     * same events in a series, a network, a list and an export, and the same as the options of {@code dyad events}.
     */
    static EventFilter filter(Params q) {
        LocalDate[] period = q.period();
        String spec = q.string("dyad");
        Dyad dyad = null;
        if (spec != null) {
            try {
                dyad = Dyad.parse(spec);
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("dyad", "dyad: " + e.getMessage());
            }
        }
        return new EventFilter(period[0], period[1], dyad,
                q.matching("source", Params.ACTOR, "a CAMEO actor code or prefix such as RUS or RUSGOV"),
                q.matching("target", Params.ACTOR, "a CAMEO actor code or prefix such as UKR or UKRMIL"),
                q.matching("cameo", Params.CAMEO, "a CAMEO event code or prefix of digits such as 19 or 1312"),
                q.string("quad") == null ? null : q.integer("quad", 0, 1, 4),
                q.matching("plover", Params.PLOVER, "a PLOVER event type such as THREATEN"),
                q.oneOf("modality", Params.MODALITIES, null),
                q.text("text"));
    }

    private JsonNode events(Context ctx) throws SQLException {
        Params q = new Params(ctx);
        EventFilter filter = filter(q);
        // Newest first: an analyst opens the table to see what just happened.
        String sort = q.string("sort");
        Queries.Order order = sort == null ? Queries.Order.NEWEST_FIRST : Queries.Order.parse(sort).orElseThrow(() ->
                ApiError.badParameter("sort", "sort must be one of " + new java.util.TreeSet<>(Queries.Order.names())));
        int page = q.integer("page", 1, 1, 1_000_000);
        int size = q.integer("size", 50, 1, StoreQueries.MAX_PAGE_SIZE);
        return store().events(filter, order, page, size);
    }

    /** Without {@code dyad}, the series of every event the other filters take: the overview. */
    private JsonNode series(Context ctx) throws SQLException {
        Params q = new Params(ctx);
        EventFilter filter = filter(q);
        String by = q.oneOf("by", java.util.Set.of("day", "week", "month"), "day");
        return store().series(filter, Queries.Period.fromName(by).orElseThrow());
    }

    private JsonNode actors(Context ctx) throws SQLException {
        Params q = new Params(ctx);
        return store().actors(filter(q), byCountry(q, "code"), q.integer("limit", 100, 1, 1000));
    }

    private JsonNode dyads(Context ctx) throws SQLException {
        Params q = new Params(ctx);
        return store().dyads(filter(q), byCountry(q, "country"), q.integer("limit", 20, 1, 1000));
    }

    /** {@code level}: actors by their full code, or by country (the first three letters). */
    private static boolean byCountry(Params q, String defaultLevel) {
        return q.oneOf("level", java.util.Set.of("code", "country"), defaultLevel).equals("country");
    }

    /** The export formats {@code /api/export} offers: the store's text formats, as {@code dyad export} writes them. */
    static final java.util.Map<String, Exporter.Format> EXPORTS = java.util.Map.of(
            "csv", Exporter.Format.CSV, "plover-jsonl", Exporter.Format.PLOVER_JSONL,
            "gdelt-csv", Exporter.Format.GDELT_CSV, "phoenix-tsv", Exporter.Format.PHOENIX_TSV);

    /**
     * The store's export of exactly the events the filters take (the events a list with the same parameters pages
     * through), as a download. Streamed, not cached: an export may be large.
     */
    private void export(Context ctx) throws SQLException, IOException {
        Params q = new Params(ctx);
        EventFilter filter = filter(q);
        String name = q.oneOf("format", EXPORTS.keySet(), "csv");
        boolean oneADay = q.bool("one_a_day", false);
        StoreQueries store = store();
        long n = store.count(filter);
        if (n > StoreQueries.MAX_EXPORT) {
            throw new ApiError(413, null, "this view holds " + n + " events; the server exports at most "
                    + StoreQueries.MAX_EXPORT + " at once: narrow the view, or run 'dyad export' on the store");
        }
        Exporter.Format format = EXPORTS.get(name);
        String type = switch (format) {
            case CSV, GDELT_CSV -> "text/csv";
            case PLOVER_JSONL -> "application/x-ndjson";
            default -> "text/tab-separated-values";
        };
        String file = switch (format) {
            case CSV -> "dyad-events.csv";
            case PLOVER_JSONL -> "dyad-events.jsonl";
            case GDELT_CSV -> "dyad-events-gdelt.csv";
            default -> "dyad-events-phoenix.tsv";
        };
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.header("X-Dyad-Events", Long.toString(n));
        try (java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(),
                StandardCharsets.UTF_8))) {
            store.export(format, filter, oneADay, out);
        }
    }

    private JsonNode names(Context ctx) {
        return Names.builtIn(json);
    }

    private JsonNode document(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        if (!DOC_ID.matcher(id).matches()) throw ApiError.badParameter("id", "id must be a document id of 1 to 500 printable characters");
        ObjectNode doc = store().document(id);
        if (doc == null) throw new ApiError(404, "id", "no document " + Params.clip(id) + " in the store");
        return doc;
    }
}
