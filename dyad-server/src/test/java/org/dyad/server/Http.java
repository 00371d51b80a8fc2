package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.dyad.core.DocumentCoder;

/** A small HTTP client for the tests, always on loopback. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One CoreNLP pipeline for every test in the JVM: loading the models is the slow part. */
    static final Supplier<DocumentCoder> SHARED_CODER = new Supplier<>() {
        private DocumentCoder coder;

        @Override
        public synchronized DocumentCoder get() {
            if (coder == null) coder = TextCoding.defaultCoder();
            return coder;
        }
    };

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final String base;
    private final String token;

    Http(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    Http(int port) {
        this(port, null);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Reply get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    Reply post(String path, String body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private static Reply send(HttpRequest r) throws Exception {
        HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        return new Reply(res.statusCode(), res.body(), res);
    }
}
