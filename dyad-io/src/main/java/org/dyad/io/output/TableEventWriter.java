package org.dyad.io.output;

import java.io.IOException;
import java.io.Writer;
import org.dyad.core.model.Actor;
import org.dyad.core.model.Event;

/**
 * Events as a table for a person at a terminal: fixed-width columns (so rows line up as they stream, without
 * waiting for a document's end), a line naming each document before its events, and long names and sentences
 * shortened with "…". Not for machines: use JSONL or TSV for that.
 *
 * <pre>
 * reuters-2021-12-28
 * DATE        SOURCE      EVENT                            TARGET      MODALITY      SENTENCE
 * 2021-12-28  USA         1312 Threaten with sanctions, …  RUS         asserted      The United States has threatened to impose…
 * </pre>
 */
public final class TableEventWriter implements EventWriter {

    static final int ACTOR_WIDTH = 10;
    static final int EVENT_WIDTH = 32;
    static final int MODALITY_WIDTH = 12;
    static final int SENTENCE_WIDTH = 60;
    private static final String ROW = "%-10s  %-" + ACTOR_WIDTH + "s  %-" + EVENT_WIDTH + "s  %-" + ACTOR_WIDTH
            + "s  %-" + MODALITY_WIDTH + "s  %s";

    private final Writer out;
    private String currentDoc;

    public TableEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event e) throws IOException {
        if (!e.doc().equals(currentDoc)) {
            if (currentDoc != null) out.write('\n');
            currentDoc = e.doc();
            out.write(e.doc());
            out.write('\n');
            out.write(String.format(ROW, "DATE", "SOURCE", "EVENT", "TARGET", "MODALITY", "SENTENCE").stripTrailing());
            out.write('\n');
        }
        String event = e.cameo().code() + " " + e.cameo().name();
        String row = String.format(ROW,
                e.date() == null ? "" : asWritten(e),
                code(e.source()),
                shorten(event, EVENT_WIDTH),
                code(e.target()),
                e.modality() == null ? "" : e.modality().label(),
                shorten(e.text() == null ? "" : e.text().replaceAll("\\s+", " ").strip(), SENTENCE_WIDTH));
        out.write(row.stripTrailing());
        out.write('\n');
    }

    private static String code(Actor actor) {
        return actor == null ? "-" : actor.code();
    }

    /** At most {@code width} characters, cut at a word boundary where one is near, ending in "…". */
    static String shorten(String s, int width) {
        if (s.length() <= width) return s;
        int cut = width - 1;
        int space = s.lastIndexOf(' ', cut);
        if (space > width * 2 / 3) cut = space;
        return s.substring(0, cut).stripTrailing() + "…";
    }

    @Override
    public void flush() throws IOException { out.flush(); }

    @Override
    public void close() throws IOException { out.close(); }

    /** The date with the precision the text gave: "2014" for "in 2014", not a made-up 1 January. */
    private static String asWritten(Event e) {
        String iso = e.date().toString();
        if ("year".equals(e.datePrecision())) return iso.substring(0, 4);
        if ("month".equals(e.datePrecision())) return iso.substring(0, 7);
        return iso;
    }
}
