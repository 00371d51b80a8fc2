package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds a steady 200 requests/s to /api/events for 30 s on loopback and reports p50/p99 latency. Open loop: requests
 * go out on the clock whether or not earlier ones came back, so a slow server shows as latency, not as a lower rate.
 * The store is read-only, so the server caches answers: after the warm-up pass the mix is answered from the
 * cache, which is what an analyst paging back and forth gets. Bounded (6,000 requests), loopback only. Not part of {@code mvn test}; run it with
 * {@code mvn -o -pl dyad-server test -Dtest=LoadTest -Ddyad.excludedGroups=none}.
 */
@Tag("load")
class LoadTest {
    static final int RATE = Integer.getInteger("dyad.load.rate", 200);
    static final int SECONDS = Integer.getInteger("dyad.load.seconds", 30);
    static final int ROUNDS = Integer.getInteger("dyad.load.rounds", 100);

    /** A mix of what the dashboard asks: first pages, filters, deeper pages, text search, other sorts. */
    static final List<String> QUERIES = List.of(
            "/api/events?size=25",
            "/api/events?source=RUS&target=UKR&size=25&sort=-date",
            "/api/events?cameo=19&size=100",
            "/api/events?from=2022-03-01&to=2022-03-31&size=50",
            "/api/events?text=ukraine&size=25",
            "/api/events?modality=asserted&sort=-goldstein&size=50",
            "/api/events?plover=ASSAULT&size=25&sort=-mentions");

    /** Request i: one of the queries, on one of 20 pages, so 140 distinct questions come round again and again. */
    static String query(int i) {
        return QUERIES.get(i % QUERIES.size()) + "&page=" + (1 + (i / QUERIES.size()) % 20);
    }

    @TempDir
    Path dir;

    @Test
    void holdsTwoHundredRequestsASecondForThirtySecondsWithoutAnError() throws Exception {
        long t0 = System.nanoTime();
        Path db = CrisisCorpus.ingestRounds(dir, ROUNDS);
        System.out.printf("store: %d rounds of 6 stories ingested in %.1f s%n", ROUNDS, (System.nanoTime() - t0) / 1e9);
        try (DyadServer server = DyadServer.create(DyadServer.Options.loopback(db, 0)).start()) {
            System.out.println("health: " + new Http(server.port()).get("/api/health").body());
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + server.port();
            // Warm up: JIT and DuckDB's caches, as a server that has been up a while would be.
            for (int i = 0; i < 140; i++) {
                client.send(HttpRequest.newBuilder(URI.create(base + query(i))).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            int total = RATE * SECONDS;
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
            long start = System.nanoTime();
            long interval = 1_000_000_000L / RATE;
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                HttpRequest r = HttpRequest.newBuilder(URI.create(base + query(i)))
                        .timeout(Duration.ofSeconds(10)).build();
                long sent = System.nanoTime();
                inFlight.add(client.sendAsync(r, HttpResponse.BodyHandlers.ofByteArray()).handle((res, ex) -> {
                    if (ex != null || res.statusCode() != 200) errors.incrementAndGet();
                    else latencies.add(System.nanoTime() - sent);
                    return null;
                }));
            }
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("load: %d requests in %.1f s (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    total, elapsed, total / elapsed, errors.get(), pct(sorted, 0.50), pct(sorted, 0.99),
                    sorted.get(sorted.size() - 1) / 1e6);
            assertEquals(0, errors.get(), "errors");
            assertTrue(elapsed < SECONDS * 1.1, "the rate was held: " + elapsed + " s");
        }
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
