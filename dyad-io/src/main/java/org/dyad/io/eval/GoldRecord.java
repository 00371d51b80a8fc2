package org.dyad.io.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold record: a sentence (or story) and the events its annotators labelled in it.
 *
 * @param id     the document id Dyad's events must carry ({@code "doc"} in the JSONL output)
 * @param events the labelled events; empty means the record is labelled as holding no event
 * @param text   the sentence, when the gold file carries it (PLOVER records, PETRARCH XML), else null
 * @param date   its date, when the gold file carries one, else null
 */
public record GoldRecord(String id, List<GoldEvent> events, String text, LocalDate date) {
    public GoldRecord {
        Objects.requireNonNull(id, "id");
        events = List.copyOf(events);
    }

    public static GoldRecord of(String id, GoldEvent... events) {
        return new GoldRecord(id, List.of(events), null, null);
    }
}
