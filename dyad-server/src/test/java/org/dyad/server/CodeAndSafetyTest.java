package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Coding a pasted story, and the rules that keep a server safe by default. No store is needed here. */
class CodeAndSafetyTest {
    static DyadServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = DyadServer.create(new DyadServer.Options(null, "127.0.0.1", 0, null, Http.SHARED_CODER)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static String story(String text, String date) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("text", text);
        if (date != null) o.put("date", date);
        return o.toString();
    }

    @Test
    void aPastedStoryIsCodedWithTheOutputContractAndNotStored() throws Exception {
        String text = "Pakistan's army attacked Taliban positions on Tuesday. The weather was mild.";
        Http.Reply r = http.post("/api/code", story(text, "2021-12-28"));
        assertEquals(200, r.status(), r.body());
        JsonNode events = r.json().get("events");
        assertTrue(events.size() >= 1, r.body());
        JsonNode e = events.get(0);
        assertEquals("PAKMIL", e.get("source").get("code").asText());
        assertTrue(e.get("cameo").asText().startsWith("19"), e.toString());
        assertEquals(4, e.get("quad_class").asInt());
        assertEquals("2021-12-28", e.get("date").asText(), "Tuesday before a Tuesday publication is that day");
        int b = e.get("span").get(0).asInt(), end = e.get("span").get(1).asInt();
        assertEquals("Pakistan's army attacked Taliban positions on Tuesday.", text.substring(b, end));
        assertEquals("pasted", e.get("doc").asText());
    }

    @Test
    void aStoryWithoutADateOrTextIsRefusedNamingTheField() throws Exception {
        Http.Reply noDate = http.post("/api/code", story("Russia attacked Ukraine.", null));
        assertEquals(400, noDate.status());
        assertEquals("date", noDate.json().get("parameter").asText());
        Http.Reply badDate = http.post("/api/code", story("Russia attacked Ukraine.", "28/12/2021"));
        assertEquals("date", badDate.json().get("parameter").asText());
        Http.Reply noText = http.post("/api/code", story("  ", "2021-12-28"));
        assertEquals("text", noText.json().get("parameter").asText());
        Http.Reply notJson = http.post("/api/code", "text=Russia attacked");
        assertEquals(400, notJson.status());
        assertEquals("body", notJson.json().get("parameter").asText());
    }

    @Test
    void aBodyOverOneMegabyteIs413() throws Exception {
        String big = "Russian officials met Ukrainian diplomats. ".repeat(26_000);  // about 1.1 MB
        Http.Reply r = http.post("/api/code", story(big, "2021-12-28"));
        assertEquals(413, r.status());
        assertEquals("body", r.json().get("parameter").asText());
    }

    @Test
    void withoutAStoreTheStoreEndpointsSaySo() throws Exception {
        Http.Reply r = http.get("/api/events");
        assertEquals(503, r.status());
        assertTrue(r.json().get("error").asText().contains("--db"));
        JsonNode health = http.get("/api/health").json();
        assertEquals(false, health.get("store").asBoolean());
    }

    @Test
    void loopbackNeedsNoTokenButAnyOtherAddressDoes() {
        assertNull(SafeBind.refusal("127.0.0.1", null));
        assertNull(SafeBind.refusal("localhost", null));
        assertNull(SafeBind.refusal("::1", null));
        assertTrue(SafeBind.refusal("0.0.0.0", null).contains("--token"));
        assertTrue(SafeBind.refusal("0.0.0.0", "  ").contains("DYAD_TOKEN"));
        assertNull(SafeBind.refusal("0.0.0.0", "s3cret"));
    }

    @Test
    void theServerRefusesToStartOnAllAddressesWithoutAToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DyadServer.create(new DyadServer.Options(null, "0.0.0.0", 0, null, Http.SHARED_CODER)));
        assertTrue(e.getMessage().contains("refusing to listen on 0.0.0.0"));
    }

    @Test
    void withATokenEveryApiCallNeedsTheBearerHeader() throws Exception {
        // Loopback with a token: the rule is the same wherever it listens, and the test never leaves this machine.
        try (DyadServer guarded = DyadServer.create(
                new DyadServer.Options(null, "127.0.0.1", 0, "s3cret-token", Http.SHARED_CODER)).start()) {
            Http anonymous = new Http(guarded.port());
            Http.Reply r = anonymous.get("/api/health");
            assertEquals(401, r.status());
            assertEquals("Authorization", r.json().get("parameter").asText());
            assertEquals("Bearer", r.raw().headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, anonymous.post("/api/code", story("Russia attacked Ukraine.", "2022-02-24")).status());
            assertEquals(401, new Http(guarded.port(), "wrong").get("/api/health").status());
            assertEquals(200, new Http(guarded.port(), "s3cret-token").get("/api/health").status());
            assertEquals(200, anonymous.get("/").status(), "the page itself holds no data and asks for the token");
        }
    }
}
