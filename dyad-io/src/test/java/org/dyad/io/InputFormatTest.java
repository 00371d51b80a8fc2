package org.dyad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    private static byte[] head(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void extensionDecidesFirst() {
        byte[] json = head("{\"id\": \"1\"}");
        assertEquals(InputFormat.TEXT, InputFormat.detect(Path.of("story.txt"), json));
        assertEquals(InputFormat.HTML, InputFormat.detect(Path.of("page.HTM"), json));
        assertEquals(InputFormat.JSONL, InputFormat.detect(Path.of("corpus.ndjson"), head("x")));
        assertEquals(InputFormat.PETRARCH_XML, InputFormat.detect(Path.of("records.xml"), head("x")));
    }

    @Test
    void contentDecidesWithoutAKnownExtension() {
        assertEquals(InputFormat.HTML, InputFormat.detect(Path.of("saved_page"), head("<!DOCTYPE html>\n<html><body>")));
        assertEquals(InputFormat.JSONL, InputFormat.detect(null, head("\n{\"id\": \"a\", \"date\": \"2021-12-28\"}")));
        assertEquals(InputFormat.PETRARCH_XML, InputFormat.sniff(head("<?xml version=\"1.0\"?>\n<Sentences>\n<Sentence id=\"1\">")));
        assertEquals(InputFormat.PETRARCH_XML, InputFormat.sniff(head("<Articles><Article id=\"a\" date=\"20211228\">")));
        assertEquals(InputFormat.TEXT, InputFormat.detect(Path.of("notes.md"), head("Russia denied plans for an assault.")));
    }

    @Test
    void commandLineNames() {
        assertEquals(Optional.of(InputFormat.PETRARCH_XML), InputFormat.fromName("xml"));
        assertEquals(Optional.of(InputFormat.PETRARCH_XML), InputFormat.fromName("petrarch-xml"));
        assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromName("JSONL"));
        assertEquals(Optional.of(InputFormat.TEXT), InputFormat.fromName("text"));
        assertTrue(InputFormat.fromName("warc").isEmpty());
    }
}
