package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.Cancellation;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.annotate.Annotator;
import org.junit.jupiter.api.Test;

/** The bounds on POST /api/code: words, media type, host, concurrency, time, and a client that hangs up. */
class CodingBoundsTest {

    static String story(String text) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("text", text);
        o.put("date", "2021-12-28");
        return o.toString();
    }

    /** A raw HTTP/1.1 request on a socket: the only way to send a Host header of one's choosing, or to hang up. */
    static Socket send(int port, String host, String contentType, String body) throws Exception {
        Socket s = new Socket("127.0.0.1", port);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/code HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        return s;
    }

    static String statusLine(Socket s) throws Exception {
        s.setSoTimeout(30_000);
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) line.append((char) c);
        return line.toString().strip();
    }

    /** An annotator that works (in small steps that honour cancellation) until stopped, and says when it stopped. */
    static final class EndlessAnnotator implements Annotator {
        final AtomicLong stoppedAt = new AtomicLong();
        final AtomicLong running = new AtomicLong();

        @Override
        public List<org.dyad.core.model.AnnotatedSentence> annotate(org.dyad.core.model.Document d,
                                                                     org.dyad.core.annotate.SentenceSelector s) {
            running.incrementAndGet();
            try {
                while (true) {
                    Cancellation.check();
                    long until = System.nanoTime() + 5_000_000;
                    while (System.nanoTime() < until) Thread.onSpinWait();  // a sentence's worth of CPU
                }
            } finally {
                running.decrementAndGet();
                stoppedAt.set(System.nanoTime());
            }
        }
    }

    static DyadServer server(Annotator annotator, DyadServer.Limits limits) throws Exception {
        DocumentCoder coder = new DocumentCoder(annotator, Codebook.builtIn());
        return DyadServer.create(new DyadServer.Options(null, "127.0.0.1", 0, null, () -> coder, limits)).start();
    }

    static void awaitAllSlotsFree(DyadServer server, int slots, long withinMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + withinMillis;
        while (server.codingSlotsFree() < slots && System.currentTimeMillis() < deadline) Thread.sleep(10);
        assertEquals(slots, server.codingSlotsFree(), "coding still running " + withinMillis + " ms later");
    }

    @Test
    void aBodyOfNineHundredKilobytesIs413AtOnceWithoutCoding() throws Exception {
        EndlessAnnotator annotator = new EndlessAnnotator();
        try (DyadServer s = server(annotator, DyadServer.Limits.DEFAULT)) {
            String big = "Russian officials met Ukrainian diplomats. ".repeat(21_000);  // 903 KB, 105,000 words
            long t0 = System.nanoTime();
            Http.Reply r = new Http(s.port()).post("/api/code", story(big));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(413, r.status(), r.body());
            assertEquals("text", r.json().get("parameter").asText());
            assertTrue(r.json().get("error").asText().contains("105000 words"), r.body());
            assertTrue(ms < 3000, "answered in " + ms + " ms");
            assertEquals(0, annotator.stoppedAt.get(), "nothing was coded");
        }
    }

    @Test
    void onlyJsonIsAccepted() throws Exception {
        try (DyadServer s = server(new EndlessAnnotator(), DyadServer.Limits.DEFAULT)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/code"))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(story("Russia attacked Ukraine.")))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(415, r.statusCode(), type);
                assertEquals("Content-Type", Http.JSON.readTree(r.body()).get("parameter").asText());
            }
        }
    }

    @Test
    void aRequestForAnotherHostIsRefusedByTheTokenlessServer() throws Exception {
        try (DyadServer s = server(new EndlessAnnotator(), DyadServer.Limits.DEFAULT)) {
            // DNS rebinding: the attacker's name resolves to 127.0.0.1, but the request still names it.
            try (Socket socket = send(s.port(), "attacker.example:" + s.port(), "application/json", story(" "))) {
                assertEquals("HTTP/1.1 421 Misdirected Request", statusLine(socket));
            }
            for (String host : List.of("127.0.0.1:" + s.port(), "localhost:" + s.port(), "[::1]:" + s.port(), "localhost")) {
                try (Socket socket = send(s.port(), host, "application/json", story(" "))) {
                    assertEquals("HTTP/1.1 400 Bad Request", statusLine(socket), host + " is this machine: the blank text is the only fault");
                }
            }
        }
        assertTrue(LocalHost.accepts("127.0.0.2", "127.0.0.1"));
        assertFalse(LocalHost.accepts("127.0.0.1.attacker.example", "127.0.0.1"));
        assertFalse(LocalHost.accepts("999.0.0.1", "127.0.0.1"));
        assertFalse(LocalHost.accepts("[::2]:80", "127.0.0.1"));
    }

    @Test
    void aStoryOverItsTimeBudgetGets503AndStopsBeingCoded() throws Exception {
        EndlessAnnotator annotator = new EndlessAnnotator();
        try (DyadServer s = server(annotator, new DyadServer.Limits(20_000, Duration.ofMillis(500), 2))) {
            long t0 = System.nanoTime();
            Http.Reply r = new Http(s.port()).post("/api/code", story("Russia attacked Ukraine."));
            assertEquals(503, r.status(), r.body());
            assertTrue(r.json().get("error").asText().contains("longer than"), r.body());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000);
            awaitAllSlotsFree(s, 2, 1000);
            assertEquals(0, annotator.running.get());
        }
    }

    @Test
    void beyondTheConcurrentLimitRequestsGet429() throws Exception {
        EndlessAnnotator annotator = new EndlessAnnotator();
        try (DyadServer s = server(annotator, new DyadServer.Limits(20_000, Duration.ofSeconds(3), 1))) {
            CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return new Http(s.port()).post("/api/code", story("Russia attacked Ukraine."));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            long deadline = System.currentTimeMillis() + 10_000;
            while (annotator.running.get() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(10);
            Http.Reply second = new Http(s.port()).post("/api/code", story("NATO will meet Russia."));
            assertEquals(429, second.status(), second.body());
            assertEquals("1", second.raw().headers().firstValue("Retry-After").orElse(""));
            assertEquals(503, first.get().status(), "the first one ran out of time");
            awaitAllSlotsFree(s, 1, 1000);
            assertEquals(200, new Http(s.port()).get("/api/health").status());
        }
    }

    @Test
    void aClientThatHangsUpStopsItsCodingWithinASecond() throws Exception {
        EndlessAnnotator annotator = new EndlessAnnotator();
        try (DyadServer s = server(annotator, new DyadServer.Limits(20_000, Duration.ofMinutes(5), 2))) {
            long hungUp;
            try (Socket socket = send(s.port(), "127.0.0.1:" + s.port(), "application/json", story("Russia attacked Ukraine."))) {
                long deadline = System.currentTimeMillis() + 10_000;
                while (annotator.running.get() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(10);
                assertEquals(1, annotator.running.get(), "coding started");
                hungUp = System.nanoTime();
            }
            awaitAllSlotsFree(s, 2, 1000);
            long stoppedAfterMs = (annotator.stoppedAt.get() - hungUp) / 1_000_000;
            assertTrue(stoppedAfterMs < 1000, "stopped " + stoppedAfterMs + " ms after the client left");
            // The connection handling is intact: the next client on a kept-alive connection is answered.
            Http http = new Http(s.port());
            assertEquals(200, http.get("/api/health").status());
            assertEquals(200, http.get("/api/health").status());
        }
    }

    @Test
    void theRealCoderStopsPartWayThroughALongStory() throws Exception {
        // CoreNLP's tagging and parsing run in batches of sentences with a cancellation check between them.
        // Warm up first (models, first-call initialisation), so the budget below measures coding alone.
        Http.SHARED_CODER.get().code(org.dyad.core.model.Document.of("warm-up", java.time.LocalDate.of(2022, 3, 1),
                "Russian forces attacked Ukrainian positions near Kharkiv on Tuesday, officials said."));
        try (DyadServer s = DyadServer.create(new DyadServer.Options(null, "127.0.0.1", 0, null, Http.SHARED_CODER,
                new DyadServer.Limits(20_000, Duration.ofSeconds(3), 1))).start()) {
            Http http = new Http(s.port());
            String longStory = "Russian forces attacked Ukrainian positions near Kharkiv on Tuesday, officials said. ".repeat(1500);
            Http.Reply r = http.post("/api/code", story(longStory));  // 16,500 words: far more than 3 s of parsing
            assertEquals(503, r.status(), r.body());
            awaitAllSlotsFree(s, 1, 1000);
        }
    }
}
