package org.dyad.io.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.ontology.PloverType;
import org.dyad.io.output.JsonlEventWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event scored while coding and the same event read back from `dyad code --format jsonl` are one. */
class CodedEventTest {
    @TempDir
    Path dir;

    private static Event event(String doc, Actor source, Actor target, String cameo, PloverType plover) {
        String sentence = "Elbonia recalled its ambassador from Ruritania.";
        return new Event(doc, 0, sentence, 0, sentence.length(), source, target,
                new CameoCode(cameo, "Reduce or break diplomatic relations", -4.0), plover,
                LocalDate.of(2020, 5, 1), DateBasis.DOCUMENT, "day", Modality.ASSERTED, null);
    }

    @Test
    void anEventAndItsJsonlLineGiveTheSameScoredEvent() throws IOException {
        List<Event> events = List.of(
                event("d1", new Actor("ELB", "Elbonia"), new Actor("RUR", "Ruritania"), "161", new PloverType("REDUCE", "diplomatic")),
                event("d1", new Actor("ELBGOV", null), null, "161", null),
                event("d2", new Actor("RURGOV", "the government"), new Actor("ELB", "Elbonia"), "111", new PloverType("ACCUSE", null)));
        StringWriter out = new StringWriter();
        try (JsonlEventWriter w = new JsonlEventWriter(out)) {
            for (Event e : events) w.write(e);
        }
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "dyad: a progress line that is not JSON\n" + out + "{\"doc\": \"d3\", broken\n");
        Map<String, List<CodedEvent>> read = CodedEvent.readJsonl(file);
        assertEquals(List.of("d1", "d2"), List.copyOf(read.keySet()));
        assertEquals(events.stream().filter(e -> e.doc().equals("d1")).map(CodedEvent::of).toList(), read.get("d1"));
        assertEquals(List.of(CodedEvent.of(events.get(2))), read.get("d2"));
        assertEquals("", read.get("d1").get(1).plover(), "no PLOVER type reads as an empty one");
        assertEquals("ELBGOV", read.get("d1").get(1).source().words(), "without text the code is the words");
    }

    @Test
    void linesFromOtherToolsAreReadAsLenientlyAsScorePyReadsThem() {
        CodedEvent e = CodedEvent.parseLine("  {\"doc\": 12, \"source\": \"USA\", \"target\": {}, \"cameo\": 190,"
                + " \"plover\": \"assault\"}  ");
        assertEquals("12", e.doc());
        assertEquals(new CodedEvent.Party("USA", "USA"), e.source());
        assertNull(e.target(), "an empty actor object is no actor");
        assertEquals("190", e.cameo());
        assertEquals("assault", e.plover());
        assertEquals("None", CodedEvent.parseLine("{\"cameo\": \"010\"}").doc());
        assertNull(CodedEvent.parseLine("[1, 2]"));
        assertNull(CodedEvent.parseLine("{\"doc\": \"a\"} trailing"));
        assertNull(CodedEvent.parseLine("{\"doc\": \"a\", \"cameo\": 0}").cameo(), "0 is false in Python: no code");
    }
}
